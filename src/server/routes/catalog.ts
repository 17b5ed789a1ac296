// The catalog over HTTP, with the shapes of `gigawatt catalog --json`.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { counts, entryOf, kindOf, listKind } from "../catalog-info.js";
import { COST, type ServerContext } from "../context.js";
import { entryParams, kindParams } from "../schemas.js";

const json = z.unknown();

export function catalogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/catalog",
    {
      config: { cost: COST.read },
      schema: {
        summary: "What the catalog holds: entries per kind, sources",
        tags: ["catalog"],
        response: { 200: json },
      },
    },
    async () => counts(ctx.catalog),
  );
  r.get(
    "/v1/catalog/:kind",
    {
      config: { cost: COST.read },
      schema: {
        summary: "Every entry of one kind",
        tags: ["catalog"],
        params: kindParams,
        response: { 200: json },
      },
    },
    async (request) => listKind(ctx.catalog, kindOf(request.params.kind)),
  );
  r.get(
    "/v1/catalog/:kind/:id",
    {
      config: { cost: COST.read },
      schema: {
        summary: "One entry by id or alias, with every source it cites",
        tags: ["catalog"],
        params: entryParams,
        response: { 200: json },
      },
    },
    async (request) => entryOf(ctx.catalog, kindOf(request.params.kind), request.params.id),
  );
}
