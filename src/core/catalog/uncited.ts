/**
 * Paths of numbers that are not cited: a number is cited when the mapping that holds it has a `source` or an
 * `assumption` key (a sourced value, coordinates), or when it is a `range` or `year` inside such a mapping.
 */
export function uncitedNumbers(
  value: unknown,
  path: (string | number)[] = [],
  cited = false,
): (string | number)[][] {
  if (typeof value === "number") return cited ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => uncitedNumbers(v, [...path, i], cited));
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const here = "source" in record || "assumption" in record;
    return Object.entries(record).flatMap(([k, v]) =>
      // A cited mapping covers its own numbers and its `range` tuple, not nested records.
      uncitedNumbers(v, [...path, k], here && (typeof v === "number" || k === "range")),
    );
  }
  return [];
}
