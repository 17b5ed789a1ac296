export { type InfeasibleWorkload, infeasibleOf, infeasibleSchema, isInfeasible } from "./infeasible.js";
export { defineWorkload, type WorkloadContext, type WorkloadHead, type WorkloadKind } from "./kind.js";
