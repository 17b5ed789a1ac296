import type { Catalog } from "../catalog/index.js";
import { AssumptionLog } from "../kernel/assumptions.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import { type CapexModel, capexModel } from "../sizing/budget-check.js";
import { costAndFootprintParameters } from "../sizing/cost-parameters.js";
import { evaluateSite } from "../sizing/evaluate-site.js";
import type { SiteResult } from "../sizing/result.js";
import { siteSchema } from "../sizing/schema.js";

/** What an article states of one site: any of its power, accelerator count and budget, the chip and the grid it names. */
export interface ClaimedSite {
  readonly powerW?: number;
  readonly accelerators?: number;
  readonly budgetUSD?: number;
  /** A catalog accelerator id, when the article names the chip. */
  readonly accelerator?: string;
  /** A catalog grid id. */
  readonly grid?: string;
}

// Sizings already made, per catalog: an article states the same power, budget or count with the same chip many times
// (and a long text repeats whole articles), and each sizing is a full site evaluation. Bounded, so that a server
// reading many different articles keeps a fixed memory: when full, it starts again.
const MAX_MEMO = 4096;
const memos = new WeakMap<Catalog, Map<string, Outcome<Sized>>>();

/** A claim sized: the site's result and its capex model (the parts a sum may pay for, with their ranges). */
interface Sized {
  readonly result: SiteResult;
  readonly capex: CapexModel;
}

/**
 * Sizes what an article says of a site with the sizing module (the same evaluation as `gigawatt size`), or gives the
 * issues that keep it from a size (too small for one accelerator, beyond the fields' physical range). The same claim
 * of the same catalog gives the same (shared, read-only) result.
 */
export function sizeClaim(catalog: Catalog, claimed: ClaimedSite): Outcome<SiteResult> {
  const s = sized(catalog, claimed);
  return s.ok ? { ok: true, value: s.value.result } : s;
}

/**
 * The capex model of what an article says of a site (sizing/budget-check.ts): its capex with the buildings' and the
 * accelerators' parts and their 80% ranges, so a chip order is priced against the accelerators' share.
 */
export function claimCapexModel(catalog: Catalog, claimed: ClaimedSite): CapexModel | undefined {
  const s = sized(catalog, claimed);
  return s.ok ? s.value.capex : undefined;
}

function sized(catalog: Catalog, claimed: ClaimedSite): Outcome<Sized> {
  let memo = memos.get(catalog);
  if (!memo) {
    memo = new Map();
    memos.set(catalog, memo);
  }
  // Numbers print exactly (and NaN, Infinity and undefined apart); ids are quoted, so no two claims share a key.
  const key = `${claimed.powerW}|${claimed.accelerators}|${claimed.budgetUSD}|${JSON.stringify(claimed.accelerator)}|${JSON.stringify(claimed.grid)}`;
  const known = memo.get(key);
  if (known) return known;
  const sized = sizeClaimOnce(catalog, claimed);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, sized);
  return sized;
}

function sizeClaimOnce(catalog: Catalog, claimed: ClaimedSite): Outcome<Sized> {
  const input = siteSchema.safeParse({
    id: "claim",
    ...(claimed.powerW === undefined ? {} : { power: `${claimed.powerW} W` }),
    ...(claimed.accelerators === undefined ? {} : { accelerators: Math.round(claimed.accelerators) }),
    ...(claimed.budgetUSD === undefined ? {} : { budget: claimed.budgetUSD }),
    ...(claimed.accelerator === undefined ? {} : { accelerator: claimed.accelerator }),
    ...(claimed.grid === undefined ? {} : { grid: claimed.grid }),
  });
  if (!input.success) {
    return fail(
      ...input.error.issues.map((i) => ({
        code: "out_of_range" as const,
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: i.message,
      })),
    );
  }
  const log = new AssumptionLog(catalog);
  const params = costAndFootprintParameters(log);
  const r = evaluateSite(input.data, 0, catalog, params, log);
  if (!r.ok) return r;
  const { result, sized } = r.value;
  const capex = capexModel(sized.resolved.spec, sized.sizing, params, result.ranges?.capexUSD);
  return { ok: true, value: { result, capex } };
}
