import { z } from "zod";
import { describeSpec, type FieldSpec, formatQuantity, KINDS, readField } from "../units/index.js";

/**
 * A quantity field of a scenario: a string with a unit ("5 GW") or a bare number in the base unit, parsed and
 * range-checked on validation. The JSON Schema shows it as string-or-number with the accepted forms.
 */
export function quantity(spec: FieldSpec) {
  // The union's own message is the field's (NaN, Infinity, a list, binary data), never zod's bare "Invalid input".
  const fieldMessage = (iss: { input?: unknown }) => {
    if (iss.input === undefined) return `is missing (expected ${describeSpec(spec)})`;
    const read = readField([], spec, iss.input);
    return read.ok ? undefined : read.issue.message;
  };
  return z
    .union([z.string(), z.number()], { error: fieldMessage })
    .transform((input, ctx) => {
      const read = readField([], spec, input);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: read.issue.message, input });
      return z.NEVER;
    })
    .meta({ description: `${describeSpec(spec)}; ${bareNumberNote(spec)}` });
}

function bareNumberNote(spec: FieldSpec): string {
  const kind = KINDS[spec.kind];
  if (!kind.bareNumber) return "a unit is required";
  return spec.kind === "count" || spec.kind === "fraction"
    ? "a bare number is a plain count or ratio"
    : `a bare number is in ${kind.base}`;
}

/** Limits shared by the CLI flags and the scenario file, so both give the same message. */
export const FIELDS = {
  power: { kind: "power", min: 0, exclusiveMin: true, max: 1e12 },
  accelerators: { kind: "count", min: 1, max: 1e9, integer: true },
  budget: { kind: "money", min: 0, exclusiveMin: true, max: 1e14 },
  pue: { kind: "fraction", min: 1, max: 3 },
  fraction: { kind: "fraction", min: 0, max: 1 },
  // Efficiencies below 0.1% are typing mistakes, and denormal ones make durations overflow to Infinity.
  positiveFraction: { kind: "fraction", min: 0.001, max: 1 },
  carbonIntensity: { kind: "carbonIntensity", min: 0, max: 2000 },
  waterIntensity: { kind: "waterIntensity", min: 0, max: 100 },
  electricityPrice: { kind: "electricityPrice", min: 0, max: 10_000 },
  price: { kind: "money", min: 0.01, max: 1e9 },
  parameters: { kind: "count", min: 1e3, max: 1e15 },
  tokens: { kind: "count", min: 1e3, max: 1e16 },
  flop: { kind: "flop", min: 1, max: 1e32 },
  duration: { kind: "duration", min: 1, max: 100 * 365 * 86400 },
  acceleratorHours: { kind: "count", min: 1, max: 1e12 },
  acceleratorPower: { kind: "power", min: 1, max: 100_000 },
  // 1 Mbit/s: below it a link or a checkpoint write takes years (volunteer training saw 0.5 Gbit/s).
  bandwidth: { kind: "bandwidth", min: 1e6, max: 1e18 },
  latency: { kind: "duration", min: 0, max: 10 },
  kvBytes: { kind: "count", min: 1, max: 1e9 },
  subscription: { kind: "money", min: 0, max: 1e6 },
  batchRequests: { kind: "count", min: 1, max: 1e13 },
  users: { kind: "count", min: 1, max: 1e11, integer: true },
  requests: { kind: "count", min: 0.001, max: 1e6 },
  requestTokens: { kind: "count", min: 1, max: 1e8 },
  cacheHitRate: { kind: "fraction", min: 0, max: 0.99 },
  checkpointTime: { kind: "duration", min: 0.001, max: 30 * 86400 },
} as const satisfies Record<string, FieldSpec>;

/** A model's active parameters (per token) cannot exceed its total: `.superRefine(activeWithinTotal)` on a model block. */
export function activeWithinTotal(
  model: { readonly parameters?: number | undefined; readonly activeParameters?: number | undefined },
  ctx: { addIssue(issue: { code: "custom"; message: string; path: string[]; input: unknown }): void },
  at: readonly string[] = [],
): void {
  const { parameters, activeParameters } = model;
  if (parameters === undefined || activeParameters === undefined || activeParameters <= parameters) return;
  ctx.addIssue({
    code: "custom",
    path: [...at, "activeParameters"],
    input: activeParameters,
    message: `invalid count: activeParameters ${formatQuantity("count", activeParameters)} is above parameters ${formatQuantity("count", parameters)} (the parameters used per token are part of the model's total)`,
  });
}
