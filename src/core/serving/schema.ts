import { z } from "zod";
import { id } from "../kernel/ids.js";
import { activeWithinTotal, FIELDS, quantity } from "../kernel/quantity.js";
import { PRECISIONS } from "./throughput.js";

/** A local clock time "07:00" as hours after midnight (7); "24:00" is the end of the day. */
const clockTime = z.string().transform((text, ctx) => {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  const hours = m ? Number(m[1]) + Number(m[2]) / 60 : Number.NaN;
  if (!(hours >= 0 && hours <= 24)) {
    ctx.addIssue({
      code: "custom",
      message: `invalid time: '${text}' (expected a time of day from 00:00 to 24:00, such as 07:00)`,
      input: text,
    });
    return z.NEVER;
  }
  return hours;
});

/** Serving a language model to users: chat over the day, scheduled briefings, tiers. */
export const servingSchema = z
  .strictObject({
    name: z.string().min(1),
    kind: z.literal("serving"),
    sites: z.array(id).min(1).optional().describe("sites that serve (default: every site)"),
    model: z.strictObject({
      parameters: quantity(FIELDS.parameters),
      activeParameters: quantity(FIELDS.parameters)
        .optional()
        .describe("per token, for mixture-of-experts models"),
      kvBytesPerToken: quantity(FIELDS.kvBytes)
        .optional()
        .describe("KV cache per token of context, bytes (default: Llama 3.1 70B's)"),
      attentionFlopsPerContextToken: z
        .number()
        .min(0)
        .max(1e12)
        .optional()
        .describe("attention FLOPs per generated token per context token (default 0)"),
      precision: z.enum(PRECISIONS).optional().describe("weights and arithmetic: bf16 (default), fp8 or fp4"),
    }),
    efficiency: z
      .strictObject({
        prefillMfu: quantity(FIELDS.positiveFraction)
          .optional()
          .describe("share of peak compute reached in prefill, saturated (default: data/serving.yaml)"),
        decodeMfu: quantity(FIELDS.positiveFraction)
          .optional()
          .describe("share of peak compute reached in compute-bound decode (default: data/serving.yaml)"),
        decodeMbu: quantity(FIELDS.positiveFraction)
          .optional()
          .describe("share of HBM bandwidth reached in memory-bound decode (default: data/serving.yaml)"),
        fleetLoad: quantity(FIELDS.positiveFraction)
          .optional()
          .describe(
            "share of its saturated throughput a deployed replica delivers on average (1 for a max-throughput benchmark; default: data/serving.yaml)",
          ),
        expertEfficiency: quantity(FIELDS.positiveFraction)
          .optional()
          .describe(
            "share of the other efficiencies a mixture of experts reaches (default: data/serving.yaml)",
          ),
      })
      .optional()
      .describe("serving efficiencies of this deployment, instead of data/serving.yaml's"),
    users: quantity(FIELDS.users),
    perUser: z
      .strictObject({
        requestsPerDay: quantity(FIELDS.requests).optional(),
        inputTokens: quantity(FIELDS.requestTokens).optional(),
        outputTokens: quantity(FIELDS.requestTokens).optional(),
      })
      .optional()
      .describe("each user's daily use (default: data/serving.yaml's chat figures)"),
    cacheHitRate: quantity(FIELDS.cacheHitRate)
      .optional()
      .describe("share of input tokens served from a prompt cache"),
    contextTokens: quantity(FIELDS.requestTokens)
      .optional()
      .describe("context held while generating (default: input + half the output)"),
    tokensPerSecondPerUser: z
      .number()
      .positive()
      .max(10_000)
      .optional()
      .describe("output speed each user sees (default: data/serving.yaml)"),
    peakToMean: z
      .number()
      .min(1)
      .max(100)
      .optional()
      .describe("peak load over the day's mean (default: data/serving.yaml)"),
    acceleratorsPerReplica: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe("accelerators holding one copy of the model"),
    acceleratorHourPrice: quantity(FIELDS.price)
      .optional()
      .describe("price of an accelerator-hour, instead of the site's cost"),
    operator: id
      .optional()
      .describe(
        "organisation whose announced sites should carry the workload (gives the date they allow it)",
      ),
    regions: z
      .array(
        z.strictObject({
          name: z.string().optional(),
          utcOffset: z
            .number()
            .min(-12)
            .max(14)
            .describe("hours from UTC, e.g. -5 for New York in winter, 5.5 for India"),
          share: quantity(FIELDS.fraction).describe("share of the users in the region"),
        }),
      )
      .min(1)
      .optional()
      .refine((r) => r === undefined || Math.abs(r.reduce((s, x) => s + x.share, 0) - 1) < 1e-6, {
        message: "the regions' shares must add up to 100%",
      })
      .describe("where the users are, for the day's load curve (default: one region at UTC)"),
    peakHour: z.number().min(0).max(23.99).optional().describe("local hour of peak chat use (default 14)"),
    briefings: z
      .strictObject({
        perUserPerDay: z
          .number()
          .positive()
          .max(100)
          .optional()
          .describe("briefings per user per day (default: data/serving.yaml)"),
        calls: z
          .number()
          .int()
          .min(1)
          .max(10_000)
          .optional()
          .describe("model calls in one briefing (an agent run; default 1)"),
        inputTokens: quantity(FIELDS.requestTokens).describe("input tokens per call (prompt, tool results)"),
        outputTokens: quantity(FIELDS.requestTokens).describe("output tokens per call"),
        cacheHitRate: quantity(FIELDS.cacheHitRate)
          .optional()
          .describe(
            "share of each call's input read from a prompt cache (calls of one run share a prefix; default 0)",
          ),
        window: z
          .strictObject({ start: clockTime, deadline: clockTime })
          .optional()
          .describe("local times between which briefings are generated (default 00:00 to 07:00)"),
        tiers: z
          .array(z.string().min(1))
          .min(1)
          .optional()
          .describe(
            "names of the tiers whose users get briefings, as Pulse for Pro only (default: every user)",
          ),
      })
      .optional()
      .describe("scheduled briefings generated for every user before a local deadline, like ChatGPT Pulse"),
    batch: z
      .strictObject({
        requestsPerDay: quantity(FIELDS.batchRequests).describe("requests of the batch jobs per day"),
        inputTokens: quantity(FIELDS.requestTokens),
        outputTokens: quantity(FIELDS.requestTokens),
        window: z
          .strictObject({ start: clockTime, deadline: clockTime })
          .optional()
          .describe("UTC times between which the batch runs (default the whole day)"),
      })
      .optional()
      .describe("batch jobs with a deadline (offline evaluation, data generation), run in the troughs"),
    tiers: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          pricePerMonth: quantity(FIELDS.subscription).describe(
            "what a user of the tier pays a month ($0 for a free tier)",
          ),
          share: quantity(FIELDS.fraction).describe("share of the users in the tier"),
          usage: z.number().positive().max(1000).optional().describe("use relative to perUser (default 1)"),
        }),
      )
      .min(1)
      .optional()
      .refine((t) => t === undefined || Math.abs(t.reduce((s, x) => s + x.share, 0) - 1) < 1e-6, {
        message: "the tiers' shares must add up to 100%",
      })
      .describe("subscription tiers: cost per user-month against the price"),
  })
  .superRefine((w, ctx) => activeWithinTotal(w.model, ctx, ["model"]))
  .describe("a model served to users");
export type ServingInput = z.infer<typeof servingSchema>;
