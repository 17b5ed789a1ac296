import type { Attributed, ClaimCheck } from "./check-types.js";
import { fig, message, money } from "./messages/message.js";

// Parts are looked for among this many figures of the total's kind before or after it, within this many characters
// (the parts of a total are often given paragraphs before it: "Additionnés, ces engagements atteignent 26 GW").
const MAX_PARTS = 8;
const MAX_SCAN = 24;
const WITHIN_CHARS = 1500;
// Parts side by side are looked for within this many characters.
const RUN_CHARS = 800;
const SUM_TOLERANCE = 0.01;
// Scattered parts must add up to the total within this fraction: a looser match is too often a coincidence.
const SCATTERED_TOLERANCE = 0.001;
// Parts that are not side by side must be at least this many: two figures far apart that add up to a third are too
// often a coincidence (a headline's "$4 billion" and its body's).
const MIN_SCATTERED_PARTS = 3;
// ... and at most this many: the more figures a subset may take, the likelier one adds up by chance.
const MAX_SCATTERED_PARTS = 4;

const figureOf = (c: Attributed) =>
  c.kind === "money" ? money(c.value, c.unit) : fig(c.kind === "power" ? "power" : "count", c.value);

/** Figures that may be parts of a total, nearest first: same kind, unit and subject, smaller, in reach. */
function candidates(claims: readonly Attributed[], i: number, dir: -1 | 1, reach: number): Attributed[] {
  const total = claims[i] as Attributed;
  const out: Attributed[] = [];
  for (let k = 1; k <= MAX_SCAN && out.length < MAX_PARTS; k++) {
    const c = claims[i + dir * k];
    if (!c || Math.abs(c.start - total.start) > reach) break;
    const fits = c.kind === total.kind && c.unit === total.unit && c.value < total.value && !c.range;
    const sameSubject = c.subject === undefined || total.subject === undefined || c.subject === total.subject;
    // Side by side, a figure of another kind or subject ends the run; scattered, it is passed over.
    if (!fits || !sameSubject) {
      if (reach === RUN_CHARS) break;
      continue;
    }
    out.push(c);
  }
  return out;
}

const exactly = (sum: number, total: number) => Math.abs(sum / total - 1) <= SUM_TOLERANCE;

/** Parts side by side whose sum is the total (or a little over a total qualified "over"). */
function runOf(
  total: Attributed,
  near: readonly Attributed[],
): { parts: Attributed[]; exact: boolean } | undefined {
  let sum = 0;
  for (let n = 0; n < near.length; n++) {
    sum += (near[n] as Attributed).value;
    if (n < 1) continue;
    const exact = exactly(sum, total.value);
    const over = total.qualifier === "more-than" && sum > total.value && sum <= total.value * 1.3;
    if (exact || over) return { parts: near.slice(0, n + 1), exact };
  }
  return undefined;
}

/** The fewest parts, not side by side, that add up to the total exactly (at most 2^MAX_PARTS subsets: bounded). */
function scatteredOf(total: Attributed, near: readonly Attributed[]): Attributed[] | undefined {
  let best: Attributed[] | undefined;
  for (let mask = 1; mask < 1 << near.length; mask++) {
    const parts = near.filter((_, k) => mask & (1 << k));
    if (parts.length < MIN_SCATTERED_PARTS || parts.length > MAX_SCATTERED_PARTS) continue;
    if (best && parts.length >= best.length) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (Math.abs(sum / total.value - 1) <= SCATTERED_TOLERANCE) best = parts;
  }
  return best;
}

/**
 * Totals that are the sum of figures stated before or after them, of the same kind, unit and subject: "$11.9 billion
 * ..., $4 billion ..., $6.5 billion ...: $22.4 billion in all", "6 GW ... 10 GW ... 10 GW. Additionnés ... 26 GW",
 * "50,000 GPUs ... 60,000 ... 260,000 in all". A total qualified "over" holds when parts side by side add up to a
 * little more. A bounded number of neighbours per total, so the search is linear in the figures.
 */
