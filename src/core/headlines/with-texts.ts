import type { Explanation } from "./explain.js";
import type { Language } from "./language.js";
import type { Message } from "./messages/message.js";
import { renderMessage } from "./messages/render.js";

/** A message with its text in the reader's language beside its id and parameters. */
const withText = (m: Message, lang: Language) => ({ ...m, text: renderMessage(m, lang) });

/** The result with every message rendered beside its id and parameters, for readers of the JSON. */
export function withMessageTexts(result: Explanation, lang: Language) {
  return {
    ...result,
    ...(result.note ? { note: withText(result.note, lang) } : {}),
    claims: result.claims.map((c) => ({
      ...c,
      explanation: withText(c.explanation, lang),
      ...(c.deal ? { deal: withText(c.deal, lang) } : {}),
      checks: c.checks.map((k) => ({ ...k, message: withText(k.message, lang) })),
    })),
  };
}
