// Who may write, and the headers every response carries.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { fail } from "./problem.js";

/** Loopback addresses: the only ones the server binds to without a token. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::ffff:127.0.0.1";
}

/** Compares in constant time (on digests, so lengths do not leak either). */
function sameToken(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** A preHandler for writes: with a token configured, `Authorization: Bearer <token>` is required. */
export function requireToken(token: string | undefined) {
  return async (request: FastifyRequest) => {
    if (token === undefined) return;
    const header = request.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m?.[1] || !sameToken(m[1], token)) {
      throw fail(
        "unauthorized",
        ["authorization"],
        "this write needs the server's token: Authorization: Bearer <GIGAWATT_TOKEN>",
      );
    }
  };
}

/**
 * The pages' policy: the app's own scripts (no inline script, no eval), its own styles plus inline style (charts
 * write SVG with style attributes and <style> elements), images from itself and data: URLs, and no other origin.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** JSON, CSV and event streams load nothing. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(
  _request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (e: null, p: unknown) => void,
) {
  const type = String(reply.getHeader("content-type") ?? "");
  reply.header("content-security-policy", type.startsWith("text/html") ? PAGE_CSP : DATA_CSP);
  reply.header("x-content-type-options", "nosniff");
  reply.header("referrer-policy", "no-referrer");
  reply.header("x-frame-options", "DENY");
  reply.header("cross-origin-opener-policy", "same-origin");
  reply.header("cross-origin-resource-policy", "same-origin");
  reply.header("permissions-policy", "camera=(), microphone=(), geolocation=()");
  done(null, payload);
}

/** Headers of an event stream, written by hand (the stream bypasses Fastify's reply hooks). */
export function streamHeaders(): Record<string, string> {
  return {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
    "content-security-policy": DATA_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-resource-policy": "same-origin",
  };
}
