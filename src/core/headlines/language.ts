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
