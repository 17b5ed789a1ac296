export { defineWorkload, type WorkloadContext, type WorkloadHead, type WorkloadKind } from "./kind.js";
