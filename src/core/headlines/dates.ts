import { numberWordsPattern, parseNumberWords } from "./number-words.js";

/** A date or horizon in a text: "d'ici la fin de 2028" is { when: "by 2028-12" }, "in 2024" is { when: "2024" }. */
export interface DateMention {
  readonly when: string;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};
const MONTH = Object.keys(MONTHS).join("|");

// Spans of years, in figures or words, for "over the next five years" and "sur dix ans".
const SPAN = String.raw`(?:\d{1,2}|${numberWordsPattern("en")}|${numberWordsPattern("fr")})`;
const spanYears = (word: string) =>
  /^\d/.test(word)
    ? Number(word)
    : (parseNumberWords(word, "en") ?? parseNumberWords(word, "fr") ?? Number.NaN);

/**
 * The date an article is published, from a dateline on one of its first lines ("Published January 29, 2026",
 * "March 4, 2026", "Publié le 11 février 2025", "20 mai 2025", "Mis à jour le 3 juin 2026 à 10h15"), as "YYYY-MM-DD".
 */
export function findDateline(text: string): string | undefined {
  const lines = text.split(/\r?\n/, 6).slice(0, 5);
  for (const line of lines) {
    const t = line.trim();
    if (t.length > 80) continue;
    const en = new RegExp(
      String.raw`^(?:(?:published|updated|posted)\s*:?\s*(?:on\s+)?)?(?:(?<m1>${MONTH})\s+(?<d1>\d{1,2}),?\s+(?<y1>20\d\d)|(?<d2>\d{1,2})\s+(?<m2>${MONTH})\s+(?<y2>20\d\d))\b`,
      "iu",
    ).exec(t);
    const fr = new RegExp(
      String.raw`^(?:(?:publié|mis\s+à\s+jour)\s+le\s+)?(?:\p{L}+\s+)?(?<d>\d{1,2})(?:er)?\s+(?<m>${MONTH})\s+(?<y>20\d\d)\b`,
      "iu",
    ).exec(t);
    const g = en?.groups ?? fr?.groups;
    if (!g) continue;
    const year = g.y1 ?? g.y2 ?? g.y;
    const month = MONTHS[(g.m1 ?? g.m2 ?? g.m ?? "").toLowerCase()];
    const day = Number(g.d1 ?? g.d2 ?? g.d);
    if (!year || !month || !(day >= 1 && day <= 31)) continue;
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return undefined;
}

type Pattern = {
  readonly re: RegExp;
  readonly when: (m: RegExpMatchArray, year: number, month: number) => string;
};

const QUARTER_END: Readonly<Record<string, number>> = {
  first: 3,
  premier: 3,
  march: 3,
  second: 6,
  deuxième: 6,
  june: 6,
  third: 9,
  troisième: 9,
  september: 9,
  fourth: 12,
  quatrième: 12,
  december: 12,
};

// Absolute dates, most specific first.
const ABSOLUTE: readonly Pattern[] = [
  { re: /d['’]ici\s+(?:la\s+)?fin\s+(?:de\s+)?(20\d\d)/giu, when: (m) => `by ${m[1]}-12` },
  { re: /by\s+the\s+end\s+of\s+(20\d\d)/giu, when: (m) => `by ${m[1]}-12` },
  { re: /d['’]ici\s+(20\d\d)/giu, when: (m) => `by ${m[1]}` },
  { re: /\bby\s+(20\d\d)\b/giu, when: (m) => `by ${m[1]}` },
  {
    re: /d['’]ici\s+(?:la\s+)?fin\s+de\s+la\s+décennie|by\s+the\s+end\s+of\s+the\s+decade/giu,
    when: () => "by 2030",
  },
  {
    re: new RegExp(
      String.raw`\b(?:by|d['’]ici)\s+(?:(?:the\s+end\s+of|mid-?|la\s+fin\s+de)\s+)?(${MONTH})\s+(20\d\d)`,
      "giu",
    ),
    when: (m) => `by ${m[2]}-${String(MONTHS[(m[1] ?? "").toLowerCase()]).padStart(2, "0")}`,
  },
  { re: /\b(?:en|in|au|dès|since|depuis|fiscal|exercice)\s+(20\d\d)\b/giu, when: (m) => `${m[1]}` },
  // A bare year ("Big Tech's 2026 building bill"), the weakest sign, used when nothing more specific overlaps it.
  { re: /(?<![\d/.-])\b(20[0-4]\d)\b(?![\d/.-])/gu, when: (m) => `${m[1]}` },
];

// Dates relative to the article's own date (its year).
const RELATIVE: readonly Pattern[] = [
  {
    re: /by\s+the\s+end\s+of\s+(this|next)\s+year|by\s+year[-\s]end|d['’]ici\s+(?:la\s+)?fin\s+(de\s+l['’]année|de\s+l['’]an\s+prochain|de\s+l['’]année\s+prochaine)/giu,
    when: (m, y) => `by ${/next|prochain/i.test(m[0]) ? y + 1 : y}-12`,
  },
  {
    re: new RegExp(
      String.raw`\b(?:over|in|within)\s+the\s+(?:next|coming)\s+(${SPAN}|decade)\s*(?:years)?|\bover\s+(${SPAN})\s+years|\bwithin\s+a\s+decade|\bover\s+the\s+next\s+decade|(?:sur|d['’]ici|dans)\s+(?:les\s+)?(${SPAN})\s+(?:prochaines\s+)?(?:ans|années)|sur\s+(?:la\s+)?(?:prochaine\s+)?décennie`,
      "giu",
    ),
    when: (m, y) => {
      const word = m[1] ?? m[2] ?? m[3];
      const years = !word || /decade/i.test(word) ? 10 : spanYears(word);
      return `by ${y + years}`;
    },
  },
  { re: /\bnext\s+year\b|l['’]an\s+prochain|l['’]année\s+prochaine/giu, when: (_, y) => `${y + 1}` },
  {
    re: /\blast\s+year\b|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée)/giu,
    when: (_, y) => `${y - 1}`,
  },
  {
    re: /\b(?:(?:earlier|later)\s+)?this\s+year\b|cette\s+année|plus\s+tôt\s+cette\s+année/giu,
    when: (_, y) => `${y}`,
  },
  // A quarter without a year ("in the third quarter", "au troisième trimestre") is in the article's year.
  {
    re: /\b(first|second|third|fourth|march|june|september|december)[-\s]quarter\b|\b(premier|deuxième|second|troisième|quatrième)\s+trimestre\b/giu,
    // A quarter that ends after the article's month is last year's ("the fourth quarter", written in February).
    when: (m, y, month) => `${(QUARTER_END[(m[1] ?? m[2] ?? "").toLowerCase()] ?? 0) > month ? y - 1 : y}`,
  },
  // A month without a year ("in May", "en février") is in the article's year.
  {
    re: new RegExp(String.raw`\b(?:in|en|since|depuis|début|fin|mi-)\s*(${MONTH})\b(?!\s+\d)`, "giu"),
    when: (_, y) => `${y}`,
  },
];

/**
 * Dates and horizons of a text, in English or French; overlapping matches keep the first, most specific pattern.
 * With the article's date (`published`, "YYYY-MM-DD"), relative ones ("next year", "l'an dernier", "over the next
 * decade", "en février") are resolved too; without it they are left out.
 */
export function findDates(text: string, published?: string): DateMention[] {
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const month = published ? Number(published.slice(5, 7)) : 12;
  const patterns = year === undefined ? ABSOLUTE : [...ABSOLUTE, ...RELATIVE];
  const out: DateMention[] = [];
  // Which characters a kept date covers: an overlap test costs the match's length, so the whole stays linear.
  const taken = new Uint8Array(text.length);
  for (const { re, when } of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      out.push({ when: when(m, year ?? 0, month), phrase: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
