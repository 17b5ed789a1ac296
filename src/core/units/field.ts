import { type Issue, type IssueCode, issue } from "../kernel/issues.js";
import { formatQuantity } from "./format.js";
import { KINDS, type QuantityKind } from "./kinds.js";
import { kindName, parseQuantity } from "./parse.js";

/** What a numeric input field accepts: its kind and its range in the kind's base unit. */
export interface FieldSpec {
  readonly kind: QuantityKind;
  /** Smallest accepted value; `exclusiveMin` makes it a strict bound (power must be > 0). */
  readonly min?: number;
  readonly exclusiveMin?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
}

export type FieldOutcome =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly issue: Issue };

/** Reads one field: parses its quantity and checks its range; the issue names the field, the value and what is accepted. */
export function readField(path: readonly (string | number)[], spec: FieldSpec, input: unknown): FieldOutcome {
  const shown = showInput(input);
  const fail = (code: IssueCode, reason: string): FieldOutcome => ({
    ok: false,
    issue: issue(
      code,
      path,
      `invalid ${kindName(spec.kind)}: ${shown} ${reason} (expected ${describeSpec(spec)})`,
    ),
  });
  if (typeof input !== "string" && typeof input !== "number")
    return fail("invalid_type", "is not a number or a quantity");
  const parsed = parseQuantity(spec.kind, input);
  if (!parsed.ok) return fail("invalid_quantity", parsed.reason);
  const value = parsed.value;
  if (spec.min !== undefined && (spec.exclusiveMin ? value <= spec.min : value < spec.min)) {
    return fail(
      "out_of_range",
      spec.exclusiveMin ? `is not above ${show(spec, spec.min)}` : `is below ${show(spec, spec.min)}`,
    );
  }
  if (spec.max !== undefined && value > spec.max)
    return fail("out_of_range", `is above ${show(spec, spec.max)}`);
  if (spec.integer && !Number.isInteger(value)) return fail("not_integer", "is not a whole number");
  return { ok: true, value };
}

/** The value as the message shows it: text quoted and cut short, structures named, NaN as YAML writes it. */
function showInput(input: unknown): string {
  if (typeof input === "string") return `'${input.length > 60 ? `${input.slice(0, 57)}...` : input}'`;
  if (typeof input === "number") return Number.isNaN(input) ? ".nan" : String(input);
  if (input === null || input === undefined) return "an empty value";
  if (Array.isArray(input)) return "a list";
  if (input instanceof Uint8Array) return "binary data";
  if (typeof input === "object") return "a mapping";
  return String(input);
}

function show(spec: FieldSpec, value: number): string {
  return formatQuantity(spec.kind, value);
}

/** "a power such as 5 GW, above 0 W and at most 1.00 TW". */
export function describeSpec(spec: FieldSpec): string {
  const parts = [`a ${kindName(spec.kind)} such as ${KINDS[spec.kind].example}`];
  if (spec.min !== undefined)
    parts.push(`${spec.exclusiveMin ? "above" : "at least"} ${show(spec, spec.min)}`);
  if (spec.max !== undefined) parts.push(`at most ${show(spec, spec.max)}`);
  if (spec.integer) parts.push("a whole number");
  return parts.join(", ");
}
