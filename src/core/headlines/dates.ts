import { numberWordsPattern, parseNumberWords } from "./number-words.js";
import { scan, scanner } from "./scan.js";

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

// Abbreviated months, read in datelines only ("Oct. 3, 2025", "3 févr. 2026"): in running text "Mar" or "sept" are
// too often something else.
const ABBREVIATED: Readonly<Record<string, number>> = {
  jan: 1,
  janv: 1,
  feb: 2,
  févr: 2,
  fevr: 2,
  mar: 3,
  apr: 4,
  avr: 4,
  jun: 6,
  jul: 7,
  juil: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  déc: 12,
};
const DATELINE_MONTH = `${MONTH}|(?:${Object.keys(ABBREVIATED).join("|")})\\.?`;
const monthOf = (word: string) => {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS[w] ?? ABBREVIATED[w];
};
// A date in a dateline: "October 7, 2025", "Oct. 3, 2025", "Thursday 25 September 2025", "Paris, le 3 février 2026",
// "updated 10 March 2026, 6:40 p.m.", "22/05/2025", "Le 30.10.2025" (day first, as in Europe).
const DATELINE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<m1>${DATELINE_MONTH})\s{0,2}(?<d1>\d{1,2}),?\s{1,2}(?<y1>20\d\d)|(?<d2>\d{1,2})(?:er)?\s{1,2}(?<m2>${DATELINE_MONTH})\s{1,2}(?<y2>20\d\d)|(?<d3>\d{1,2})[/.](?<m3>\d{1,2})[/.](?<y3>20\d\d))(?![\p{N}])`,
  "iu",
);

/**
 * The date an article is published, from a dateline on one of its first lines ("Published January 29, 2026",
 * "Oct. 3, 2025 | Analysis", "Publié le 11 février 2025", "Paris, le 3 février 2026", "22/05/2025"), as "YYYY-MM-DD".
 */
export function findDateline(text: string): string | undefined {
  const lines = text.split(/\r?\n/, 6).slice(0, 5);
  for (const line of lines) {
    const t = line.trim();
    if (t.length > 160) continue;
    const g = DATELINE.exec(t)?.groups;
    if (!g) continue;
    const year = g.y1 ?? g.y2 ?? g.y3;
    const month = g.m3 ? Number(g.m3) : monthOf(g.m1 ?? g.m2 ?? "");
    const day = Number(g.d1 ?? g.d2 ?? g.d3);
    if (!year || !month || month > 12 || !(day >= 1 && day <= 31)) continue;
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
  {
    re: /(?:by|through|until|to)\s+the\s+end\s+of\s+(20\d\d)|jusqu['’](?:à|au)\s+(?:la\s+)?fin\s+(?:de\s+)?(20\d\d)/giu,
    when: (m) => `by ${m[1] ?? m[2]}-12`,
  },
  { re: /d['’]ici\s+(20\d\d)/giu, when: (m) => `by ${m[1]}` },
  { re: /\bby\s+(20\d\d)\b/giu, when: (m) => `by ${m[1]}` },
  {
    re: /d['’]ici\s+(?:la\s+)?fin\s+de\s+la\s+décennie|by\s+the\s+end\s+of\s+the\s+decade/giu,
    when: () => "by 2030",
  },
  {
    re: new RegExp(
      String.raw`\b(?:by|d['’]ici|through|until|jusqu['’](?:en|à|au)|ending(?:\s+in)?)\s+(?:(?:the\s+end\s+of|mid-?|la\s+fin\s+de)\s+)?(${MONTH})\s+(20\d\d)`,
      "giu",
    ),
    when: (m) => `by ${m[2]}-${String(MONTHS[(m[1] ?? "").toLowerCase()]).padStart(2, "0")}`,
  },
  // "through 2032", "jusqu'en 2030": a horizon.
  { re: /\b(?:through|until|jusqu['’](?:en|à))\s+(20\d\d)\b/giu, when: (m) => `by ${m[1]}` },
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
  // The end of a month or of a quarter without a year ("at the end of June", "on June 30", "the end of the second
  // quarter", "third-quarter results"): a figure that stands at that date, in the article's year.
  {
    re: new RegExp(
      String.raw`\b(?:(?:at|by)\s+the\s+end\s+of|as\s+of|à\s+(?:la\s+)?fin\s+(?:de\s+)?|fin)\s+(${MONTH})\b(?!\s+\d)|\b(?:on|as\s+of|au)\s+(?:(${MONTH})\s+\d{1,2}|\d{1,2}(?:er)?\s+(${MONTH}))\b(?!,?\s*\d)`,
      "giu",
    ),
    when: (m, y) => `by ${y}-${String(MONTHS[(m[1] ?? m[2] ?? m[3] ?? "").toLowerCase()]).padStart(2, "0")}`,
  },
  {
    re: /\b(?:end\s+of\s+the\s+(first|second|third|fourth)\s+quarter|(first|second|third|fourth)[-\s]quarter\s+(?:results|earnings)|fin\s+du\s+(premier|deuxième|second|troisième|quatrième)\s+trimestre)\b/giu,
    when: (m, y, month) => {
      const end = QUARTER_END[(m[1] ?? m[2] ?? m[3] ?? "").toLowerCase()] ?? 12;
      return `by ${end > month + 3 ? y - 1 : y}-${String(end).padStart(2, "0")}`;
    },
  },
  // A quarter without a year ("in the third quarter", "au troisième trimestre") is in the article's year.
  {
    re: /\b(first|second|third|fourth|march|june|september|december)[-\s]quarter\b|\b(premier|deuxième|second|troisième|quatrième)\s+trimestre\b/giu,
    // A quarter that ends after the article's month is last year's ("the fourth quarter", written in February).
    when: (m, y, month) => `${(QUARTER_END[(m[1] ?? m[2] ?? "").toLowerCase()] ?? 0) > month ? y - 1 : y}`,
  },
  // A weekday or a recent week or month ("on Thursday", "last week", "jeudi", "le mois dernier") is the article's
  // year (the month before January is last year's).
  {
    re: /(?:au\s+)?début\s+de\s+l['’]année|\bil\s+y\s+a\s+un\s+an\b|\ba\s+year\s+ago\b/giu,
    when: (m, y, month) =>
      `${/un\s+an|year\s+ago/i.test(m[0]) ? y - 1 : /month|mois/i.test(m[0]) && /last|dernier|passé/i.test(m[0]) && month === 1 ? y - 1 : y}`,
  },
  // A month without a year ("in May", "en février") is in the article's year.
  {
    // Not when a day or a year follows ("in May 2025", "March 3"); a larger number after it is a figure ("en mars 830
    // millions").
    re: new RegExp(
      String.raw`\b(?:in|en|since|depuis|début|fin|mi-)\s*(${MONTH})\b(?!\s+(?:\d{1,2}\b|20\d\d))`,
      "giu",
    ),
    when: (_, y) => `${y}`,
  },
];

const ALL = [...ABSOLUTE, ...RELATIVE];
const ABSOLUTE_SCANNER = scanner(ABSOLUTE.map((p) => p.re));
const ALL_SCANNER = scanner(ALL.map((p) => p.re));

/**
 * Dates and horizons of a text, in English or French; overlapping matches keep the first, most specific pattern.
 * With the article's date (`published`, "YYYY-MM-DD"), relative ones ("next year", "l'an dernier", "over the next
 * decade", "en février") are resolved too; without it they are left out.
 */
export function findDates(text: string, published?: string): DateMention[] {
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const month = published ? Number(published.slice(5, 7)) : 12;
  const patterns = year === undefined ? ABSOLUTE : ALL;
  const matches = scan(text, year === undefined ? ABSOLUTE_SCANNER : ALL_SCANNER);
  const out: DateMention[] = [];
  // Which characters a kept date covers: an overlap test costs the match's length, so the whole stays linear.
  const taken = new Uint8Array(text.length);
  for (const [i, { when }] of patterns.entries()) {
    for (const m of matches[i] ?? []) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      out.push({ when: when(m, year ?? 0, month), phrase: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
