import { type Issue, issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import type { ServingInput } from "./schema.js";

/**
 * Share of a serving workload's users who get the scheduled briefings: every user, or the users of the tiers named
 * in `briefings.tiers` (Pulse was first given to the $200 Pro tier only).
 */
export function briefingAudience(w: ServingInput, path: readonly (string | number)[]): Outcome<number> {
  const names = w.briefings?.tiers;
  if (names === undefined) return { ok: true, value: 1 };
  const tiers = w.tiers ?? [];
  const issues: Issue[] = [];
  let share = 0;
  names.forEach((name, i) => {
    const tier = tiers.find((t) => t.name === name);
    if (tier) share += tier.share;
    else
      issues.push(
        issue(
          "unknown_tier",
          [...path, "briefings", "tiers", i],
          tiers.length === 0
            ? `briefings are limited to tier '${name}', but the workload has no tiers: add them under 'tiers'`
            : `unknown tier '${name}' (the workload's tiers: ${tiers.map((t) => t.name).join(", ")})`,
        ),
      );
  });
  if (new Set(names).size !== names.length)
    issues.push(issue("duplicate_tier", [...path, "briefings", "tiers"], "a tier is named twice"));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: share };
}
