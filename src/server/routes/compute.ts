// The CLI's commands over HTTP: size, run (with progress as server-sent events, cancellable), explain, validate, schema.
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  InputError,
  readCases,
  runCases,
  type Scenario,
  scenarioJsonSchema,
  scenarioSchema,
  type ValidationReport,
} from "../../core/index.js";
import { readValidationCases, VALIDATION_DIR } from "../../node/validation-files.js";
import { AnswerCache, questionOf } from "../answer-cache.js";
import { COST, type ServerContext } from "../context.js";
import { fail, problemOfError } from "../problem.js";
import { checkSize, type RunOptions, runOptionsOf, scenarioOf } from "../scenario-input.js";
import { EXAMPLE_SCENARIO, explainBody, explainQuery, runParams, runQuery, sizeQuery } from "../schemas.js";
import { streamHeaders } from "../security.js";
import { sizeSite } from "../size.js";

const json = z.unknown().describe("the same result as the CLI's --json");
/** Bodies are read by the core (with line numbers for YAML): the route's schema documents them, it does not check. */
const passThrough = () => (data: unknown) => ({ value: data });
const _ISO_DATE = /^20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export { articleText, explainArticle, runScenario } from "./compute-helpers.js";

import { articleText, explainArticle, runScenario } from "./compute-helpers.js";

type Router = ReturnType<typeof typed>;
const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

export function computeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = typed(app);
  const running = new Map<string, AbortController>();
  // On shutdown, streamed runs are cancelled (their clients see a problem event) so the server can close.
  app.addHook("preClose", async () => {
    for (const c of running.values()) c.abort();
  });
  sizeRoute(r, ctx);
  runRoutes(r, ctx, running);
  explainRoute(r, ctx);
  validateRoutes(r, ctx);
  schemaRoute(r);
}

function sizeRoute(r: Router, ctx: ServerContext): void {
  const sizeAnswers = new AnswerCache(512);
  r.get(
    "/v1/size",
    {
      config: { cost: COST.read },
      schema: {
        summary: "Size one site (gigawatt size)",
        description:
          "Accelerators, power, compute, cost, energy, carbon and water of one site, from its power, accelerators or budget, or a catalog project (`site`).",
        tags: ["estimates"],
        querystring: sizeQuery,
        response: { 200: json },
      },
    },
    async (request, reply) => {
      // Errors are thrown, so only answers are kept; the string is sent as it is, already JSON.
      const answer = sizeAnswers.get(questionOf(request.query), () =>
        JSON.stringify(sizeSite(request.query, ctx.catalog)),
      );
      return reply.type("application/json; charset=utf-8").send(answer);
    },
  );
}

/** A run, answered at once or streamed as server-sent events, and its cancellation. */
function runRoutes(r: Router, ctx: ServerContext, running: Map<string, AbortController>): void {
  r.post(
    "/v1/run",
    {
      config: { cost: COST.compute },
      validatorCompiler: passThrough,
      schema: {
        summary: "Run a scenario (gigawatt run)",
        description:
          'Every site and workload of a scenario, sent as JSON or YAML. With `Accept: text/event-stream` the run reports its progress as server-sent events (`run`, `progress`, then `result` or `problem`); closing the stream, or `DELETE /v1/runs/{runId}`, cancels it. A workload whose plan cannot be carried out on its sites (the model does not fit, failures leave no progress, ...) is answered in place as `{ kind: "infeasible", workloadKind, reasons }`, beside the others, with status 200; `gigawatt run` exits 1 for it.',
        tags: ["estimates"],
        consumes: ["application/json", "application/yaml"],
        querystring: runQuery,
        body: scenarioSchema.meta({ examples: [EXAMPLE_SCENARIO] }),
        response: { 200: json },
      },
    },
    async (request, reply) => {
      const query = runQuery.safeParse(request.query);
      if (!query.success)
        throw new InputError([
          {
            code: "unknown_key",
            path: ["query"],
            message: "unknown query parameter (expected trials, seed, day)",
          },
        ]);
      const options = runOptionsOf(query.data, ["query"], ctx.limits);
      const { scenario } = scenarioOf(request.body);
      checkSize(scenario, ctx.limits);
      if (!String(request.headers.accept ?? "").includes("text/event-stream")) {
        return runScenario(ctx, scenario, options);
      }
      return streamRun(ctx, running, request, reply, scenario, options);
    },
  );

  r.delete(
    "/v1/runs/:runId",
    {
      config: { cost: COST.read, write: true },
      schema: {
        summary: "Cancel a streamed run",
        tags: ["estimates"],
        params: runParams,
        response: { 204: z.null().describe("cancelled") },
      },
    },
    async (request, reply) => {
      const c = running.get(request.params.runId);
      if (!c) throw fail("unknown_run", ["runId"], `no run '${request.params.runId}' is running`);
      c.abort();
      return reply.code(204).send(null);
    },
  );
}

