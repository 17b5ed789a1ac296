// Health, the OpenAPI document, its docs page, and the web app (or a page saying how to build it).
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { COST, type ServerContext } from "../context.js";
import { docsPage, escapeHtml, type OpenApiDocumentShape } from "../docs-page.js";

export const VERSION = "0.1.0";

export function metaRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const started = Date.now();
  r.get(
    "/health",
    {
      config: { cost: COST.read },
      schema: {
        summary: "Whether the server and its store answer",
        tags: ["meta"],
        response: {
          200: z.strictObject({
            status: z.literal("ok"),
            version: z.string(),
            store: z.enum(["sqlite", "postgres"]),
            catalogVersion: z.string(),
            uptimeS: z.number(),
          }),
        },
      },
    },
    async () => {
      // One query, so a store that stopped answering shows here.
      await ctx.store.scenarios.list(1, 0);
      return {
        status: "ok" as const,
        version: VERSION,
        store: ctx.store.dialect,
        catalogVersion: ctx.catalogVersion,
        uptimeS: (Date.now() - started) / 1000,
      };
    },
  );
  app.get("/openapi.json", { config: { cost: COST.read }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get("/docs", { config: { cost: COST.read }, schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/html; charset=utf-8").send(docsPage(app.swagger() as OpenApiDocument)),
  );

  const index = join(ctx.webDir, "index.html");
  if (existsSync(index)) {
    app.register(fastifyStatic, {
      root: ctx.webDir,
      prefix: "/",
      index: "index.html",
      schemaHide: true,
      maxAge: 0,
    });
  } else {
    app.get("/", { config: { cost: COST.read }, schema: { hide: true } }, async (_request, reply) =>
      reply.type("text/html; charset=utf-8").send(missingWebPage(ctx.webDir)),
    );
  }
}

export type OpenApiDocument = OpenApiDocumentShape;

function missingWebPage(dir: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gigawatt</title></head><body>
<h1>gigawatt</h1>
<p>The web app is not built here (no <code>${escapeHtml(dir)}/index.html</code>). Build it with <code>npm run build:web</code> and restart <code>gigawatt serve</code>.</p>
<p>The API answers meanwhile: <a href="/docs">its documentation</a>, <a href="/openapi.json">the OpenAPI document</a>, <a href="/v1/size?power=5GW&amp;accelerator=gb200">/v1/size?power=5GW&amp;accelerator=gb200</a>.</p>
</body></html>
`;
}
