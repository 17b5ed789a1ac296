import { readsPlain, type Twin, twin } from "./scan.js";

/** What a figure covers (LABELS-v2.md): one phase, a site, a programme, a company, a country, a sector, a unit. */
export type Scope = "phase" | "site" | "programme" | "company" | "national" | "sector" | "unit";

// Cues read in the figure's clause, most specific first. Windows are bounded, so reading them stays linear.
const CUE_PATTERNS: readonly (readonly [Scope, RegExp])[] = [
  [
    "unit",
    /\b(?:(?:per|par|a|an|each|every|chaque|le|du)\s+(?:gigawatt|GW|megawatt|mégawatt|MW|kW|rack|baie|chip|puce|GPU|accelerator|accélérateur|server|serveur)s?\b|threshold|seuil|hypothetical|hypothétique)/iu,
  ],
  [
    "phase",
    /\b(?:first|second|initial|phase|stage|building|hall|tranche|première|premier|deuxième|bâtiment|étape)\b/iu,
  ],
  [
    "national",
    /\b(?:national|nation|country|countries|pays|gouvernement|government|state\s+plan|plan\s+national|l['’]État|the\s+state|France|Europe|UE|EU|Union)\b/u,
  ],
  [
    "sector",
    /\b(?:industry|sector|market|combined|together|collectively|hyperscalers|big\s+tech|secteur|marché|géants|ensemble\s+des|à\s+eux\s+(?:quatre|cinq|trois))\b/iu,
  ],
  [
    "company",
    /\b(?:capex|capital\s+(?:expenditure|spending)s?|fiscal|backlog|order\s+book|revenue|funding|round|valuation|bonds?|debt|notes|loan|contracts?|deal|agreement|investissements?\s+annuels?|chiffre\s+d['’]affaires|carnet|dette|obligations|emprunt|contrat|levée|valorisation|fleet|parc)\b/iu,
  ],
  [
    "site",
    /\b(?:campus|site|data\s*cent(?:er|re)s?|datacenters?|facility|plant|cluster|supercomputer|centre\s+de\s+données|centrale|usine|installation)\b/iu,
  ],
];

// Each cue with its twin without the `u` flag (scan.ts): a clause is read for every figure of a text.
const CUES: readonly (readonly [Scope, Twin])[] = CUE_PATTERNS.map(([scope, re]) => [scope, twin(re)]);

/**
 * The scope of a figure from the words of its clause: a programme when one is named, a site when a catalog project
 * is, else the first cue found. `clause` is the text around the figure within its sentence.
 */
export function scopeOf(
  clause: string,
  named: { readonly project?: string; readonly programme?: string },
): Scope | undefined {
  const plain = readsPlain(clause);
  for (const [scope, re] of CUES) {
    if (scope === "national" && named.project) continue;
    if (scope === "site" && named.programme) return "programme";
    if ((plain ? re.plain : re.exact).test(clause)) return scope;
  }
  if (named.programme) return "programme";
  if (named.project) return "site";
  return undefined;
}
