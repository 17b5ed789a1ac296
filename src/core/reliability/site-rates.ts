import type { FailureClass } from "../catalog/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import { issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import type { ResolvedSite } from "../sizing/resolve-site.js";
import type { FailureRate } from "./rates.js";

interface ClassNames {
  readonly rate: string;
  readonly unit: string;
  readonly catalogRate: FailureRate;
}
const classNames = new WeakMap<FailureClass, ClassNames>();

/** A class's assumption name, unit and rate, made once per catalog entry (estimates run by the thousand). */
function namesOf(c: FailureClass): ClassNames {
  let names = classNames.get(c);
  if (!names) {
    names = {
      rate: `failureClasses.${c.id}.ratePer1000UnitDays`,
      unit: `per 1,000 ${c.scalesWith}-days`,
      catalogRate: {
        id: c.id,
        scalesWith: c.scalesWith,
        planned: c.planned,
        ratePer1000UnitDays: c.ratePer1000UnitDays.value,
      },
    };
    classNames.set(c, names);
  }
  return names;
}

/**
 * Failure rates by class for one site: the catalog's, rescaled to the site's `failuresPer1000NodeDays` when given,
 * then any per-class overrides.
 */
export function siteRates(
  site: ResolvedSite,
  classes: readonly FailureClass[],
  log: AssumptionLog,
  path: readonly (string | number)[],
): Outcome<FailureRate[]> {
  const r = site.input.reliability;
  const unknown = Object.keys(r?.rates ?? {}).filter((id) => !classes.some((c) => c.id === id));
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: unknown.map((id) =>
        issue(
          "unknown_failure_class",
          [...path, "reliability", "rates", id],
          `unknown failure class '${id}'`,
          classes.map((c) => c.id),
        ),
      ),
    };
  }
  const perNode = site.accelerator.acceleratorsPerServer.value;
  const base = classes.map((c) => {
    const names = namesOf(c);
    // In a sensitivity pass the log returns the rate at one end of its range: use it, so the rate's range counts.
    const rate = log.cited(names.rate, c.ratePer1000UnitDays, names.unit);
    return rate === names.catalogRate.ratePer1000UnitDays
      ? names.catalogRate
      : { ...names.catalogRate, ratePer1000UnitDays: rate };
  });
  let scaled = base;
  if (r?.failuresPer1000NodeDays !== undefined) {
    // Express every unplanned class per node-day, then rescale them together to the site's figure.
    const perNodeDay = (f: FailureRate) =>
      f.scalesWith === "accelerator" ? f.ratePer1000UnitDays * perNode : f.ratePer1000UnitDays;
    const total = base
      .filter((f) => !f.planned && f.scalesWith !== "job")
      .reduce((s, f) => s + perNodeDay(f), 0);
    const factor = total > 0 ? r.failuresPer1000NodeDays / total : 0;
    log.input(`sites.${site.spec.id}.reliability.failuresPer1000NodeDays`, r.failuresPer1000NodeDays);
    scaled = base.map((f) =>
      f.planned || f.scalesWith === "job" ? f : { ...f, ratePer1000UnitDays: f.ratePer1000UnitDays * factor },
    );
  }
  const rates = scaled.map((f) => {
    const override = r?.rates?.[f.id];
    if (override === undefined) return f;
    log.input(`sites.${site.spec.id}.reliability.rates.${f.id}`, override, `per 1,000 ${f.scalesWith}-days`);
    return { ...f, ratePer1000UnitDays: override };
  });
  return { ok: true, value: rates };
}
