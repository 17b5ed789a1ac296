/** A value YAML can produce that JSON cannot, with the YAML tag a user would have written. */
export interface ForeignValue {
  readonly path: (string | number)[];
  readonly what: string;
}

/** What a non-JSON value is, in a user's words: `!!binary` gives a Uint8Array, `!!set` a Set. */
function foreign(value: unknown): string | undefined {
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (value instanceof Set) return "a set (!!set)";
  if (value instanceof Map) return "a mapping with non-text keys (!!omap or !!pairs)";
  if (value instanceof Date) return "a timestamp (!!timestamp)";
  if (typeof value === "bigint") return "an integer too large for a number (!!int)";
  if (typeof value === "symbol" || typeof value === "function") return `a ${typeof value}`;
  return undefined;
}

/** The first value in parsed YAML that JSON could not hold, depth-first; scenario files are plain data. */
export function findForeignValue(data: unknown): ForeignValue | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    const what = foreign(value);
    if (what !== undefined) return { path, what };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i] as [string, unknown];
        stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return undefined;
}
