// The HTTP API: an adapter over the core and the store.
export { buildApp } from "./app.js";
export type { ServerContext } from "./context.js";
export { DEFAULT_LIMITS, type Limits } from "./limits.js";
export { DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.js";
export { isLoopback } from "./security.js";
export { type RunningServer, type StartOptions, startServer, WEB_DIR } from "./start.js";
