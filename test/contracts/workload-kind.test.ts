import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  defineWorkload,
  evaluateScenario,
  InputError,
  ok,
  resultSchemaWith,
  scenarioSchemaWith,
  serving,
  training,
  WORKLOADS,
  type WorkloadRegistry,
} from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();

// A kind declared here, outside src/, to show that a new workload kind is a declaration and one registry line:
// it counts the accelerators of its sites and logs one assumption under its own scope.
const census = defineWorkload({
  kind: "census",
  schema: z.strictObject({
    kind: z.literal("census"),
    name: z.string().min(1),
    sites: z.array(z.string()).optional(),
    share: z.number().min(0).max(1),
  }),
  resultSchema: z.strictObject({ kind: z.literal("census"), accelerators: z.number().nonnegative() }),
  evaluate(input, ctx) {
    const ids = input.sites ?? [...ctx.sites.keys()];
    const missing = ids.find((id) => !ctx.sites.has(id));
    if (missing !== undefined) {
      return {
        ok: false,
        issues: [
          { code: "unknown_site", path: ctx.scope.at("sites").path, message: `unknown site '${missing}'` },
        ],
      };
    }
    if (input.share > 0.9) {
      const message = `counting ${input.share} of the accelerators leaves none for anything else`;
      return { ok: false, issues: [{ code: "no_accelerators", path: ctx.scope.at("share").path, message }] };
    }
    ctx.log.choice(ctx.scope.at("share").name, input.share, "test: the share counted");
    const total = ids.reduce((s, id) => s + (ctx.sites.get(id)?.sizing.accelerators ?? 0), 0);
    return ok({ kind: "census" as const, accelerators: total * input.share });
  },
});

const registry: WorkloadRegistry = { ...WORKLOADS, census };
const schema = scenarioSchemaWith(
  z.discriminatedUnion("kind", [training.schema, serving.schema, census.schema]),
);
const site = { id: "s", power: "100 MW", accelerator: "gb200" };

/** A minimal valid block of each kind, for the contract every kind passes. */
const EXAMPLES: Record<string, Record<string, unknown>> = {
  training: { kind: "training", name: "t", model: { parameters: "1B", tokens: "20B" } },
  serving: { kind: "serving", name: "v", model: { parameters: "8B" }, users: 1000 },
  census: { kind: "census", name: "c", share: 0.5 },
};

const run = (workload: Record<string, unknown>) =>
  evaluateScenario(schema.parse({ sites: [site], workloads: [workload] }), catalog, {}, registry);

describe.each(Object.keys(registry))("the workload kind contract: %s", (kind) => {
  const example = EXAMPLES[kind] as Record<string, unknown>;

  it("is registered under the kind its schema accepts, and refuses a misspelt key", () => {
    expect(registry[kind]?.kind).toBe(kind);
    expect(schema.safeParse({ sites: [site], workloads: [{ ...example, colour: "red" }] }).success).toBe(
      false,
    );
  });

  it("returns a result of its own kind under the workload's name, in the form its result schema declares", () => {
    const result = run(example);
    expect(result.workloads[example.name as string]?.kind).toBe(kind);
    const parsed = resultSchemaWith(registry).safeParse(JSON.parse(JSON.stringify(result)));
    expect(parsed.success, parsed.error?.message).toBe(true);
    // A result missing a key its kind binds is refused: the schema is a contract, not a description.
    const { kind: _, ...rest } = result.workloads[example.name as string] as unknown as Record<
      string,
      unknown
    >;
    expect(registry[kind]?.resultSchema.safeParse(rest).success).toBe(false);
  });

  it("reports a site the scenario lacks at the workload's sites, as data", () => {
    try {
      run({ ...example, sites: ["nowhere"] });
      expect.unreachable("an unknown site must be refused");
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issue = (e as InputError).issues[0];
      expect(issue?.code).toBe("unknown_site");
      expect(issue?.path.slice(0, 3)).toEqual(["workloads", 0, "sites"]);
    }
  });
});

describe("a workload kind added outside src/", () => {
  it("is evaluated end to end and logs its assumptions under the workload's name", () => {
    const result = run(EXAMPLES.census as Record<string, unknown>);
    const sized = evaluateScenario(schema.parse({ sites: [site] }), catalog).sites.s?.accelerators as number;
    expect(result.workloads.c).toEqual({ kind: "census", accelerators: sized * 0.5 });
    expect(result.assumptions.some((a) => a.name === "workloads.c.share")).toBe(true);
  });

  it("answers a plan it cannot carry out in place, in the form the result schema declares", () => {
    const result = run({ kind: "census", name: "c", share: 0.95 });
    expect(result.workloads.c).toEqual({
      kind: "infeasible",
      workloadKind: "census",
      reasons: [
        {
          code: "no_accelerators",
          path: ["workloads", 0, "share"],
          message: "counting 0.95 of the accelerators leaves none for anything else",
        },
      ],
    });
    expect(resultSchemaWith(registry).safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });
});
