import type { MessageId, Reason } from "./message.js";

type Template = (p: (name: string) => string) => string;

/** English texts of the messages; `p(name)` is a parameter already formatted. */
export const EN: Readonly<Record<MessageId, Template>> = {
  "explain.power": (p) =>
    `${p("power")} of facility power runs about ${p("accelerators")} ${p("accelerator")} accelerators (PUE ${p("pue")}), ${p("compute")} of BF16 compute; it uses ${p("energy")} a year, ${p("co2")} CO2e on the ${p("grid")} grid, and costs about ${p("capex")} to build and equip`,
  "explain.money": (p) =>
    `${p("money")} buys about ${p("accelerators")} ${p("accelerator")} accelerators with their share of network and building, ${p("power")} of facility power (the model's capex of ${p("capexPerMW")} per MW)`,
  "explain.money.foreign": (p) =>
    `${p("money")}: amounts in ${p("currency")} are not converted (no exchange rate in the catalog)`,
  "explain.money.converted": (p) =>
    `${p("money")} is about ${p("usd")} at the ${p("rateYear")} average rate; it buys about ${p("accelerators")} ${p("accelerator")} accelerators with their share of network and building, ${p("power")} of facility power (the model's capex of ${p("capexPerMW")} per MW)`,
  "explain.money.small": (p) =>
    `${p("money")}: too small to be an infrastructure amount (a price or a subscription)`,
  "explain.accelerators": (p) =>
    `${p("count")} ${p("accelerator")} accelerators draw about ${p("power")} of facility power and cost about ${p("capex")} with their building`,
  "explain.comparison": (p) => `${p("count")} × ${p("name")} at ${p("each")} each is ${p("total")}`,
  "explain.count": (p) => `${p("count")} ${p("noun")}`,
  "explain.quantity": (p) =>
    `${p("quantity")}${p("per") ? ` per ${p("per")}` : ""}${p("substance") ? ` of ${p("substance")}` : ""}`,
  "explain.out-of-range": (p) =>
    `${p("quantity")}: outside the range the sizing models accept (too small for one accelerator, or implausibly large)`,
  "explain.deal": (p) =>
    `the catalog has it: ${p("deal")} (${p("parties")}, ${p("kind")}, announced ${p("announced")}): ${p("purpose")}`,
  "check.budget": (p) =>
    `${p("claimed")} against the ${p("modelled")} the model prices for ${p("power")} of ${p("accelerator")} (80% range ${p("low")} to ${p("high")}; the building alone ${p("building")})`,
  "check.budget-scope": (p) =>
    `${p("claimed")} pays for about ${p("allIn")} all-in, or the buildings and power plant of about ${p("buildings")}: not the ${p("power")} stated with it, which the model prices at ${p("low")} to ${p("high")}; a mismatch of scope, not of cost`,
  "check.chips": (p) =>
    `${p("claimed")} of chips against the ${p("modelled")} the model prices for the accelerators and network of ${p("power")} of ${p("accelerator")} (80% range ${p("low")} to ${p("high")}; all-in, with the buildings, ${p("capex")})`,
  "check.accelerators": (p) =>
    `${p("claimed")} ${p("accelerator")} against the ${p("modelled")} that ${p("power")} powers (80% range ${p("low")} to ${p("high")})`,
  "check.accelerators-any": (p) =>
    `${p("claimed")} accelerators of no named chip against the ${p("low")} to ${p("high")} that ${p("power")} powers with any generation then in service (${p("generations")}; ${p("modelled")} of ${p("accelerator")})`,
  "check.equivalence": (p) =>
    `${p("power")} is ${p("ratio")} of ${p("count")} × ${p("name")} (${p("equivalent")}); and a reactor's rating is its output around the clock, a datacenter's is its peak draw`,
  "check.sum": (p) => `${p("parts")} = ${p("sum")}, against the ${p("total")} stated`,
  "check.parts-over": (p) => `${p("parts")} = ${p("sum")}, which is over ${p("total")} as stated`,
  "check.phase": (p) =>
    `${p("phase")} is a part of the ${p("total")} stated for the whole of ${p("project")}`,
  "note.not-readable": () =>
    "the text is in neither English nor French, the two languages gigawatt reads: no claims were looked for",
  "note.empty": () => "the text is empty",
  "note.no-figures": () => "no figure with a unit (money, power, accelerators ...) was found",
};

export const EN_VERDICTS = {
  consistent: "consistent",
  "plausible-low": "plausible but low",
  "plausible-high": "plausible but high",
  inconsistent: "inconsistent",
  "needs-context": "needs context",
  "scope-mismatch": "a mismatch of scope",
} as const;

export const EN_REASONS: Readonly<Record<Reason, string>> = {
  "one-phase": "probably one phase of the site",
  "building-only": "probably the building and power only",
  "chips-only": "probably the chips and network only, not the building",
  "lean-build": "probably a lean build, or it leaves out part of the site (land, grid connection)",
  "programme-not-site": "probably a programme of several sites, not one site",
  "fleet-not-site": "probably a whole fleet or several sites, not this site",
  headroom: "probably part of the power not yet equipped, or held as headroom",
  "it-power":
    "probably the power is the critical IT's rather than the facility's, or the count includes chips not yet installed",
  "different-generation": "probably a count of another generation of chip than the one sized",
  "older-generation":
    "the power per chip fits an older, less power-hungry generation (H100-class) rather than the newest one sized",
  financing: "probably a financing that pays for part of the site, not its whole cost",
  "includes-more": "probably includes more than the site (power plants, several years, or a programme)",
};
