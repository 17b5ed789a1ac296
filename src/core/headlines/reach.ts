import type { Mention } from "./entities.js";
import { firstAtOrAfter, type Span } from "./sentences.js";

// How far around a figure its attributes are looked for: bounded, so that reading stays linear in the text.
export const WINDOW = 300;
const AFTER = 80;
export const CLAUSE = 90;
// How far back a story's project, place or actor is carried (about two paragraphs: 1,500 characters measured worse).
const STORY = 800;

/** The mentions of one kind nearest a figure: before it in its window, else just after, else before it nearby. */
export function nearest(list: readonly Mention[], c: Span, window: Span): Mention | undefined {
  const inSentence = nearestInSentence(list, c, window);
  if (inSentence) return inSentence;
  const before = list[firstAtOrAfter(list, c.start) - 1];
  return before && c.start - before.end < WINDOW ? before : undefined;
}

/** The last mention (a project, a place) named before a figure, within the story's reach. */
export function lastNamedBefore(list: readonly Mention[], c: Span): string | undefined {
  const before = list[firstAtOrAfter(list, c.start) - 1];
  return before && c.start - before.end < STORY ? before.id : undefined;
}

/** The mention named last before `offset`, within the story's reach, that is not `other`. */
export function lastOtherThan(
  list: readonly Mention[],
  offset: number,
  other: string | undefined,
): string | undefined {
  for (let i = firstAtOrAfter(list, offset) - 1; i >= 0; i--) {
    const m = list[i] as Mention;
    if (offset - m.end > STORY) return undefined;
    if (m.id !== other) return m.id;
  }
  return undefined;
}

/** The mention nearest a figure within its window (its sentence, bounded): before it, else just after it. */
export function nearestInSentence(list: readonly Mention[], c: Span, window: Span): Mention | undefined {
  const i = firstAtOrAfter(list, c.start);
  const before = list[i - 1];
  const after = list[i];
  if (before && before.start >= window.start) return before;
  if (after && after.start >= c.end && after.start < window.end && after.start - c.end < AFTER) return after;
  return undefined;
}
