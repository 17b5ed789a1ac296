// The API's own request schemas (zod, so they are the OpenAPI document's too); the scenario is the core's schema.
import { z } from "zod";

const text = (max: number, description: string) => z.string().max(max).describe(description);

/** `/v1/size`: the CLI's `size` flags as query parameters. */
export const sizeQuery = z
  .strictObject({
    power: text(100, "facility power, e.g. 5GW or 1200MW")
      .meta({ examples: ["5GW"] })
      .optional(),
    accelerators: text(100, "accelerator count, e.g. 400k or 1.3M").optional(),
    budget: text(100, "capital budget, e.g. $10B").optional(),
    accelerator: text(100, "catalog accelerator id or alias, e.g. gb200")
      .meta({ examples: ["gb200"] })
      .optional(),
    site: text(100, "a catalog project, e.g. hyperion").optional(),
    phase: text(100, "a phase of the project (default: full build-out)").optional(),
    pue: text(100, "power usage effectiveness, e.g. 1.2").optional(),
    grid: text(100, "catalog grid id or alias, e.g. us-la-miso")
      .meta({ examples: ["us-la-miso"] })
      .optional(),
    cooling: text(100, "catalog cooling id, e.g. closed-loop-liquid").optional(),
    utilisation: text(100, "average IT load over provisioned capacity, e.g. 0.8").optional(),
    renewableShare: text(100, "share of energy under clean-power contracts").optional(),
  })
  .describe("one site from flags, as `gigawatt size`");

const trials = z
  .union([z.number(), z.string().max(20)])
  .describe("also simulate each training run this many times (Monte-Carlo), bounded per request")
  .optional();
const seed = z
  .union([z.number(), z.string().max(20)])
  .describe("seed of the simulation (default 1)")
  .optional();
const day = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"])])
  .describe("also simulate a day of each serving workload, second by second")
  .optional();

export const runQuery = z.strictObject({
  trials: z.string().max(20).describe("also simulate each training run this many times (bounded)").optional(),
  seed: z.string().max(20).describe("seed of the simulation (default 1)").optional(),
  day: z
    .enum(["true", "false", "1", "0"])
    .describe("also simulate a day of each serving workload")
    .optional(),
});

const date = z
  .string()
  .max(20)
  .describe("the article's date, YYYY-MM-DD, for relative dates (default: its dateline)");

export const explainBody = z
  .strictObject({
    text: z.string().describe("a headline or an article, English or French"),
    date: date.optional(),
  })
  .meta({ examples: [{ text: "Meta will spend $10 billion on a 5 GW campus in Louisiana." }] });

export const explainQuery = z.strictObject({ date: date.optional() });

export const articleBody = z
  .strictObject({
    text: z.string().describe("the article's text, English or French"),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .describe("where the article was published")
      .optional(),
    date: date.optional(),
  })
  .meta({
    examples: [
      {
        text: "MENLO PARK, Dec 4, 2024 — Meta will spend $10 billion on its Richland Parish data center in Louisiana, a 2 GW campus.",
        url: "https://example.org/meta-louisiana",
      },
    ],
  });

const scenarioField = z
  .union([z.string().max(1_000_000), z.record(z.string(), z.unknown())])
  .describe("a scenario as JSON (see /v1/schema) or its YAML text");

const EXAMPLE_SCENARIO = {
  name: "hyperion at 5 GW",
  sites: [{ id: "hyperion", power: "5 GW", accelerator: "gb200" }],
};

export const saveBody = z
  .strictObject({
    name: z.string().min(1).max(200).describe("a name to find it by").optional(),
    scenario: scenarioField,
    trials,
    seed,
    day,
  })
  .meta({ examples: [{ name: "hyperion", scenario: EXAMPLE_SCENARIO }] });

export const page = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,5}$/)
    .describe("rows per page (default 100)")
    .optional(),
  offset: z
    .string()
    .regex(/^\d{1,9}$/)
    .describe("rows to skip")
    .optional(),
});

export const ledgerQuery = z
  .strictObject({
    project: text(100, "a catalog project id or alias, e.g. hyperion")
      .meta({ examples: ["hyperion"] })
      .optional(),
    organisation: text(100, "a catalog organisation id or alias, e.g. meta").optional(),
    kind: z.enum(["money", "power", "count"]).describe("what the claim counts").optional(),
    from: z.iso.date().describe("articles published on or after (YYYY-MM-DD)").optional(),
    to: z.iso.date().describe("articles published on or before (YYYY-MM-DD)").optional(),
    limit: z
      .string()
      .regex(/^\d{1,5}$/)
      .describe("claims at most (default 1000)")
      .optional(),
  })
  .describe("the ledger's claims, filtered");

export const idParams = z.strictObject({ id: z.string().max(100) });
export const versionParams = z.strictObject({
  id: z.string().max(100),
  version: z.string().regex(/^\d{1,9}$/),
});
export const shareParams = z.strictObject({ shareId: z.string().max(100) });
export const kindParams = z.strictObject({
  kind: z
    .string()
    .max(100)
    .meta({ examples: ["accelerators"] }),
});
export const entryParams = z.strictObject({
  kind: z
    .string()
    .max(100)
    .meta({ examples: ["accelerators"] }),
  id: z
    .string()
    .max(100)
    .meta({ examples: ["h100"] }),
});
export const runParams = z.strictObject({ runId: z.string().max(100) });

export { EXAMPLE_SCENARIO };
