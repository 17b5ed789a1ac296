import { z } from "zod";
import { describeSpec, type FieldSpec, KINDS, readField } from "../units/index.js";

/**
 * A quantity field of a scenario: a string with a unit ("5 GW") or a bare number in the base unit, parsed and
 * range-checked on validation. The JSON Schema shows it as string-or-number with the accepted forms.
 */
export function quantity(spec: FieldSpec) {
  return z
    .union([z.string(), z.number()])
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
  positiveFraction: { kind: "fraction", min: 0, exclusiveMin: true, max: 1 },
  carbonIntensity: { kind: "carbonIntensity", min: 0, max: 2000 },
  waterIntensity: { kind: "waterIntensity", min: 0, max: 100 },
  electricityPrice: { kind: "electricityPrice", min: 0, max: 10_000 },
  price: { kind: "money", min: 0, exclusiveMin: true, max: 1e9 },
  parameters: { kind: "count", min: 1e3, max: 1e15 },
  tokens: { kind: "count", min: 1e3, max: 1e16 },
  flop: { kind: "flop", min: 1, max: 1e32 },
  duration: { kind: "duration", min: 0, exclusiveMin: true, max: 100 * 365 * 86400 },
  acceleratorHours: { kind: "count", min: 0, exclusiveMin: true, max: 1e12 },
  acceleratorPower: { kind: "power", min: 1, max: 100_000 },
  bandwidth: { kind: "bandwidth", min: 0, exclusiveMin: true, max: 1e18 },
  latency: { kind: "duration", min: 0, max: 10 },
  kvBytes: { kind: "count", min: 1, max: 1e9 },
  subscription: { kind: "money", min: 0, max: 1e6 },
  batchRequests: { kind: "count", min: 1, max: 1e13 },
  users: { kind: "count", min: 1, max: 1e11, integer: true },
  requests: { kind: "count", min: 0, exclusiveMin: true, max: 1e6 },
  requestTokens: { kind: "count", min: 1, max: 1e8 },
  cacheHitRate: { kind: "fraction", min: 0, max: 0.99 },
  checkpointTime: { kind: "duration", min: 0, exclusiveMin: true, max: 30 * 86400 },
} as const satisfies Record<string, FieldSpec>;
