// What the store's routes share: the typed router, the write config, paging, versions and 404s.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { COST, type ServerContext } from "../context.js";
import { fail } from "../problem.js";
import { checkSize, runOptionsOf, scenarioOf } from "../scenario-input.js";
import type { saveBody } from "../schemas.js";
import { runScenario } from "./compute.js";

export const json = z.unknown();
export type Router = ReturnType<typeof typed>;
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** What the store's routes share: the write config, paging within the server's limits, versions, 404s. */
export function storeHelpers(ctx: ServerContext) {
  return {
    write: { cost: COST.heavy, write: true },
    pageOf: (q: { limit?: string | undefined; offset?: string | undefined }) => ({
      limit: Math.min(ctx.limits.rows, Number(q.limit ?? 100)),
      offset: Number(q.offset ?? 0),
    }),
    /** Evaluates a save's scenario, so every version carries its result and the catalog it ran on. */
    version: async (body: z.infer<typeof saveBody>) => {
      const options = runOptionsOf(body, ["body"], ctx.limits);
      const { scenario, input } = scenarioOf(body.scenario, ["body", "scenario"]);
      checkSize(scenario, ctx.limits, ["body", "scenario"]);
      const result = await runScenario(ctx, scenario, options);
      return { name: body.name, input, options: { ...options }, result, catalogVersion: ctx.catalogVersion };
    },
    notFound: (id: string, what = "scenario") =>
      fail(what === "article" ? "unknown_article" : "unknown_scenario", ["id"], `no saved ${what} '${id}'`),
  };
}
export type Helpers = ReturnType<typeof storeHelpers>;
