/**
 * Multi-site programmes, which the catalog does not hold yet (LABELS-v2.md: kebab-case ids): a figure about one is
 * about all its sites, not one campus. Names are matched before the catalog's projects, so "Stargate" alone is the
 * programme while "Stargate Abilene" stays the project.
 */
export const PROGRAMMES: Readonly<Record<string, readonly string[]>> = {
  "stargate-uae": ["Stargate UAE", "Stargate EAU", "Stargate Émirats", "UAE Stargate", "Stargate Abu Dhabi"],
  "stargate-norway": ["Stargate Norway", "Stargate Norvège"],
  "stargate-uk": ["Stargate UK", "Stargate Royaume-Uni"],
  "stargate-india": ["Stargate India", "Stargate Inde"],
  stargate: ["Stargate", "projet Stargate", "Stargate project"],
  "eu-ai-gigafactories": [
    "AI gigafactories",
    "AI gigafactory",
    "gigafactories",
    "gigafactory",
    "gigausines",
    "gigausine",
    "InvestAI",
  ],
  "eu-ai-factories": ["AI factories", "usines d'IA", "usines d’IA", "usines d'intelligence artificielle"],
  "mistral-compute": ["Mistral Compute"],
};
