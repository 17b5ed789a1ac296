import type { MessageId, Reason } from "./message.js";

type Template = (p: (name: string) => string) => string;

/** French texts of the messages; `p(name)` is a parameter already formatted. */
export const FR: Readonly<Record<MessageId, Template>> = {
  "explain.power": (p) =>
    `${p("power")} de puissance fait tourner environ ${p("accelerators")} accélérateurs ${p("accelerator")} (PUE ${p("pue")}), ${p("compute")} de calcul BF16 ; cela consomme ${p("energy")} par an, ${p("co2")} de CO2e sur le réseau ${p("grid")}, et coûte environ ${p("capex")} à construire et équiper`,
  "explain.money": (p) =>
    `${p("money")} achète environ ${p("accelerators")} accélérateurs ${p("accelerator")} avec leur part de réseau et de bâtiment, soit ${p("power")} de puissance (coût modélisé de ${p("capexPerMW")} par MW)`,
  "explain.money.foreign": (p) =>
    `${p("money")} : les montants en ${p("currency")} ne sont pas convertis (pas de taux de change dans le catalogue)`,
  "explain.money.converted": (p) =>
    `${p("money")} font environ ${p("usd")} au taux moyen de ${p("rateYear")} ; cela achète environ ${p("accelerators")} accélérateurs ${p("accelerator")} avec leur part de réseau et de bâtiment, soit ${p("power")} de puissance (coût modélisé de ${p("capexPerMW")} par MW)`,
  "explain.money.small": (p) =>
    `${p("money")} : trop petit pour un montant d'infrastructure (un prix ou un abonnement)`,
  "explain.accelerators": (p) =>
    `${p("count")} accélérateurs ${p("accelerator")} consomment environ ${p("power")} et coûtent environ ${p("capex")} avec leur bâtiment`,
  "explain.comparison": (p) => `${p("count")} × ${p("name")} à ${p("each")} chacun font ${p("total")}`,
  "explain.count": (p) => `${p("count")} ${p("noun")}`,
  "explain.quantity": (p) =>
    `${p("quantity")}${p("per") ? ` par ${p("per")}` : ""}${p("substance") ? ` de ${p("substance")}` : ""}`,
  "explain.out-of-range": (p) =>
    `${p("quantity")} : hors du domaine des modèles de dimensionnement (trop petit pour un accélérateur, ou invraisemblable)`,
  "explain.deal": (p) =>
    `le catalogue la connaît : ${p("deal")} (${p("parties")}, ${p("kind")}, annoncé le ${p("announced")}) : ${p("purpose")}`,
  "check.budget": (p) =>
    `${p("claimed")} face aux ${p("modelled")} que le modèle chiffre pour ${p("power")} de ${p("accelerator")} (intervalle à 80 % : ${p("low")} à ${p("high")} ; le bâtiment seul ${p("building")})`,
  "check.budget-scope": (p) =>
    `${p("claimed")} paient environ ${p("allIn")} tout compris, ou les bâtiments et la centrale d'environ ${p("buildings")} : pas les ${p("power")} annoncés avec, que le modèle chiffre de ${p("low")} à ${p("high")} ; un écart de périmètre, pas de coût`,
  "check.chips": (p) =>
    `${p("claimed")} de puces face aux ${p("modelled")} que le modèle chiffre pour les accélérateurs et le réseau de ${p("power")} de ${p("accelerator")} (intervalle à 80 % : ${p("low")} à ${p("high")} ; tout compris, avec les bâtiments, ${p("capex")})`,
  "check.accelerators": (p) =>
    `${p("claimed")} ${p("accelerator")} face aux ${p("modelled")} qu'alimentent ${p("power")} (intervalle à 80 % : ${p("low")} à ${p("high")})`,
  "check.accelerators-any": (p) =>
    `${p("claimed")} accélérateurs sans modèle nommé face aux ${p("low")} à ${p("high")} qu'alimentent ${p("power")} avec n'importe quelle génération alors en service (${p("generations")} ; ${p("modelled")} de ${p("accelerator")})`,
  "check.equivalence": (p) =>
    `${p("power")} font ${p("ratio")} de ${p("count")} × ${p("name")} (${p("equivalent")}) ; et un réacteur produit sa puissance jour et nuit, un datacenter l'appelle en pointe`,
  "check.sum": (p) => `${p("parts")} = ${p("sum")}, pour un total annoncé de ${p("total")}`,
  "check.parts-over": (p) => `${p("parts")} = ${p("sum")}, soit plus de ${p("total")} comme annoncé`,
  "check.phase": (p) =>
    `${p("phase")} est une partie des ${p("total")} annoncés pour l'ensemble de ${p("project")}`,
  "note.not-readable": () =>
    "le texte n'est ni en anglais ni en français, les deux langues que lit gigawatt : aucun chiffre n'a été cherché",
  "note.empty": () => "le texte est vide",
  "note.no-figures": () =>
    "aucun chiffre avec une unité (argent, puissance, accélérateurs ...) n'a été trouvé",
};

export const FR_VERDICTS = {
  consistent: "cohérent",
  "plausible-low": "plausible mais bas",
  "plausible-high": "plausible mais élevé",
  inconsistent: "incohérent",
  "needs-context": "à remettre en contexte",
  "scope-mismatch": "un écart de périmètre",
} as const;

export const FR_REASONS: Readonly<Record<Reason, string>> = {
  "one-phase": "sans doute une seule phase du site",
  "building-only": "sans doute le bâtiment et l'alimentation seuls",
  "chips-only": "sans doute les puces et le réseau seuls, sans le bâtiment",
  "lean-build": "sans doute une construction économe, ou sans une partie du site (terrain, raccordement)",
  "programme-not-site": "sans doute un programme de plusieurs sites, pas un site",
  "fleet-not-site": "sans doute tout un parc ou plusieurs sites, pas ce site",
  headroom: "sans doute une partie de la puissance pas encore équipée, ou gardée en réserve",
  "it-power":
    "sans doute la puissance informatique plutôt que celle du site, ou des puces pas encore installées",
  "different-generation": "sans doute des puces d'une autre génération que celle retenue",
  "older-generation":
    "la puissance par puce correspond à une génération plus ancienne et moins gourmande (type H100) que la plus récente",
  financing: "sans doute un financement d'une partie du site, pas son coût total",
  "includes-more": "sans doute plus que le site (centrales, plusieurs années ou un programme)",
};
