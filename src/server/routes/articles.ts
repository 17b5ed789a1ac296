import type { z } from "zod";
import type { IssueCode } from "../../core/index.js";
import { COST, type ServerContext } from "../context.js";
import { ledgerCsv } from "../ledger/csv.js";
import { ledgerClaims } from "../ledger/link-claims.js";
import { timelineChecks } from "../ledger/timeline.js";
import { ProblemError } from "../problem.js";
import { articleBody, idParams, ledgerQuery, page } from "../schemas.js";
import { articleText, explainArticle } from "./compute.js";

import { type Helpers, json, type Router } from "./store-helpers.js";

/** Explained articles: saved with their explanation, listed, and one by id. */
export function articleRoutes(r: Router, ctx: ServerContext, { write, pageOf, notFound }: Helpers): void {
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
}

/** The ledger: every dated figure of the catalog and saved articles, as JSON and as CSV. */
export function ledgerRoutes(r: Router, ctx: ServerContext): void {
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
      const claims = await ledgerOf(ctx, request.query);
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
        .send(ledgerCsv(await ledgerOf(ctx, request.query))),
  );
}

/** The ledger's rows for a query, its project and organisation read as catalog ids or aliases. */
async function ledgerOf(ctx: ServerContext, q: z.infer<typeof ledgerQuery>) {
  const project =
    q.project === undefined ? undefined : idIn(ctx.catalog.projects, q.project, "project", "unknown_project");
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
