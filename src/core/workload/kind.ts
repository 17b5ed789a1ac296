import type { z } from "zod";
import type { Catalog } from "../catalog/index.js";
import type { SiteLink } from "../distributed/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import type { EvaluateOptions } from "../kernel/options.js";
import type { Outcome } from "../kernel/outcome.js";
import type { Scope } from "../kernel/scope.js";
import type { CostAndFootprintParameters } from "../sizing/site-spec.js";
import type { SizedSite } from "../sizing/sized-site.js";

/** What every workload is given: the scenario's sized sites and links, the shared parameters, and its own scope. */
export interface WorkloadContext {
  readonly catalog: Catalog;
  /** The scenario's sites, resolved and sized, by id. */
  readonly sites: ReadonlyMap<string, SizedSite>;
  readonly links: readonly SiteLink[];
  readonly params: CostAndFootprintParameters;
  readonly options: EvaluateOptions;
  /** `["workloads", i]` for issues and `workloads.<name>` for assumptions. */
  readonly scope: Scope;
  readonly log: AssumptionLog;
}

/** The head every workload block shares: its kind and its name. */
export interface WorkloadHead<K extends string> {
  readonly kind: K;
  readonly name: string;
}

/**
 * A kind of workload (training, serving, ...): the block it adds to the scenario file and how it is evaluated. It
 * declares itself once and registers in one line (scenario/workloads.ts), as a Plot mark declares its channels.
 */
export interface WorkloadKind<
  K extends string,
  S extends z.ZodType<WorkloadHead<K>>,
  R extends { readonly kind: K },
> {
  readonly kind: K;
  /** Its block of the scenario file, discriminated by `kind`. */
  readonly schema: S;
  /**
   * Its result as the JSON gives it, with `kind` as the discriminator: the keys it binds (PRODUCT.md), typed and
   * described, for `gigawatt schema --result` and the contract test that every result parses with it.
   */
  readonly resultSchema: z.ZodType<{ readonly kind: K }>;
  /**
   * Its result, or the reasons there is none: reasons that are all INFEASIBLE_PLAN_CODES make the workload's result an
   * InfeasibleWorkload beside the others; any other reason is an input error for the whole scenario.
   */
  evaluate(input: z.output<S>, ctx: WorkloadContext): Outcome<R>;
}

/** Declares a workload kind; the identity function, there for the types it checks. */
export const defineWorkload = <
  K extends string,
  S extends z.ZodType<WorkloadHead<K>>,
  R extends { readonly kind: K },
>(
  kind: WorkloadKind<K, S, R>,
): WorkloadKind<K, S, R> => kind;
