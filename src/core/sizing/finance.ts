/**
 * Capital recovery factor: the yearly payment that repays one dollar over `years` at interest `rate`
 * (standard annuity formula, e.g. NREL's "Simple Levelized Cost of Energy" method).
 */
export function capitalRecoveryFactor(rate: number, years: number): number {
  if (rate === 0) return 1 / years;
  const growth = (1 + rate) ** years;
  return (rate * growth) / (growth - 1);
}
