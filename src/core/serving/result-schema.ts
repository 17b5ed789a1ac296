import { z } from "zod";
import { amount, rangesSchema } from "../kernel/result-fields.js";

/** A serving workload's result as the JSON gives it: the keys PRODUCT.md binds; further figures are allowed. */
export const servingResultSchema = z
  .looseObject({
    kind: z.literal("serving"),
    acceleratorsNeeded: amount("accelerators needed at the day's peak"),
    usersServable: amount("users the sites' accelerators could serve"),
    energyWhPerRequest: amount("energy per request, Wh (facility)"),
    costUSDPerUserMonth: amount("cost per user-month, US dollars"),
    energyMWh: amount("energy per year, MWh"),
    co2eTonnes: amount("carbon per year, tonnes CO2e"),
    waterLitres: amount("water per year, litres"),
    ranges: rangesSchema.optional(),
  })
  .describe("a served model");
