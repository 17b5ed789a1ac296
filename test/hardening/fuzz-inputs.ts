// Mutations of the example scenarios and the seed articles, and the checks every outcome must pass: a rejection
// with the project's own issue codes, or a result whose every number is finite and in its physical range.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "yaml";
import { InputError, ISSUE_CODES } from "../../src/core/index.js";

const ROOT = new URL("../../", import.meta.url);

export const EXAMPLES: readonly { name: string; text: string; data: unknown }[] = readdirSync(
  new URL("examples/", ROOT),
)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => {
    const text = readFileSync(new URL(`examples/${f}`, ROOT), "utf8");
    return { name: f, text, data: parse(text) as unknown };
  });

export const SEEDS: readonly { name: string; text: string }[] = readdirSync(
  new URL("test/fixtures/seeds/", ROOT),
)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(`test/fixtures/seeds/${f}`, ROOT), "utf8") }));

/** Values that broke parsers and models elsewhere: non-finite, denormal, huge, JavaScript's own names, wrong case. */
const NASTY: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  5e-324,
  1e-300,
  1e308,
  -1,
  0,
  1,
  0.5,
  2 ** 53,
  "",
  " ",
  "0",
  "-0",
  "5 mW",
  "5 mw",
  "5 MW",
  "1e400 GW",
  "1 bit/s",
  "1e-300 bps",
  "5e-324",
  `${"9".repeat(305)} MW`,
  "1,3 GW",
  "$-1",
  "NaN",
  "Infinity",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "optimal",
  "diloco",
  "gb200",
  "h100",
  "100%",
  "1000%",
  "07:00",
  "25:99",
  null,
  true,
  [],
  {},
  ["__proto__"],
  { __proto__: null, constructor: 1 },
  "x".repeat(10_000),
];

type Path = (string | number)[];

/** Every path in a tree, the root included. */
function paths(data: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(data)) for (const [i, v] of data.entries()) out.push(...paths(v, [...at, i]));
  else if (data !== null && typeof data === "object")
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...at, k]));
  return out;
}

function clone(data: unknown): unknown {
  return data === undefined ? undefined : (JSON.parse(JSON.stringify(data)) as unknown);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node !== null && typeof node === "object" ? (node as Record<string | number, unknown>) : undefined;
}

/** A number scaled by a power of ten, or a quantity string with its number scaled or its unit's case flipped. */
function perturb(value: unknown, k: number): unknown {
  if (typeof value === "number") return value * 10 ** k;
  if (typeof value === "string") {
    const m = /^([$]?)(-?[\d.]+)(.*)$/.exec(value);
    if (m)
      return k % 3 === 0
        ? `${m[1]}${m[2]}${(m[3] ?? "").toLowerCase()}`
        : `${m[1]}${Number(m[2]) * 10 ** k}${m[3]}`;
    return `${value}${k}`;
  }
  return value;
}

export type Mutation =
  | { op: "set"; at: number; value: number }
  | { op: "perturb"; at: number; k: number }
  | { op: "delete"; at: number }
  | { op: "unknownKey"; at: number; key: string }
  | { op: "duplicate"; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: fc.nat(NASTY.length - 1) }),
  fc.record({ op: fc.constant("perturb" as const), at: fc.nat(), k: fc.integer({ min: -330, max: 330 }) }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("unknownKey" as const),
    at: fc.nat(),
    key: fc.constantFrom("__proto__", "constructor", "extra", "prototype"),
  }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
);

/** Applies mutations to a copy of the data; each picks its place by index among the tree's paths. */
export function mutate(data: unknown, mutations: readonly Mutation[]): unknown {
  let root = clone(data);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.at % all.length] as Path;
    const key = path.at(-1);
    const parent = parentOf(root, path);
    const current = path.length === 0 ? root : parent?.[key as string | number];
    const replace = (v: unknown) => {
      if (path.length === 0) root = v;
      else if (parent)
        Object.defineProperty(parent, key as string | number, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    };
    if (m.op === "set") replace(clone(NASTY[m.value]) ?? NASTY[m.value]);
    else if (m.op === "perturb") replace(perturb(current, m.k));
    else if (m.op === "delete" && parent && key !== undefined) {
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
      else delete parent[key];
    } else if (
      m.op === "unknownKey" &&
      current !== null &&
      typeof current === "object" &&
      !Array.isArray(current)
    )
      Object.defineProperty(current, m.key, {
        value: 1,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (m.op === "duplicate" && Array.isArray(parent) && typeof key === "number")
      parent.push(clone(current));
  }
  return root;
}

/** Article mutations: cut, repeat, insert a nasty figure, swap a digit run for a huge one. */
export const textMutationArb = fc.record({
  from: fc.nat(),
  length: fc.nat(400),
  insert: fc.oneof(
    fc.constantFrom(
      `${"9".repeat(305)} MW`,
      "1e400 GW",
      "5 mW",
      "$0",
      "0 GW",
      "NaN GW",
      "$1,".repeat(200),
      "\u0000",
      "\uFEFF",
      "\uD800",
      " 1.3 million GPUs ",
      " 5 GW ",
      " $500 billion ",
      "next year",
      "l'an dernier",
    ),
    fc.string({ maxLength: 40 }),
  ),
  repeat: fc.integer({ min: 1, max: 3 }),
});
export type TextMutation = typeof textMutationArb extends fc.Arbitrary<infer T> ? T : never;

export function mutateText(text: string, m: TextMutation): string {
  const from = m.from % (text.length + 1);
  const cut = text.slice(from, from + m.length);
  return `${text.slice(0, from)}${m.insert}${cut.repeat(m.repeat)}${text.slice(from + m.length)}`;
}

const NON_NEGATIVE =
  /(MW|MWh|Tonnes|Litres|FLOP|PFLOPS|Hours|accelerators|Accelerators|users|Users|days|Days|interruptions|Wh|USD|Bytes)$/;

/** Every number in a result: finite, and non-negative where its key names a physical amount; no null anywhere. */
export function badNumbers(value: unknown, path = "result"): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return [`${path} = ${value}`];
    const key = path.split(/[.[]/).at(-1) ?? "";
    if (NON_NEGATIVE.test(key) && !/margin|Margin|delta|Delta|change|error/.test(path) && value < 0)
      return [`${path} = ${value} (negative)`];
    return [];
  }
  if (value === null) return [`${path} = null`];
  if (Array.isArray(value)) return value.flatMap((v, i) => badNumbers(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== undefined)
    return Object.entries(value).flatMap(([k, v]) => badNumbers(v, `${path}.${k}`));
  return [];
}

/** A rejection is fine when it is the project's own, with known codes and a message naming the cause. */
export function badRejection(e: unknown): string | undefined {
  if (!(e instanceof InputError))
    return `not an InputError: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  for (const i of e.issues) {
    if (!Object.hasOwn(ISSUE_CODES, i.code)) return `unknown issue code ${i.code}`;
    if (i.message.trim() === "" || /^Invalid input$|NaN%|Maximum call stack/.test(i.message))
      return `unclear message: ${i.message}`;
  }
  return undefined;
}
