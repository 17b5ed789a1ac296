/**
 * Training compute of a transformer: about 6 FLOP per active parameter per token (2 forward, 4 backward),
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models", §2.1. For a mixture-of-experts model only the
 * parameters active for a token count.
 */
export function trainingFlop(
  activeParameters: number,
  tokens: number,
  flopsPerParameterToken: number,
): number {
  return flopsPerParameterToken * activeParameters * tokens;
}
