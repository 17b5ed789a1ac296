/** A span of a text, by offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// A sentence ends at . ! or ? followed by white space (not inside "1.2"), or at a line break.
const SPACE = /\s/;
const isSpaceAt = (text: string, i: number) => i >= text.length || SPACE.test(text.charAt(i));

/**
 * The sentences of a text, in one pass: a sentence ends at ".", "!" or "?" before white space or the end, or at a
 * line break. Abbreviations such as "Oct." end a sentence too; the readers built on this accept that.
 */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // "\n", ".", "!", "?" by their codes: the loop visits every character of the text.
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpaceAt(text, i + 1))) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Finds which of a sorted list of spans holds an offset, in logarithmic time. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The first index of a list sorted by `start` whose start is at or after `offset` (binary search). */
export function firstAtOrAfter(list: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
