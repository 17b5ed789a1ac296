// Reading a long text with many patterns, each as `text.matchAll(pattern)` would, in less time: V8 runs a
// case-insensitive pattern several times slower with the `u` flag than without it, and twenty patterns each run over
// the whole text cost twenty passes. Here one pass finds every place where any of the patterns matches, and each
// pattern is then tried only at those places; the `u` flag is dropped where the text cannot tell the difference.

// Characters that case-insensitive matching reads differently with and without the `u` flag: the long s and the
// Kelvin sign (word characters equal to s and k only with it), the capital sharp s (equal to ß only with it), and
// surrogates (one character with it, two without).
const UNICODE_ONLY = /[\u017F\u212A\u1E9E\uD800-\uDFFF]/;

interface Plain {
  /** One pattern matching, without consuming, wherever any of the patterns matches. */
  readonly anywhere: RegExp;
  /** Each pattern, sticky, to be tried at one place; undefined for one read on its own (a \p{...} class). */
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

/** The characters of the basic plane with a Unicode property, as the ranges of a class ("a-zª..."), built once. */
function rangesOf(property: "L" | "N"): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  const out: string[] = [];
  // The plane but its surrogates, as two strings read once each by the property's pattern.
  for (const [from, to] of [
    [0, 0xd7ff],
    [0xe000, 0xffff],
  ] as const) {
    const codes = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    let chars = "";
    for (let i = 0; i < codes.length; i += 4096) chars += String.fromCharCode(...codes.slice(i, i + 4096));
    for (const m of chars.matchAll(new RegExp(`\\p{${property}}+`, "gu"))) {
      const first = from + m.index;
      const last = first + m[0].length - 1;
      out.push(first === last ? hex(first) : `${hex(first)}-${hex(last)}`);
    }
  }
  return out.join("");
}

let classes: Readonly<Record<string, string>> | undefined;
const PROPERTY = /\\p\{([LN])\}/y;

/**
 * A pattern's source for use without the `u` flag on text of the basic plane: \p{L} and \p{N} (the only properties the
 * reader uses) written as their ranges, inside a class or alone.
 */
export function plainSource(source: string): string {
  if (/\\[pP]\{(?![LN]\})|\\P\{/.test(source))
    throw new Error(`plainSource: unsupported property in ${source}`);
  classes ??= { L: rangesOf("L"), N: rangesOf("N") };
  const ranges = classes;
  let inClass = false;
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m?.index === i) {
        const r = ranges[m[1] as string] as string;
        out += inClass ? r : `[${r}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}

const plainPatterns = new Map<string, RegExp>();

/**
 * The pattern without the `u` flag, for a text that `readsPlain` (\p{L} and \p{N} as ranges), compiled once per
 * source and flags. A global pattern is shared: its user sets lastIndex before reading.
 */
export function plainPattern(re: RegExp): RegExp {
  const key = `${re.flags}/${re.source}`;
  let plain = plainPatterns.get(key);
  if (!plain) {
    plain = new RegExp(plainSource(re.source), re.flags.replace("u", ""));
    if (plainPatterns.size >= 64) plainPatterns.clear();
    plainPatterns.set(key, plain);
  }
  return plain;
}

// The answer for the last long text: each reader of an article asks it again of the whole text.
let lastLong: { text: string; plain: boolean } | undefined;

/** Whether a text reads the same with and without the `u` flag (no UNICODE_ONLY character). */
export function readsPlain(text: string): boolean {
  if (text.length < 4096) return !UNICODE_ONLY.test(text);
  if (lastLong?.text !== text) lastLong = { text, plain: !UNICODE_ONLY.test(text) };
  return lastLong.plain;
}

/** A pattern with its twin without the `u` flag, compiled once, for the short texts read around every figure. */
export interface Twin {
  readonly exact: RegExp;
  readonly plain: RegExp;
}

export const twin = (re: RegExp): Twin => ({
  exact: re,
  plain: new RegExp(needsUnicode(re) ? plainSource(re.source) : re.source, re.flags.replace("u", "")),
});

/** `re.test(text)`, without the `u` flag where the text reads the same (several times faster). */
export const testTwin = (t: Twin, text: string): boolean => (readsPlain(text) ? t.plain : t.exact).test(text);

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
  // A pattern with a \p{...} class is read on its own (without the `u` flag, the class as ranges): in the one pass
  // for all, the ranges slow every place.
  const plain = patterns.filter((p) => !needsUnicode(p));
  return {
    patterns,
    plain: {
      anywhere: new RegExp(
        `${wordStart(plain)}(?=${plain.map((p) => `(?:${p.source})`).join("|") || "(?!)"})`,
        "gi",
      ),
      sticky: patterns.map((p) => (needsUnicode(p) ? undefined : new RegExp(p.source, "yi"))),
    },
  };
}

/**
 * `\b` when every pattern starts with it: tested once before the alternatives, it turns away the inside of words
 * (most places of a text) at once, where each alternative would test it again.
 */
const wordStart = (patterns: readonly RegExp[]) =>
  patterns.length > 0 && patterns.every((p) => p.source.startsWith("\\b") && !alternatesAtTop(p.source))
    ? "\\b"
    : "";

/** Whether a pattern's source has a `|` outside any group or class (then its first `\b` is one branch's only). */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** The matches of each pattern in the text, as `text.matchAll(pattern)` gives them, pattern by pattern. */
export function scan(text: string, s: Scanner): RegExpExecArray[][] {
  if (!readsPlain(text)) return s.patterns.map((p) => [...text.matchAll(p)]);
  const { anywhere, sticky } = s.plain;
  const places: number[] = [];
  anywhere.lastIndex = 0;
  for (let m = anywhere.exec(text); m !== null; m = anywhere.exec(text)) {
    places.push(m.index);
    anywhere.lastIndex = m.index + 1;
  }
  return s.patterns.map((p, i) => {
    const re = sticky[i];
    if (!re) return [...text.matchAll(plainPattern(p))];
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
