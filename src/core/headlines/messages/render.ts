import type { Language } from "../language.js";
import { EN, EN_REASONS, EN_VERDICTS } from "./en.js";
import { formatParam } from "./format.js";
import { FR, FR_REASONS, FR_VERDICTS } from "./fr.js";
import type { Message, Reason } from "./message.js";

export type Verdict = keyof typeof EN_VERDICTS;

const TEXTS = { en: EN, fr: FR } as const;

/** A message as text in a language. */
export function renderMessage(m: Message, lang: Language): string {
  return TEXTS[lang][m.id]((name) => formatParam(m.params[name], lang));
}

/** A verdict's words ("plausible but low", "incohérent"). */
export function renderVerdict(v: Verdict, lang: Language): string {
  return (lang === "fr" ? FR_VERDICTS : EN_VERDICTS)[v];
}

/** A reason's words ("probably one phase of the site"). */
export function renderReason(r: Reason, lang: Language): string {
  return (lang === "fr" ? FR_REASONS : EN_REASONS)[r];
}
