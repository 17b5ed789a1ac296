// The HTTP app: Fastify with the zod type provider (the core's schemas are the API's), problem documents for
// every error, security headers, rate limiting and the token for writes.
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { COST, type ServerContext } from "./context.js";
import { fail, problem, problemOfError, sendProblem } from "./problem.js";
import { RateLimiter } from "./rate-limit.js";
import { catalogRoutes } from "./routes/catalog.js";
import { computeRoutes } from "./routes/compute.js";
import { metaRoutes, VERSION } from "./routes/meta.js";
import { storeRoutes } from "./routes/store.js";
import { viewRoutes } from "./routes/views.js";
import { requireToken, securityHeaders } from "./security.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Every route with its method, as registered (HEAD left out). */
    routeList: readonly { method: string; url: string; hidden: boolean }[];
  }
  interface FastifyContextConfig {
    /** What a request costs its client's rate-limit bucket. */
    cost?: number;
    /** A write: needs the bearer token when the server has one. */
    write?: boolean;
  }
}

export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: ctx.limits.bodyBytes,
    // In-flight requests finish on close; idle keep-alive connections are closed at once.
    forceCloseConnections: "idle",
    return503OnClosing: true,
    requestTimeout: (ctx.limits.jobSeconds + 30) * 1000,
  });
  listRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // YAML scenarios and plain-text articles arrive as strings; the core reads them.
  app.addContentTypeParser(
    ["application/yaml", "application/x-yaml", "text/yaml", "text/plain"],
    { parseAs: "string" },
    (_request, body, done) => done(null, body),
  );
  guardRequests(app, ctx);
  answerErrorsAsProblems(app, ctx);
  await app.register(fastifySwagger, OPENAPI);
  computeRoutes(app, ctx);
  catalogRoutes(app, ctx);
  storeRoutes(app, ctx);
  viewRoutes(app, ctx);
  metaRoutes(app, ctx);
  await app.ready();
  return app;
}

/** Every route as registered, for the contract test against the OpenAPI document. */
function listRoutes(app: FastifyInstance): void {
  const routes: { method: string; url: string; hidden: boolean }[] = [];
  app.decorate("routeList", routes);
  app.addHook("onRoute", (r) => {
    for (const method of [r.method].flat()) {
      if (method !== "HEAD") routes.push({ method, url: r.url, hidden: r.schema?.hide === true });
    }
  });
}

/** Rate limits per client, the token for writes, and the security headers on every answer. */
function guardRequests(app: FastifyInstance, ctx: ServerContext): void {
  const limiter = new RateLimiter(ctx.rateLimit);
  app.addHook("onRequest", async (request, reply) => {
    const wait = limiter.take(request.ip, request.routeOptions.config.cost ?? COST.read);
    if (wait > 0) {
      reply.header("retry-after", String(Math.ceil(wait)));
      throw fail("rate_limited", [], `too many requests from ${request.ip}; retry in ${Math.ceil(wait)} s`);
    }
  });
  const token = requireToken(ctx.token);
  app.addHook("preHandler", async (request) => {
    if (request.routeOptions.config.write) await token(request);
  });
  app.addHook("onSend", securityHeaders);
}

/** Every error, and every unknown route, as an RFC 9457 problem document; a fault of the server is logged there. */
function answerErrorsAsProblems(app: FastifyInstance, ctx: ServerContext): void {
  app.setErrorHandler((error, request, reply) => {
    const p = problemOfError(error);
    if (p.status >= 500 && p.issues[0]?.code === "internal") {
      ctx.log(
        `${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    return sendProblem(reply, p);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem([
        {
          code: "unknown_route",
          path: [],
          message: `no route ${request.method} ${request.url.split("?")[0]}; see /docs for the API`,
        },
      ]),
    ),
  );
}

const OPENAPI = {
  openapi: {
    openapi: "3.1.0",
    info: {
      title: "gigawatt API",
      version: VERSION,
      description:
        "What is behind AI-infrastructure headlines, over HTTP: the same results as the CLI's --json, errors as RFC 9457 problem details with the core's issues. Writes need `Authorization: Bearer <GIGAWATT_TOKEN>` when the server has a token.",
    },
    components: { securitySchemes: { bearer: { type: "http" as const, scheme: "bearer" } } },
  },
  transform: jsonSchemaTransform,
};
