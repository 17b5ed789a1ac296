/** The two languages headlines are read in. */
export type Language = "en" | "fr";

const FRENCH = /\b(le|la|les|des|du|une|et|est|dans|pour|avec|sur|qui|que|d'|l'|milliards?|ann[ée]e)\b/gi;
const ENGLISH = /\b(the|of|and|is|in|for|with|on|that|which|billions?|year|will)\b/gi;

/** French or English, by which language's common words are more frequent. */
export function detectLanguage(text: string): Language {
  const fr = text.match(FRENCH)?.length ?? 0;
  const en = text.match(ENGLISH)?.length ?? 0;
  return fr > en ? "fr" : "en";
}

/**
 * Whether a text is English or French enough to be read: a text of some length (20 words or more) in which fewer than
 * one word in twenty-five is a common English or French word is in another language.
 */
export function isReadable(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 20) return true;
  const common = (text.match(FRENCH)?.length ?? 0) + (text.match(ENGLISH)?.length ?? 0);
  return common / words >= 0.04;
}
