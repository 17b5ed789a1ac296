/**
 * The mark and the class of a check's verdict, shared by every page: a site check's five-valued assessment or a
 * headline check's verdict (consistent, plausible-low/high, scope-mismatch, inconsistent, needs-context).
 */
export function verdictMark(verdict: string): string {
  if (verdict === "consistent") return "✓";
  if (verdict === "inconsistent") return "✗";
  if (verdict === "scope-mismatch") return "≠";
  return "~";
}

/** What a site check says, in five values when the engine gives them (older results only have two). */
export const assessmentOf = (c: { readonly verdict: string; readonly assessment?: string }): string =>
  c.assessment ?? c.verdict;
