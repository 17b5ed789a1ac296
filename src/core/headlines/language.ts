/** The two languages headlines are read in. */
export type Language = "en" | "fr";

const FRENCH = /\b(le|la|les|des|du|une|et|est|dans|pour|avec|sur|qui|que|d'|l'|milliards?|ann[ée]e)\b/gi;
const ENGLISH = /\b(the|of|and|is|in|for|with|on|that|which|billions?|year|will)\b/gi;
const LETTER = /\p{L}/u;

/** How many times a global pattern matches, without building the array of matches. */
function countOf(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
}

// Whether each character of the basic plane is a letter (\p{L}), filled in as characters are met.
const letterTable = new Int8Array(0x10000);

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = letterTable[code] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : -1;
    letterTable[code] = known;
  }
  return known === 1;
}

/** How many runs of letters a text has, as `text.match(/\p{L}+/gu)` counts them, in one pass without a pattern. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let letter: boolean;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      // A character outside the basic plane: one letter or not, read as its two halves together.
      if (low >= 0xdc00 && low <= 0xdfff) {
        letter = LETTER.test(text.slice(i, i + 2));
        i++;
      } else letter = false;
    } else letter = isLetterCode(code);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

// The counts of the last text read: detecting the language and checking it is readable read the same text.
let last: { text: string; fr: number; en: number } | undefined;

function commonWords(text: string): { fr: number; en: number } {
  if (last?.text !== text) last = { text, fr: countOf(FRENCH, text), en: countOf(ENGLISH, text) };
  return last;
}

/** French or English, by which language's common words are more frequent. */
export function detectLanguage(text: string): Language {
  const { fr, en } = commonWords(text);
  return fr > en ? "fr" : "en";
}

/**
 * Whether a text is English or French enough to be read: a text of some length (20 words or more) in which fewer than
 * one word in twenty-five is a common English or French word is in another language.
 */
export function isReadable(text: string): boolean {
  const words = wordCount(text);
  if (words < 20) return true;
  const { fr, en } = commonWords(text);
  return (fr + en) / words >= 0.04;
}
