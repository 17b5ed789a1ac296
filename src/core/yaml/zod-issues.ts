/** The parts of a zod issue this module reads (zod 4's issue shape, kept structural so any schema fits). */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly received?: unknown;
  readonly errors?: readonly (readonly ZodIssueLike[])[];
}

/** A zod issue restated for a user: its full path and a message that names the value. */
export interface PlainIssue {
  readonly path: (string | number)[];
  readonly message: string;
  readonly unknownKey: boolean;
}

const GENERIC = /^Invalid input(?::|$)/;

/** Reads the value at a path in plain data (undefined when absent). */
export function valueAtPath(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A value as a message shows it: quoted and cut short when it is text, named when it is a structure. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN (.nan)" : String(value);
  if (value === null) return "an empty value (null)";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (value instanceof Set) return "a set (!!set)";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a finite number",
  object: "a mapping (key: value)",
  array: "a list",
  boolean: "true or false",
  record: "a mapping (key: value)",
  tuple: "a list",
};

function typeMessage(i: ZodIssueLike, value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value))
    return `${showValue(value)} is not a finite number (.nan, .inf and numbers beyond 1.8e308 are not accepted)`;
  if (value === undefined)
    return `is missing (expected ${EXPECTED[String(i.expected)] ?? String(i.expected)})`;
  return `invalid value ${showValue(value)} (expected ${EXPECTED[String(i.expected)] ?? String(i.expected)})`;
}

/** A branch whose only complaint is that the value is not of its type or literal: not the branch the user meant. */
const isRootMismatch = (branch: readonly ZodIssueLike[]) =>
  branch.every(
    (i) =>
      i.path.length === 0 &&
      (i.code === "invalid_type" || i.code === "invalid_union" || i.code === "invalid_value") &&
      GENERIC.test(i.message),
  );

/**
 * Restates zod issues with messages that name the value and what is accepted. A union (an id or an inline
 * block, a number or a quantity) reports the issues of the branch the value was written for, at their full path,
 * instead of zod's bare "Invalid input".
 */
export function plainIssues(
  issues: readonly ZodIssueLike[],
  data: unknown,
  base: readonly (string | number)[] = [],
): PlainIssue[] {
  const out: PlainIssue[] = [];
  for (const i of issues) {
    const path = [...base, ...i.path.filter((p): p is string | number => typeof p !== "symbol")];
    const value = valueAtPath(data, path);
    if (i.code === "invalid_union" && GENERIC.test(i.message) && i.errors && i.errors.length > 0) {
      const branch = i.errors.find((b) => !isRootMismatch(b));
      if (branch) {
        out.push(...plainIssues(branch, data, path));
        continue;
      }
      const expected = [
        ...new Set(i.errors.flatMap((b) => b.map((x) => EXPECTED[String(x.expected)] ?? String(x.expected)))),
      ];
      const finite = typeof value === "number" && !Number.isFinite(value);
      out.push({
        path,
        message: finite
          ? typeMessage({ ...i, expected: "number" }, value)
          : `invalid value ${showValue(value)} (expected ${expected.join(" or ")})`,
        unknownKey: false,
      });
      continue;
    }
    const message =
      i.code === "invalid_type" && GENERIC.test(i.message)
        ? typeMessage(i, value)
        : GENERIC.test(i.message)
          ? `invalid value ${showValue(value)}${i.message.replace(GENERIC, "").replace(/^\s*/, ": ").replace(/^: $/, "")}`
          : i.message;
    out.push({ path, message, unknownKey: i.code === "unrecognized_keys" });
  }
  return out;
}