function explainRoute(r: Router, ctx: ServerContext): void {
  r.post(
    "/v1/explain",
    {
      config: { cost: COST.compute },
      bodyLimit: ctx.limits.textBytes * 2 + 1024,
      schema: {
        summary: "Explain a headline or an article (gigawatt explain)",
        description: "Sent as JSON `{ text, date? }` or as text/plain with `?date=`.",
        tags: ["estimates"],
        consumes: ["application/json", "text/plain"],
        querystring: explainQuery,
        body: z.union([explainBody, z.string()]),
        response: { 200: json },
      },
    },
    async (request) => {
      const body = request.body;
      const text = typeof body === "string" ? body : body.text;
      const date = typeof body === "string" ? request.query.date : (body.date ?? request.query.date);
      articleText(ctx, text, date, typeof body === "string" ? [] : ["body"]);
      return explainArticle(ctx, text, date);
    },
  );
}

/** The project's own cases (run once, then kept) and a client's cases. */
function validateRoutes(r: Router, ctx: ServerContext): void {
  let ownReport: ValidationReport | undefined;
  r.get(
    "/v1/validate",
    {
      config: { cost: COST.compute },
      schema: {
        summary: "Check the models against the project's published figures (gigawatt validate)",
        tags: ["validation"],
        response: { 200: json },
      },
    },
    async () => {
      ownReport ??= runCases(readValidationCases([VALIDATION_DIR]), ctx.catalog);
      return ownReport;
    },
  );

  r.post(
    "/v1/validate",
    {
      config: { cost: COST.heavy },
      validatorCompiler: passThrough,
      schema: {
        summary: "Check the models against your own validation cases (gigawatt validate FILE)",
        description: "One case or a list of cases, as YAML or JSON, in the validation case format.",
        tags: ["validation"],
        consumes: ["application/yaml", "application/json"],
        body: z.unknown().describe("validation cases (YAML or JSON)"),
        response: { 200: json },
      },
    },
    async (request) => validateCases(ctx, request.body),
  );
}

function schemaRoute(r: Router): void {
  r.get(
    "/v1/schema",
    {
      config: { cost: COST.read },
      schema: {
        summary: "The scenario format as JSON Schema (gigawatt schema)",
        tags: ["estimates"],
        response: { 200: json },
      },
    },
    async () => scenarioJsonSchema(),
  );
}

/** Validation cases sent by a client, bounded in number and size, run against the catalog. */
function validateCases(ctx: ServerContext, sent: unknown): ValidationReport {
  const text = typeof sent === "string" ? sent : JSON.stringify(sent ?? "");
  const cases = readCases(text, "body");
  if (cases.length > ctx.limits.workloads) {
    throw fail(
      "over_limit",
      [],
      `${cases.length} cases is over this server's limit of ${ctx.limits.workloads} per request`,
    );
  }
  // Inputs are checked by the core when each case runs; only their size is bounded here.
  const listed = (v: unknown, key: string) => {
    const list = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) ? list : [];
  };
  for (const c of cases) {
    checkSize(
      {
        sites: listed(c.inputs, "sites"),
        workloads: listed(c.inputs, "workloads"),
      } as unknown as Scenario,
      ctx.limits,
      [c.id, "inputs"],
    );
  }
  return runCases(cases, ctx.catalog);
}

/** A run reported as server-sent events; a client that goes away cancels it. */
async function streamRun(
  ctx: ServerContext,
  running: Map<string, AbortController>,
  request: FastifyRequest,
  reply: FastifyReply,
  scenario: Scenario,
  options: RunOptions,
): Promise<FastifyReply> {
  const runId = randomUUID();
  const abort = new AbortController();
  running.set(runId, abort);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, streamHeaders());
  const send = (event: string, data: unknown) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  request.raw.on("close", () => abort.abort());
  res.on("close", () => abort.abort());
  send("run", { runId });
  try {
    const result = await runScenario(ctx, scenario, options, (p) => send("progress", p), abort.signal);
    send("result", result);
  } catch (e) {
    const p = problemOfError(e);
    if (p.status >= 500 && p.issues[0]?.code === "internal") ctx.log(`run ${runId} failed: ${String(e)}`);
    send("problem", p);
  } finally {
    running.delete(runId);
    res.end();
  }
  return reply;
}
