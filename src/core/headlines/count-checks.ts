import type { Catalog } from "../catalog/index.js";
import { type CountModel, checkCount } from "../sizing/count-check.js";
import type { SiteResult } from "../sizing/result.js";
import { generationsInService } from "../sizing/roadmap.js";
import { ASSUMED_BAND, type Attributed, type ClaimCheck } from "./check-types.js";
import { fig, type Message, message } from "./messages/message.js";
import { sizeClaim } from "./size-claim.js";

type Ranges = { readonly ranges?: Readonly<Record<string, { p10: number; p90: number }>> };

function rangeOf(site: SiteResult, key: "accelerators"): { p10: number; p90: number } {
  const v = site[key];
  return (
    (site as SiteResult & Ranges).ranges?.[key] ?? { p10: v * ASSUMED_BAND.low, p90: v * ASSUMED_BAND.high }
  );
}

// A family named without its generation ("one million Google TPUs", "Tensor Processing Units", "Trainium chips",
// "Instinct GPUs"): the vendor whose chips they are. A TPU is never sized as a GB200.
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/\bTPUs?\b|tensor\s+processing\s+units?/iu, "google"],
  [/\bTrainium/iu, "amazon"],
  [/\bInstinct\b|\bMI\d{3}/iu, "amd"],
];

/** The family's newest chip available at the figure's date (the newest of all when undated). */
function familyChip(c: Attributed, catalog: Catalog, date: string | undefined): string | undefined {
  const words = `${c.phrase} ${c.counted ?? ""}`;
  const vendor = FAMILIES.find(([re]) => re.test(words))?.[1];
  if (!vendor) return undefined;
  const year = date?.replace(/^by /, "").slice(0, 4);
  const chips = catalog.accelerators.all
    .filter((a) => a.vendor === vendor && (!year || String(a.firstAvailable.value).slice(0, 4) <= year))
    .sort((a, b) => String(a.firstAvailable.value).localeCompare(String(b.firstAvailable.value)));
  return chips[chips.length - 1]?.id;
}

/**
 * An accelerator count against the facility power stated with it, sized with the chip the article names (its unit,
 * else the hardware named beside the figures), else with any generation in service at its date.
 */
export function countCheck(
  c: Attributed,
  power: Attributed,
  catalog: Catalog,
  published: string | undefined,
): ClaimCheck | undefined {
  const date = c.when ?? power.when ?? published;
  const chip =
    c.unit !== "accelerator" ? c.unit : (c.hardware ?? power.hardware ?? familyChip(c, catalog, date));
  if (!chip) return anyChipCountCheck(c, power, catalog, date);
  const s = sizeClaim(catalog, { powerW: power.value, accelerator: chip });
  if (!s.ok) return undefined;
  const range = rangeOf(s.value, "accelerators");
  // Other chips the article names beside these figures: a count far from this chip's range may be of one of them.
  const others = [c.unit, c.hardware, power.hardware]
    .filter((id): id is string => id !== undefined && id !== "accelerator" && id !== chip)
    .map((id) => sizeClaim(catalog, { powerW: power.value, accelerator: id }))
    .flatMap((o) => (o.ok ? [rangeOf(o.value, "accelerators")] : []));
  return countCheckOf(
    c,
    power,
    { range, others, facilityPerIt: s.value.pue * s.value.designOverhead },
    message("check.accelerators", {
      claimed: fig("count", c.value),
      modelled: fig("count", s.value.accelerators),
      accelerator: s.value.accelerator,
      power: fig("power", power.value),
      low: fig("count", range.p10),
      high: fig("count", range.p90),
    }),
  );
}

/**
 * A count that names no chip ("1.3 million GPUs") may be of any generation in service at its date, and a fleet mixes
 * them: its range runs from the most power-hungry generation's low end to the most frugal one's high end. Judging it
 * against the newest chip alone would call an installed base of H100s impossible.
 */
function anyChipCountCheck(
  c: Attributed,
  power: Attributed,
  catalog: Catalog,
  date: string | undefined,
): ClaimCheck | undefined {
  const chips = generationsInService(catalog, date);
  const sized = chips
    .map((id) => sizeClaim(catalog, { powerW: power.value, accelerator: id }))
    .flatMap((s) => (s.ok ? [s.value] : []));
  const usual = sizeClaim(catalog, { powerW: power.value });
  if (sized.length === 0 || !usual.ok) return undefined;
  const ranges = sized.map((s) => rangeOf(s, "accelerators"));
  const range = { p10: Math.min(...ranges.map((r) => r.p10)), p90: Math.max(...ranges.map((r) => r.p90)) };
  return countCheckOf(
    c,
    power,
    {
      range,
      facilityPerIt: usual.value.pue * usual.value.designOverhead,
      usual: rangeOf(usual.value, "accelerators"),
    },
    message("check.accelerators-any", {
      claimed: fig("count", c.value),
      power: fig("power", power.value),
      low: fig("count", range.p10),
      high: fig("count", range.p90),
      generations: sized.map((s) => s.accelerator).join(", "),
      modelled: fig("count", usual.value.accelerators),
      accelerator: usual.value.accelerator,
    }),
  );
}

/**
 * A count's check against what the power holds (sizing/count-check.ts, the site checks' own), with the message that
 * says what it was judged against. A count the article gives for one phase (a first cluster) reads as that phase.
 */
export function countCheckOf(c: Attributed, power: Attributed, model: CountModel, said: Message): ClaimCheck {
  const k = checkCount(c.value, model, { phase: c.scope === "phase" });
  return {
    kind: "accelerators",
    verdict: k.assessment,
    ...(k.reason ? { reason: k.reason } : {}),
    message: said,
    figures: [c.phrase, power.phrase],
    range: model.range,
  };
}
