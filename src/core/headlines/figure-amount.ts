import type { Language } from "./language.js";
import { parseNumberWords } from "./number-words.js";
import type { FigureGroups } from "./quantity-pattern.js";

const FRENCH_BILLION = /^billions?$/i;
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:thousand|mille|k)$/i, 1e3],
  [/^(?:millions?|mn|m)$/i, 1e6],
  [/^(?:billions?|bn|b|milliards?|mds?)$/i, 1e9],
  [/^(?:trillions?|tn|t)$/i, 1e12],
  // Indian numbering: a lakh is 10^5, a crore 10^7, "lakh crore" 10^12 ("₹10,372 crore", "1,25 lakh crore").
  [/^lakh\s+crores?$/i, 1e12],
  [/^crores?$/i, 1e7],
  [/^lakhs?$/i, 1e5],
];

export function scaleOf(word: string | undefined, language: Language): number {
  if (!word) return 1;
  // In French "billion" is 10^12 (a million millions).
  if (language === "fr" && FRENCH_BILLION.test(word)) return 1e12;
  for (const [re, factor] of SCALES) if (re.test(word)) return factor;
  return 1;
}

export function numberOf(text: string, language: Language): number {
  if (/^\d/.test(text)) {
    const clean =
      language === "fr" ? text.replace(/[ \u00a0\u202f]/g, "").replace(",", ".") : text.replace(/,/g, "");
    return Number(clean);
  }
  return parseNumberWords(text, language) ?? Number.NaN;
}

/** The figure's value (a range's upper end) and range, scaled; undefined when it is not a finite positive number. */
export function amountOf(g: FigureGroups, first: string, scaleWord: string | undefined, language: Language) {
  const half = g.halfS || g.halfU || g.halfSA || g.halfUA ? 0.5 : 0;
  const aValue = numberOf(first, language);
  const bValue = g.b === undefined ? undefined : numberOf(g.b, language);
  // In a range the first number borrows the second's scale when it has none ("$60-65 billion").
  const a = (aValue + (g.b === undefined ? half : 0)) * scaleOf(g.scaleA ?? scaleWord, language);
  const b = bValue === undefined ? undefined : (bValue + half) * scaleOf(scaleWord, language);
  if (!Number.isFinite(a) || (b !== undefined && !Number.isFinite(b)) || a <= 0) return undefined;
  const range = b === undefined ? undefined : ([Math.min(a, b), Math.max(a, b)] as const);
  const value = range ? range[1] : a;
  return { range, value };
}
