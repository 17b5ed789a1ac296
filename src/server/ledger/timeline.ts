// Checks across the claims of one project over time: what was announced first, what later, and how it changed
// ("2.00 GW on 2024-12-04, then 5.00 GW on 2025-07-14: raised ×2.5"), against the catalog's own figure.
import { type Catalog, formatQuantity } from "../../core/index.js";
import type { LedgerClaim } from "../../store/index.js";

export interface TimelineCheck {
  readonly project: string;
  readonly kind: string;
  readonly unit: string;
  readonly verdict: "restated" | "raised" | "lowered" | "revised";
  readonly message: string;
  readonly claims: readonly {
    articleId: string;
    claimIndex: number;
    published: string | null;
    value: number;
  }[];
  /** The catalog's figure for the project's full build-out, when it has one of this kind. */
  readonly catalogValue?: number;
}

const KIND_OF_UNIT = { W: "power", USD: "money", EUR: "money", count: "count" } as const;

function show(unit: string, value: number): string {
  const kind = KIND_OF_UNIT[unit as keyof typeof KIND_OF_UNIT] ?? "count";
  const text = formatQuantity(kind, value);
  return unit === "EUR" ? text.replace("$", "€") : text;
}

/** One check per project and unit with two claims or more, claims in date order. */
export function timelineChecks(claims: readonly LedgerClaim[], catalog: Catalog): TimelineCheck[] {
  const groups = new Map<string, LedgerClaim[]>();
  for (const c of claims) {
    if (c.project === null) continue;
    const key = `${c.project}\u0000${c.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: TimelineCheck[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const first = list[0] as LedgerClaim;
    const values = list.map((c) => c.value);
    const same = values.every((v) => Math.abs(v / (values[0] as number) - 1) < 0.01);
    const rising = values.every((v, i) => i === 0 || v >= (values[i - 1] as number));
    const falling = values.every((v, i) => i === 0 || v <= (values[i - 1] as number));
    const verdict = same ? "restated" : rising ? "raised" : falling ? "lowered" : "revised";
    const steps = list
      .map((c) => `${show(c.unit, c.value)} on ${c.published ?? "an undated article"}`)
      .join(", then ");
    const ratio = (values.at(-1) as number) / (values[0] as number);
    const project = catalog.projects.get(first.project as string);
    const last = project?.phases.at(-1);
    const catalogValue =
      first.unit === "W"
        ? last?.facilityPowerMW === undefined
          ? undefined
          : last.facilityPowerMW.value * 1e6
        : first.unit === "USD"
          ? project?.capexUSD?.value
          : undefined;
    const catalogText =
      catalogValue === undefined ? "" : `; the catalog has ${show(first.unit, catalogValue)}`;
    out.push({
      project: first.project as string,
      kind: first.kind,
      unit: first.unit,
      verdict,
      message: `${steps}: ${verdict}${same ? "" : ` ×${+ratio.toPrecision(3)}`}${catalogText}`,
      claims: list.map((c) => ({
        articleId: c.articleId,
        claimIndex: c.claimIndex,
        published: c.published,
        value: c.value,
      })),
      ...(catalogValue === undefined ? {} : { catalogValue }),
    });
  }
  return out;
}
