// The Size page's inputs as a site of a scenario, and the slider's logarithmic scale per basis.
import {
  type Catalog,
  evaluateScenario,
  InputError,
  type Issue,
  parseScenario,
  type ScenarioResult,
  type SiteResult,
} from "../lib/core.js";

export type Basis = "power" | "accelerators" | "budget";

export interface SizeState {
  readonly basis: Basis;
  /** The basis's value as typed ("5 GW", "400k", "$10B"). */
  readonly value: string;
  readonly accelerator: string;
  readonly grid: string;
  readonly cooling: string;
  /** Blank for the cooling's default. */
  readonly pue: string;
  /** Share of energy from on-site gas turbines, 0 to 1. */
  readonly onSite: number;
}

export const DEFAULT_SIZE: SizeState = {
  basis: "power",
  value: "1 GW",
  accelerator: "gb200",
  grid: "us-tx-ercot",
  cooling: "closed-loop-liquid",
  pue: "",
  onSite: 0,
};

/** Slider ends (base units: W, count, USD) and how a slider position is written back as text. */
export const SCALES: Record<Basis, { min: number; max: number; write: (v: number) => string }> = {
  power: {
    min: 10e6,
    max: 10e9,
    write: (w) => (w >= 1e9 ? `${round(w / 1e9)} GW` : `${round(w / 1e6)} MW`),
  },
  accelerators: {
    min: 1e3,
    max: 5e6,
    write: (n) => (n >= 1e6 ? `${round(n / 1e6)}M` : `${round(n / 1e3)}k`),
  },
  budget: {
    min: 100e6,
    max: 1e12,
    write: (usd) =>
      usd >= 1e12 ? `$${round(usd / 1e12)}T` : usd >= 1e9 ? `$${round(usd / 1e9)}B` : `$${round(usd / 1e6)}M`,
  },
};

/** Three significant figures, without trailing zeros: a slider should write "1.25 GW", not "1.2467 GW". */
function round(v: number): number {
  return Number(v.toPrecision(3));
}

export const SLIDER_STEPS = 1000;

export function toSlider(basis: Basis, value: number): number {
  const { min, max } = SCALES[basis];
  const clamped = Math.min(max, Math.max(min, value));
  return Math.round((Math.log(clamped / min) / Math.log(max / min)) * SLIDER_STEPS);
}

export function fromSlider(basis: Basis, position: number): number {
  const { min, max } = SCALES[basis];
  return min * (max / min) ** (position / SLIDER_STEPS);
}

export type SizeOutcome =
  | { ok: true; site: SiteResult; result: ScenarioResult; ms: number }
  | { ok: false; issues: readonly Issue[] };

/** Sizes the site; issues come back as data, each with the field it belongs to. */
export function sizeSite(s: SizeState | { project: string }, catalog: Catalog): SizeOutcome {
  const t0 = performance.now();
  const site: Record<string, string | number> =
    "project" in s
      ? { id: "site", project: s.project }
      : {
          id: "site",
          [s.basis]: s.value,
          accelerator: s.accelerator,
          grid: s.grid,
          cooling: s.cooling,
          onSiteGenerationShare: s.onSite,
          ...(s.pue.trim() === "" ? {} : { pue: s.pue.trim() }),
        };
  try {
    const result = evaluateScenario(parseScenario({ sites: [site] }), catalog);
    const r = result.sites.site;
    if (!r) return { ok: false, issues: [] };
    return { ok: true, site: r, result, ms: performance.now() - t0 };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/** The message for one field (`sites[0].<field>`), if the sizing refused it. */
export function issueFor(issues: readonly Issue[], field: string): string | undefined {
  const i = issues.find((x) => x.path[2] === field || (x.path.length <= 2 && field === "value"));
  return i?.message;
}
