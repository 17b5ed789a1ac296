// Reading a long text with many patterns, each as `text.matchAll(pattern)` would, in less time: V8 runs a
// case-insensitive pattern several times slower with the `u` flag than without it, and twenty patterns each run over
// the whole text cost twenty passes. Here one pass finds every place where any of the patterns matches, and each
// pattern is then tried only at those places; the `u` flag is dropped where the text cannot tell the difference.

// Characters that case-insensitive matching reads differently with and without the `u` flag: the long s and the
// Kelvin sign (word characters equal to s and k only with it), the capital sharp s (equal to ß only with it), and
// surrogates (one character with it, two without).
const UNICODE_ONLY = /[\u017F\u212A\u1E9E\uD800-\uDFFF]/;

interface Plain {
  /** One pattern matching, without consuming, wherever any of the patterns that can drop the `u` flag matches. */
  readonly anywhere: RegExp;
  /** Each pattern, sticky, to be tried at one place; undefined for one that needs the `u` flag (a \p{...} class). */
  readonly sticky: readonly (RegExp | undefined)[];
}

/** Patterns read in one pass. */
export interface Scanner {
  readonly patterns: readonly RegExp[];
  readonly plain: Plain;
}

// A pattern with no letters outside its escapes (\b, \d, \s) matches the same with or without the `i` flag.
const caseless = (p: RegExp) => !/[a-z]/i.test(p.source.replace(/\\./g, ""));
const needsUnicode = (p: RegExp) => /\\[pP]\{/.test(p.source);

/**
 * A scanner for global patterns with the `u` flag, case-insensitive or without letters, without backreferences or
 * named groups.
 */
export function scanner(patterns: readonly RegExp[]): Scanner {
  for (const p of patterns) {
    const flags = p.flags === "giu" || (p.flags === "gu" && caseless(p));
    if (!flags || /\\\d|\(\?</.test(p.source.replace(/\(\?<[=!]/g, "")))
      throw new Error(`scanner: unsupported pattern /${p.source}/${p.flags}`);
  }
  const plain = patterns.filter((p) => !needsUnicode(p));
  return {
    patterns,
    plain: {
      anywhere: new RegExp(`(?=${plain.map((p) => `(?:${p.source})`).join("|") || "(?!)"})`, "gi"),
      sticky: patterns.map((p) => (needsUnicode(p) ? undefined : new RegExp(p.source, "yi"))),
    },
  };
}

/** The matches of each pattern in the text, as `text.matchAll(pattern)` gives them, pattern by pattern. */
export function scan(text: string, s: Scanner): RegExpExecArray[][] {
  if (UNICODE_ONLY.test(text)) return s.patterns.map((p) => [...text.matchAll(p)]);
  const { anywhere, sticky } = s.plain;
  const places: number[] = [];
  anywhere.lastIndex = 0;
  for (let m = anywhere.exec(text); m !== null; m = anywhere.exec(text)) {
    places.push(m.index);
    anywhere.lastIndex = m.index + 1;
  }
  return s.patterns.map((p, i) => {
    const re = sticky[i];
    if (!re) return [...text.matchAll(p)];
    const out: RegExpExecArray[] = [];
    let end = 0;
    // A pattern's next match is at the first place from the end of its last one where it matches: the places hold
    // every place where it can. (A match of no characters moves on by one, as matchAll does.)
    for (const at of places) {
      if (at < end) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      out.push(m);
      end = at + Math.max(1, m[0].length);
    }
    return out;
  });
}
