import type { Language } from "./language.js";

/**
 * Numbers written in words, as news text writes them before a unit or a scale: "two gigawatts", "half a million
 * chips", "one and a half", "deux milliards", "un gigawatt", "vingt-cinq". "a"/"an"/"un"/"une" alone count as one only
 * before a scale word ("a million GPUs"), which the caller checks.
 */
const EN: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const FR: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  douzaine: 12,
  dizaine: 10,
  centaine: 100,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
};

/** Articles, which count as one only before a scale word. */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "un", "une"]);

const WORDS: Readonly<Record<Language, Readonly<Record<string, number>>>> = { en: EN, fr: FR };

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** A regular-expression source matching one number in words in `language` (compounds such as "twenty-five" too). */
export function numberWordsPattern(language: Language): string {
  const w = alternation(Object.keys(WORDS[language]));
  // The second word of a compound ("twenty-five", "deux cents") is never an article.
  const second = alternation(Object.keys(WORDS[language]).filter((k) => !ARTICLES.has(k)));
  const half = language === "en" ? String.raw`half\s+an?|an?\s+half` : String.raw`demi|une\s+demi`;
  const andHalf = language === "en" ? String.raw`\s+and\s+a\s+half` : String.raw`\s+et\s+demie?`;
  const dozen =
    language === "en"
      ? String.raw`(?:a\s+)?dozen`
      : String.raw`une\s+(?:douzaine|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)`;
  return String.raw`(?:${half}|${dozen}|(?:${w})(?:[-\s](?:et[-\s])?(?:${second}))?(?:${andHalf})?)(?![\p{L}])`;
}

/** The value of a number in words matched by numberWordsPattern, or undefined. */
export function parseNumberWords(text: string, language: Language): number | undefined {
  const words = WORDS[language];
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:half an?|an? half|demi|une demi)$/.test(t)) return 0.5;
  let half = 0;
  let rest = t;
  const andHalf = /(?: and a half| et demie?)$/.exec(rest);
  if (andHalf) {
    half = 0.5;
    rest = rest.slice(0, andHalf.index);
  }
  rest = rest.replace(
    /^(?:a|une) (?=dozen|douzaine|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)/,
    "",
  );
  let total = 0;
  for (const part of rest.split(/[- ]/)) {
    if (part === "et") continue;
    const v = words[part];
    if (v === undefined) return undefined;
    // "two hundred" multiplies, "twenty-five" adds.
    total = v === 100 && total > 0 ? total * 100 : total + v;
  }
  return total + half;
}
