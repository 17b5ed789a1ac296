// What the Read page needs from the headline reader's output, read tolerantly: the reader is growing (more kinds,
// scope, checks with a model range, messages in French), so unknown fields are ignored and new ones used if there.
import type { Explanation, QuantityKind } from "../lib/core.js";

export interface Figure {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly claim: Readonly<Record<string, unknown>>;
}

export interface CheckView {
  readonly verdict: string;
  readonly reasoning: string;
  readonly range?: { low: number; high: number; point?: number; claimed: number; kind: QuantityKind };
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** Each claim's place in the text: its own offsets when given, else its phrase found after the previous one. */
export function placeFigures(text: string, result: Explanation): Figure[] {
  const out: Figure[] = [];
  let cursor = 0;
  result.claims.forEach((c, index) => {
    const claim = c as unknown as Record<string, unknown>;
    const phrase = str(claim.phrase) ?? "";
    let start = num(claim.start);
    let end = num(claim.end);
    if (start === undefined || end === undefined || text.slice(start, end) !== phrase) {
      let at = text.indexOf(phrase, cursor);
      if (at < 0) at = text.indexOf(phrase);
      if (at < 0 || phrase === "") return;
      start = at;
      end = at + phrase.length;
    }
    // Overlapping figures (a range read as two) keep the first: a highlight cannot nest.
    const last = out[out.length - 1];
    if (last && start < last.end) return;
    out.push({ index, start, end, kind: str(claim.kind) ?? "other", claim });
    cursor = end;
  });
  return out.sort((a, b) => a.start - b.start);
}

const QUANTITY_OF: Record<string, QuantityKind> = {
  money: "money",
  power: "power",
  count: "count",
  energy: "energy",
};

/** A message as the reader gives it: plain text, or `{ id, params, text }` once rendered (withMessageTexts). */
export function textOf(m: unknown): string {
  if (typeof m === "string") return m;
  if (m && typeof m === "object" && typeof (m as { text?: unknown }).text === "string")
    return (m as { text: string }).text;
  return "";
}

/** A check, with the model's range when the reader gives one (`range: {p10, p90}` or `[p10, p90]`). */
export function checkView(
  check: unknown,
  claim: Readonly<Record<string, unknown>>,
  claims: readonly Readonly<Record<string, unknown>>[] = [],
): CheckView {
  const c = (check ?? {}) as Record<string, unknown>;
  const verdict = str(c.verdict) ?? "needs-context";
  const reasoning = str(c.reasoning) ?? textOf(c.message);
  const r = c.range;
  let low: number | undefined;
  let high: number | undefined;
  if (Array.isArray(r)) [low, high] = [num(r[0]), num(r[1])];
  else if (r && typeof r === "object") {
    const o = r as Record<string, unknown>;
    [low, high] = [num(o.p10) ?? num(o.low), num(o.p90) ?? num(o.high)];
  }
  // The range is the checked figure's, the first the check names: another claim's range is not drawn on this one.
  const figures = Array.isArray(c.figures) ? c.figures : [];
  if (figures.length > 0 && figures[0] !== claim.phrase) return { verdict, reasoning };
  // An equivalence ("the equivalent of 2 reactors") gives the range of the power those stand for; the figure it is
  // set against is the power stated with them, the check's second figure.
  const against = c.kind === "equivalence" ? claims.find((x) => x.phrase === figures[1]) : claim;
  if (!against) return { verdict, reasoning };
  const claimed = num(c.claimed) ?? num(against.value);
  // The check's kind says what it checks (budget, accelerators...); the range is in the figure's own unit.
  const kind = QUANTITY_OF[str(against.kind) ?? ""] ?? "count";
  const point = num(c.modelled) ?? num(c.predicted);
  if (low === undefined || high === undefined || claimed === undefined || low > high)
    return { verdict, reasoning };
  return {
    verdict,
    reasoning,
    range: { low, high, claimed, kind, ...(point === undefined ? {} : { point }) },
  };
}

/** Who, what, where and when, as the reader gives them. */
export function facts(claim: Readonly<Record<string, unknown>>): [string, string][] {
  const keys = ["subject", "relation", "object", "project", "place", "when"] as const;
  const out: [string, string][] = [];
  for (const k of keys) {
    const v = claim[k];
    if (typeof v === "string" && v !== "") out.push([k, v]);
  }
  return out;
}