export function sumChecks(claims: readonly Attributed[]): Map<Attributed, ClaimCheck> {
  const out = new Map<Attributed, ClaimCheck>();
  claims.forEach((total, i) => {
    if (total.kind !== "money" && total.kind !== "power" && total.kind !== "count") return;
    for (const dir of [-1, 1] as const) {
      const run = total.range ? undefined : runOf(total, candidates(claims, i, dir, RUN_CHARS));
      const parts =
        run?.parts ??
        (total.range ? undefined : scatteredOf(total, candidates(claims, i, dir, WITHIN_CHARS)));
      if (!parts) continue;
      const exact = run?.exact ?? true;
      const ordered = dir < 0 ? [...parts].reverse() : parts;
      const sum = parts.reduce((s, p) => s + p.value, 0);
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
  });
  return out;
}

// How far a phase's total may be stated from it, in characters: the same passage of the article.
const PHASE_REACH = 1500;
// "A second campus ... at 1.4 GW", "un autre site": an ordinal of a site names another site, not a phase of this one.
const ANOTHER_SITE =
  /\b(?:second|third|fourth|fifth|another|next|deuxième|troisième|quatrième|autre)\s+(?:[\p{L}'’-]+\s+){0,2}(?:campus|site|data\s*cent(?:er|re)|centre|location|facility|project|projet)\b/iu;
const PHASE_WORD = /\b(?:phase|stage|tranche|step|étape|first|initial|première|premier)\b/iu;

const isFacilityPower = (c: Attributed) => c.kind === "power" && (c.powerKind ?? "facility") === "facility";

/** Whether the words before a figure tagged as a phase name another site ("a second campus") rather than a phase. */
function namesAnotherSite(c: Attributed, text: string): boolean {
  const before = text.slice(Math.max(0, c.start - 120), c.start);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(".")) + 1);
  return ANOTHER_SITE.test(before) && !PHASE_WORD.test(clause);
}

const nearer = (c: Attributed) => (a: Attributed, b: Attributed) =>
  Math.abs(a.start - c.start) - Math.abs(b.start - c.start);

/**
 * The total a phase belongs to: the largest of its sentence ("230 MW first, 290 MW later, 520 MW in all"), else the
 * nearest the article gives for the whole site (a developer's and a tenant's figures of one site name different
 * actors, so subjects are not compared; the project is).
 */
function totalOf(c: Attributed, totals: readonly Attributed[], text: string): Attributed | undefined {
  const sameSentence = totals.filter((t) => {
    const between = text.slice(Math.min(t.end, c.end), Math.max(t.start, c.start));
    return !/[.!?]\s+\p{Lu}|\n/u.test(between);
  });
  if (sameSentence.length > 0) return sameSentence.reduce((a, b) => (b.value > a.value ? b : a));
  return totals.filter((t) => t.scope === "site").sort(nearer(c))[0];
}

/**
 * A phase's power inside the total stated for the same site: a larger facility power of the same project in the same
 * passage (totalOf: "1 gigawatt ... starting with a 100-megawatt first phase"). A phase larger than
 * every total near it is not checked: the two figures are then about different things (another site, a programme),
 * and calling them inconsistent would blame the article for the reader's pairing. A plant's generation or a region's
 * demand is never a site's total.
 */
export function phaseChecks(
  claims: readonly Attributed[],
  text: string,
  sums: ReadonlyMap<Attributed, ClaimCheck> = new Map(),
): Map<Attributed, ClaimCheck> {
  const out = new Map<Attributed, ClaimCheck>();
  const powers = claims.filter(isFacilityPower);
  for (const c of powers) {
    if (!c.project || c.scope !== "phase" || namesAnotherSite(c, text)) continue;
    const totals = powers.filter(
      (t) =>
        t !== c && t.value > c.value && t.project === c.project && Math.abs(t.start - c.start) <= PHASE_REACH,
    );
    const total = totalOf(c, totals, text);
    // A part already added up to this total by a sum check says nothing more as a phase.
    if (total && sums.get(total)?.figures.includes(c.phrase)) continue;
    if (!total) continue;
    out.set(c, {
      kind: "phase",
      verdict: "consistent",
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
