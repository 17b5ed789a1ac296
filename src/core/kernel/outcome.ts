import type { Issue } from "./issues.js";

/** What a step gives: its value, or the issues that kept it from one. One shape for every step of the core. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (
  ...issues: readonly Issue[]
): { readonly ok: false; readonly issues: readonly Issue[] } => ({
  ok: false,
  issues,
});
