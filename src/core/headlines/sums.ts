import type { Attributed, ClaimCheck } from "./claim-checks.js";
import { fig, message, money } from "./messages/message.js";

// Parts are looked for among this many figures before or after a total, within this many characters.
const MAX_PARTS = 6;
const WITHIN_CHARS = 800;
const SUM_TOLERANCE = 0.01;

const figureOf = (c: Attributed) => (c.kind === "money" ? money(c.value, c.unit) : fig("power", c.value));

/**
 * Totals that are the sum of the figures stated just before or just after them, of the same kind, unit and subject:
 * "$11.9 billion ..., $4 billion ..., $6.5 billion ...: $22.4 billion in all". A total qualified "over" holds when
 * its parts add up to a little more. Runs of neighbouring figures only, so the search is linear in the figures.
 */
export function sumChecks(claims: readonly Attributed[]): Map<Attributed, ClaimCheck> {
  const out = new Map<Attributed, ClaimCheck>();
  claims.forEach((total, i) => {
    if (total.kind !== "money" && total.kind !== "power") return;
    for (const dir of [-1, 1] as const) {
      const parts: Attributed[] = [];
      for (let k = 1; k <= MAX_PARTS; k++) {
        const c = claims[i + dir * k];
        if (!c || Math.abs(c.start - total.start) > WITHIN_CHARS) break;
        if (c.kind !== total.kind || c.unit !== total.unit || c.value >= total.value) break;
        if (c.subject !== undefined && total.subject !== undefined && c.subject !== total.subject) break;
        parts.push(c);
        if (parts.length < 2) continue;
        const sum = parts.reduce((s, p) => s + p.value, 0);
        const exact = Math.abs(sum / total.value - 1) <= SUM_TOLERANCE;
        const over = total.qualifier === "more-than" && sum > total.value && sum <= total.value * 1.3;
        if (!exact && !over) continue;
        const ordered = dir < 0 ? [...parts].reverse() : parts;
        out.set(total, {
          kind: "sum",
          verdict: "consistent",
          message: message(exact ? "check.sum" : "check.parts-over", {
            parts: ordered.map(figureOf),
            sum: figureOf({ ...total, value: sum }),
            total: figureOf(total),
          }),
          figures: [total.phrase, ...ordered.map((p) => p.phrase)],
        });
        return;
      }
    }
  });
  return out;
}

/** A phase's power inside the total stated for the same project: a part, checked against the whole. */
export function phaseChecks(claims: readonly Attributed[]): Map<Attributed, ClaimCheck> {
  const out = new Map<Attributed, ClaimCheck>();
  const totals = new Map<string, Attributed>();
  for (const c of claims) {
    if (c.kind !== "power" || !c.project || c.scope !== "site") continue;
    const t = totals.get(c.project);
    if (!t || c.value > t.value) totals.set(c.project, c);
  }
  for (const c of claims) {
    if (c.kind !== "power" || !c.project || c.scope !== "phase") continue;
    const total = totals.get(c.project);
    if (!total) continue;
    const inside = c.value <= total.value;
    out.set(c, {
      kind: "phase",
      verdict: inside ? "consistent" : "inconsistent",
      message: message("check.phase", {
        phase: fig("power", c.value),
        total: fig("power", total.value),
        project: c.project,
      }),
      figures: [c.phrase, total.phrase],
      range: { p10: 0, p90: total.value },
    });
  }
  return out;
}
