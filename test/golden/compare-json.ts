/**
 * Differences between two JSON values, as `path: got ≠ expected` lines: numbers agree within a relative 1e-9 (a
 * reordered floating-point sum may move the last digits, not a figure), everything else exactly, keys in any order.
 */
export function compareJson(got: unknown, expected: unknown, path = "$", out: string[] = []): string[] {
  if (typeof got === "number" && typeof expected === "number") {
    const scale = Math.max(Math.abs(got), Math.abs(expected));
    if (Math.abs(got - expected) > 1e-9 * scale) out.push(`${path}: ${got} ≠ ${expected}`);
    return out;
  }
  if (Array.isArray(got) && Array.isArray(expected)) {
    if (got.length !== expected.length) out.push(`${path}: length ${got.length} ≠ ${expected.length}`);
    for (let i = 0; i < Math.min(got.length, expected.length); i++)
      compareJson(got[i], expected[i], `${path}[${i}]`, out);
    return out;
  }
  if (isObject(got) && isObject(expected)) {
    for (const k of new Set([...Object.keys(got), ...Object.keys(expected)])) {
      if (!(k in got)) out.push(`${path}.${k}: missing`);
      else if (!(k in expected)) out.push(`${path}.${k}: unexpected`);
      else compareJson(got[k], expected[k], `${path}.${k}`, out);
    }
    return out;
  }
  if (got !== expected) out.push(`${path}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
