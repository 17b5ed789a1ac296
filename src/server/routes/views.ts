// The web app's saved views: a page and its state (as the app writes it in its address), shared by a short id.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { COST, type ServerContext } from "../context.js";
import { fail } from "../problem.js";

/** The web app's pages (web/src/lib/route.ts). */
const WEB_PAGES = ["read", "size", "sites", "run", "ledger"] as const;

const viewBody = z
  .strictObject({
    page: z.enum(WEB_PAGES).describe("the page of the web app"),
    state: z
      .string()
      .max(1_000_000)
      .regex(/^[A-Za-z0-9_-]*$/)
      .describe("the page's state as the app encodes it (deflated JSON in base64url)"),
  })
  .meta({ examples: [{ page: "size", state: "q1YqSs7PS0lVslIyUvIqzs9TqgUA" }] });

const viewParams = z.strictObject({ id: z.string().max(100) });

export function viewRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/views",
    {
      config: { cost: COST.heavy, write: true },
      schema: {
        summary:
          "Save a page of the web app to share it; answered with its id (the app opens it at #/s/<id>)",
        tags: ["store"],
        body: viewBody,
        response: { 201: z.unknown() },
      },
    },
    async (request, reply) => {
      const saved = await ctx.store.views.create(request.body.page, request.body.state);
      return reply.code(201).header("location", `/v1/views/${saved.id}`).send(saved);
    },
  );
  r.get(
    "/v1/views/:id",
    {
      config: { cost: COST.read },
      schema: {
        summary: "A saved page of the web app",
        tags: ["store"],
        params: viewParams,
        response: { 200: z.unknown() },
      },
    },
    async (request) => {
      const view = await ctx.store.views.get(request.params.id);
      if (!view) throw fail("unknown_view", ["id"], `no saved view '${request.params.id}'`);
      return view;
    },
  );
}
