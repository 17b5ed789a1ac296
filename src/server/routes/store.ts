// The store over HTTP: saved scenarios with versions and share ids, explained articles, and the ledger.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { IssueCode } from "../../core/index.js";
import { COST, type ServerContext } from "../context.js";
import { ledgerCsv } from "../ledger/csv.js";
import { ledgerClaims } from "../ledger/link-claims.js";
import { timelineChecks } from "../ledger/timeline.js";
import { fail, ProblemError } from "../problem.js";
import { checkSize, runOptionsOf, scenarioOf } from "../scenario-input.js";
import {
  articleBody,
  idParams,
  ledgerQuery,
  page,
  saveBody,
  shareParams,
  versionParams,
} from "../schemas.js";
import { articleText, explainArticle, runScenario } from "./compute.js";

const json = z.unknown();

export function storeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { cost: COST.heavy, write: true };
  const pageOf = (q: { limit?: string | undefined; offset?: string | undefined }) => ({
    limit: Math.min(ctx.limits.rows, Number(q.limit ?? 100)),
    offset: Number(q.offset ?? 0),
  });

  /** Evaluates a save's scenario, so every version carries its result and the catalog it ran on. */
  async function version(body: z.infer<typeof saveBody>) {
    const options = runOptionsOf(body, ["body"], ctx.limits);
    const { scenario, input } = scenarioOf(body.scenario, ["body", "scenario"]);
    checkSize(scenario, ctx.limits, ["body", "scenario"]);
    const result = await runScenario(ctx, scenario, options);
    return { name: body.name, input, options: { ...options }, result, catalogVersion: ctx.catalogVersion };
  }
  const notFound = (id: string, what = "scenario") =>
    fail(what === "article" ? "unknown_article" : "unknown_scenario", ["id"], `no saved ${what} '${id}'`);

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

  r.post(
    "/v1/articles",
    {
      config: write,
      bodyLimit: ctx.limits.textBytes * 2 + 1024,
      schema: {
        summary: "Explain an article and keep it, its claims entering the ledger",
        tags: ["store"],
        body: articleBody,
        response: { 201: json },
      },
    },
    async (request, reply) => {
      const { text, url, date } = request.body;
      articleText(ctx, text, date, ["body"]);
      const explanation = await explainArticle(ctx, text, date);
      const saved = await ctx.store.articles.save({
        text,
        url: url ?? null,
        published: explanation.published ?? null,
        language: explanation.language,
        explanation,
        catalogVersion: ctx.catalogVersion,
        claims: ledgerClaims(explanation, ctx.catalog),
      });
      return reply
        .code(201)
        .header("location", `/v1/articles/${saved.article.id}`)
        .send({ ...saved.article, ledger: saved.claims });
    },
  );

  r.get(
    "/v1/articles",
    {
      config: { cost: COST.read },
      schema: {
        summary: "Saved articles, newest first",
        tags: ["store"],
        querystring: page,
        response: { 200: json },
      },
    },
    async (request) => {
      const p = pageOf(request.query);
      return { articles: await ctx.store.articles.list(p.limit, p.offset), ...p };
    },
  );

  r.get(
    "/v1/articles/:id",
    {
      config: { cost: COST.read },
      schema: {
        summary: "A saved article and its explanation",
        tags: ["store"],
        params: idParams,
        response: { 200: json },
      },
    },
    async (request) =>
      (await ctx.store.articles.get(request.params.id)) ??
      Promise.reject(notFound(request.params.id, "article")),
  );

  async function ledger(q: z.infer<typeof ledgerQuery>) {
    const project =
      q.project === undefined
        ? undefined
        : idIn(ctx.catalog.projects, q.project, "project", "unknown_project");
    const organisation =
      q.organisation === undefined
        ? undefined
        : idIn(ctx.catalog.organisations, q.organisation, "organisation", "unknown_organisation");
    return ctx.store.articles.ledger({
      project,
      organisation,
      kind: q.kind,
      from: q.from,
      to: q.to,
      limit: Math.min(ctx.limits.rows, Number(q.limit ?? 1000)),
    });
  }

  r.get(
    "/v1/ledger",
    {
      config: { cost: COST.read },
      schema: {
        summary:
          "The ledger: every claim of the saved articles, with the checks across a project's claims over time",
        tags: ["ledger"],
        querystring: ledgerQuery,
        response: { 200: json },
      },
    },
    async (request) => {
      const claims = await ledger(request.query);
      return { claims, checks: timelineChecks(claims, ctx.catalog) };
    },
  );

  r.get(
    "/v1/ledger.csv",
    {
      config: { cost: COST.read },
      schema: {
        summary: "The ledger as CSV, one row per claim",
        tags: ["ledger"],
        querystring: ledgerQuery,
        produces: ["text/csv"],
      },
    },
    async (request, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="gigawatt-ledger.csv"')
        .send(ledgerCsv(await ledger(request.query))),
  );
}

/** A catalog id from an id or alias; an unknown one names the nearest. */
function idIn(
  index: { get(q: string): { id: string } | undefined; nearest(q: string): string[] },
  query: string,
  name: string,
  code: IssueCode,
): string {
  const found = index.get(query);
  if (found) return found.id;
  throw new ProblemError([
    {
      code,
      path: ["query", name],
      message: `no ${name} '${query}' in the catalog`,
      accepted: index.nearest(query),
    },
  ]);
}
