import { z } from "zod";
import { dateText, nonNegative, positive, sourcedDate } from "./sourced.js";

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase kebab-case id such as stargate");
const aliases = z.array(z.string().min(1)).default([]);

/** Emission factors of on-site gas turbines under one emission control (data/generation.yaml), per MWh generated. */
export const emissionControlSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  noxKgPerMWh: nonNegative(),
  coKgPerMWh: nonNegative(),
  pm25KgPerMWh: nonNegative(),
  formaldehydeKgPerMWh: nonNegative(),
  note: z.string().optional(),
});
export type EmissionControl = z.infer<typeof emissionControlSchema>;

/** An accelerator generation and when it ships in volume: a phase that names no chips gets the one current at its date. */
export const roadmapEntrySchema = z.strictObject({ accelerator: id, volumeFrom: sourcedDate });
export type RoadmapEntry = z.infer<typeof roadmapEntrySchema>;

/** A programme above its sites (Stargate, a national pledge): what was pledged, when, and which sites it holds. */
export const programmeSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  owner: id,
  partners: z.array(id).default([]),
  announced: sourcedDate,
  pledges: z
    .array(
      z.strictObject({
        what: z.string().min(1),
        date: dateText,
        amount: positive().optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .default("USD"),
        powerGW: positive().optional(),
      }),
    )
    .default([]),
  sites: z.array(id).default([]),
  recordDate: dateText,
  note: z.string().optional(),
});
export type Programme = z.infer<typeof programmeSchema>;

/** A currency and its yearly average rates to the US dollar (USD per unit). */
export const currencySchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as EUR"),
  name: z.string().min(1),
  aliases,
  rates: z.array(z.strictObject({ year: dateText, usdPerUnit: positive() })).min(1),
  note: z.string().optional(),
});
export type Currency = z.infer<typeof currencySchema>;
