/** A date or horizon in a text: "d'ici la fin de 2028" is { when: "by 2028-12" }, "in 2024" is { when: "2024" }. */
export interface DateMention {
  readonly when: string;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

const PATTERNS: readonly { readonly re: RegExp; readonly when: (m: RegExpMatchArray) => string }[] = [
  { re: /d['’]ici\s+(?:la\s+)?fin\s+(?:de\s+)?(20\d\d)/giu, when: (m) => `by ${m[1]}-12` },
  { re: /by\s+the\s+end\s+of\s+(20\d\d)/giu, when: (m) => `by ${m[1]}-12` },
  { re: /d['’]ici\s+(20\d\d)/giu, when: (m) => `by ${m[1]}` },
  { re: /\bby\s+(20\d\d)\b/giu, when: (m) => `by ${m[1]}` },
  {
    re: /d['’]ici\s+(?:la\s+)?fin\s+de\s+la\s+décennie|by\s+the\s+end\s+of\s+the\s+decade/giu,
    when: () => "by 2030",
  },
  { re: /\b(?:en|in|au|dès|since|depuis)\s+(20\d\d)\b/giu, when: (m) => `${m[1]}` },
];

/** Dates and horizons of a text, in English or French; overlapping matches keep the first, most specific pattern. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const { re, when } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((d) => start < d.end && end > d.start)) continue;
      out.push({ when: when(m), phrase: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
