// The store over HTTP: saved scenarios with versions and share ids, explained articles, and the ledger.
import type { FastifyInstance } from "fastify";
import { COST, type ServerContext } from "../context.js";
import { fail } from "../problem.js";
import { idParams, page, saveBody, shareParams, versionParams } from "../schemas.js";
import { articleRoutes, ledgerRoutes } from "./articles.js";
import { type Helpers, json, type Router, storeHelpers, typed } from "./store-helpers.js";

export function storeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = typed(app);
  const h = storeHelpers(ctx);
  saveRoutes(r, ctx, h);
  scenarioReadRoutes(r, ctx, h);
  articleRoutes(r, ctx, h);
  ledgerRoutes(r, ctx);
}

/** A new scenario (version 1) and a new version of one, each evaluated as it is saved. */
function saveRoutes(r: Router, ctx: ServerContext, { write, version, notFound }: Helpers): void {
  r.post(
    "/v1/scenarios",
    {
      config: write,
      schema: {
        summary: "Save a scenario as a new entry (version 1), with its result",
        tags: ["store"],
        body: saveBody,
        response: { 201: json },
      },
    },
    async (request, reply) => {
      const saved = await ctx.store.scenarios.create(await version(request.body));
      return reply.code(201).header("location", `/v1/scenarios/${saved.id}/versions/1`).send(saved);
    },
  );

  r.post(
    "/v1/scenarios/:id/versions",
    {
      config: write,
      schema: {
        summary: "Save a new version of a scenario",
        tags: ["store"],
        params: idParams,
        body: saveBody,
        response: { 201: json },
      },
    },
    async (request, reply) => {
      const v = await version(request.body);
      const saved = await ctx.store.scenarios.addVersion(request.params.id, v);
      if (!saved) throw notFound(request.params.id);
      return reply
        .code(201)
        .header("location", `/v1/scenarios/${saved.id}/versions/${saved.version}`)
        .send(saved);
    },
  );
}

/** Saved scenarios listed, one with its versions, one version, and a shared one by its share id. */
function scenarioReadRoutes(r: Router, ctx: ServerContext, { pageOf, notFound }: Helpers): void {
  r.get(
    "/v1/scenarios",
    {
      config: { cost: COST.read },
      schema: {
        summary: "Saved scenarios, newest first",
        tags: ["store"],
        querystring: page,
        response: { 200: json },
      },
    },
    async (request) => {
      const p = pageOf(request.query);
      return { scenarios: await ctx.store.scenarios.list(p.limit, p.offset), ...p };
    },
  );

  r.get(
    "/v1/scenarios/:id",
    {
      config: { cost: COST.read },
      schema: {
        summary: "A saved scenario and its versions",
        tags: ["store"],
        params: idParams,
        response: { 200: json },
      },
    },
    async (request) =>
      (await ctx.store.scenarios.summary(request.params.id)) ?? Promise.reject(notFound(request.params.id)),
  );

  r.get(
    "/v1/scenarios/:id/versions/:version",
    {
      config: { cost: COST.read },
      schema: {
        summary: "One version: input, options, result, catalog version",
        tags: ["store"],
        params: versionParams,
        response: { 200: json },
      },
    },
    async (request) => {
      const v = await ctx.store.scenarios.version(request.params.id, Number(request.params.version));
      if (!v)
        throw fail(
          "unknown_scenario",
          ["version"],
          `no version ${request.params.version} of scenario '${request.params.id}'`,
        );
      return v;
    },
  );

  r.get(
    "/v1/shared/:shareId",
    {
      config: { cost: COST.read },
      schema: {
        summary: "The latest version of a shared scenario",
        tags: ["store"],
        params: shareParams,
        response: { 200: json },
      },
    },
    async (request) =>
      (await ctx.store.scenarios.shared(request.params.shareId)) ??
      Promise.reject(notFound(request.params.shareId)),
  );
}
