/** Reads the 80% range of a dotted path: `workloads.x.days` has its range at `workloads.x.ranges.days`. */
export function rangeAt(result: unknown, path: string): readonly [number, number] | undefined {
  const keys = path.split(".");
  const last = keys.pop();
  let node: unknown = result;
  for (const key of [...keys, "ranges", last ?? ""]) {
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const r = node as { p10?: unknown; p90?: unknown };
  return typeof r.p10 === "number" && typeof r.p90 === "number" ? [r.p10, r.p90] : undefined;
}

/** The capability a result path belongs to: a workload's kind, or the path's first key (sites, totals). */
export function capabilityOf(result: unknown, path: string): string {
  const [top, name] = path.split(".");
  if (top === "workloads" && name !== undefined) {
    const w = (result as { workloads?: Record<string, { kind?: unknown }> }).workloads?.[name];
    if (typeof w?.kind === "string") return w.kind;
  }
  return top ?? "";
}

/** Share of published figures inside their ranges, overall and per capability (omitted when none has a range). */
export function coverageOf(
  metrics: readonly { readonly inRange?: boolean; readonly capability?: string }[],
): { coverage?: number; coverageByCapability?: Record<string, { figures: number; coverage: number }> } {
  const ranged = metrics.filter((m) => m.inRange !== undefined);
  if (ranged.length === 0) return {};
  const byCapability: Record<string, { figures: number; coverage: number }> = {};
  for (const cap of new Set(ranged.map((m) => m.capability ?? ""))) {
    const own = ranged.filter((m) => (m.capability ?? "") === cap);
    byCapability[cap] = { figures: own.length, coverage: own.filter((m) => m.inRange).length / own.length };
  }
  return {
    coverage: ranged.filter((m) => m.inRange).length / ranged.length,
    coverageByCapability: byCapability,
  };
}
