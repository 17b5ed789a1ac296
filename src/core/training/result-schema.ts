import { z } from "zod";
import { amount, rangesSchema } from "../kernel/result-fields.js";

/** A training workload's result as the JSON gives it: the keys PRODUCT.md binds; further figures are allowed. */
export const trainingResultSchema = z
  .looseObject({
    kind: z.literal("training"),
    trainingFLOP: amount("training compute, FLOP"),
    accelerators: amount("accelerators the run uses"),
    idealDays: amount("steady-throughput time, days (no failure)"),
    days: amount("wall-clock time with failures and restarts, days"),
    acceleratorHours: amount("accelerator-hours, wall-clock"),
    mfu: amount("model FLOPs utilisation, 0-1"),
    goodput: amount("share of wall-clock time making progress, 0-1"),
    interruptions: amount("expected interruptions over the run"),
    energyMWh: amount("energy of the run, MWh"),
    co2eTonnes: amount("carbon of the run, tonnes CO2e"),
    waterLitres: amount("water of the run, litres"),
    ranges: rangesSchema.optional(),
  })
  .describe("a training run");
