import { z } from "zod";
import { amount, figure, rangesSchema } from "../kernel/result-fields.js";

/**
 * A site's result as the JSON gives it: the keys PRODUCT.md binds, typed and described; further figures (capex
 * parts, on-site generation, checks) are allowed and listed in the README, so the schema pins the contract without
 * freezing every detail.
 */
export const siteResultSchema = z
  .looseObject({
    accelerator: z.string().describe("catalog id of the accelerator (the largest part of a mixed fleet)"),
    accelerators: amount("accelerator count"),
    facilityPowerMW: amount("facility (nameplate) power, MW"),
    itPowerMW: amount("IT power, MW"),
    peakPFLOPS: amount("dense BF16 peak, petaFLOP/s"),
    capexUSD: amount("building and equipment cost, US dollars"),
    opexUSDPerYear: amount("yearly running cost, US dollars"),
    energyMWh: amount("energy per year, MWh"),
    co2eTonnes: amount("carbon per year, tonnes CO2e (location-based)"),
    waterLitres: amount("water per year, litres (on-site and off-site)"),
    wueLPerKWh: amount(
      "water-use effectiveness: on-site water consumed per kWh of IT energy, litres (The Green Grid's WUE)",
    ),
    checks: z.array(z.looseObject({ claim: z.string(), assessment: z.string(), reasoning: z.string() })),
    ranges: rangesSchema.optional(),
  })
  .describe("one site, sized");

/** The scenario's totals over its sites. */
export const totalsSchema = z
  .looseObject({
    accelerators: amount("accelerator count over all sites"),
    facilityPowerMW: amount("facility power over all sites, MW"),
    capexUSD: amount("building and equipment cost over all sites, US dollars"),
    energyMWh: amount("energy per year over all sites, MWh"),
    co2eTonnes: figure("carbon per year over all sites, tonnes CO2e"),
    waterLitres: amount("water per year over all sites, litres"),
    ranges: rangesSchema.optional(),
  })
  .describe("totals over the sites");
