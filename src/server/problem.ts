// Errors as RFC 9457 problem details carrying the core's issue list; issue codes map to HTTP statuses here, once.
import type { FastifyReply } from "fastify";
import { InputError, ISSUE_CODES, type Issue, type IssueCode } from "../core/index.js";

export const PROBLEM_TYPE = "application/problem+json";

/** An RFC 9457 problem document with the issues that caused it (`{ code, path, message, accepted }`). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly issues: readonly Issue[];
}

/** Codes that are not "invalid input" (422), with their status. */
const STATUS_OF: Partial<Record<IssueCode, number>> = {
  malformed_yaml: 400,
  empty_file: 400,
  binary_input: 400,
  unauthorized: 401,
  unknown_route: 404,
  unknown_scenario: 404,
  unknown_article: 404,
  unknown_view: 404,
  unknown_run: 404,
  input_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  busy: 503,
  timed_out: 503,
};

const TITLE_OF: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  404: "Not found",
  405: "Method not allowed",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

/** The status of a list of issues: the first issue with a status of its own, else 422 (invalid input). */
export function statusOf(issues: readonly Issue[]): number {
  for (const i of issues) {
    const s = STATUS_OF[i.code];
    if (s !== undefined) return s;
  }
  return 422;
}

export function problem(issues: readonly Issue[], status = statusOf(issues)): Problem {
  const first = issues[0];
  return {
    // A relative reference to the docs page, which lists every code with its meaning.
    type: first ? `/docs#${first.code}` : "about:blank",
    title: TITLE_OF[status] ?? "Error",
    status,
    detail: first
      ? issues.length > 1
        ? `${first.message} (and ${issues.length - 1} more)`
        : first.message
      : "",
    issues,
  };
}

/** Thrown by a route to answer with a problem document; a status may override the code's own (an unknown id in the path is 404). */
export class ProblemError extends Error {
  constructor(
    readonly issues: readonly Issue[],
    readonly status = statusOf(issues),
  ) {
    super(issues.map((i) => i.message).join("; "));
  }

  /** The same problem, its (single) issue listing what would have been accepted. */
  withAccepted(accepted: readonly string[]): ProblemError {
    return new ProblemError(
      this.issues.map((i) => ({ ...i, accepted })),
      this.status,
    );
  }
}

export const fail = (code: IssueCode, path: readonly (string | number)[], message: string, status?: number) =>
  new ProblemError([{ code, path, message }], status);

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type(PROBLEM_TYPE).send(p);
}

/** Any error a route or Fastify raised, as a problem; a fault of the server says nothing of itself. */
export function problemOfError(e: unknown): Problem {
  if (e instanceof ProblemError) return problem(e.issues, e.status);
  if (e instanceof InputError) return problem(e.issues);
  const f = e as { code?: string; statusCode?: number; validation?: unknown; message?: string };
  if (f.validation !== undefined) return problem(validationIssues(f));
  switch (f.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem([
        { code: "input_too_large", path: ["body"], message: "the request body is over this route's limit" },
      ]);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return problem([
        {
          code: "unsupported_media_type",
          path: ["content-type"],
          message: "this content type is not read here",
          accepted: ["application/json", "application/yaml", "text/plain"],
        },
      ]);
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return problem([{ code: "empty_file", path: ["body"], message: "the JSON body is empty" }]);
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return problem([{ code: "malformed_yaml", path: ["body"], message: `malformed JSON body` }]);
  }
  if (f.statusCode !== undefined && f.statusCode >= 400 && f.statusCode < 500 && f.message) {
    // Fastify's own client errors (a bad header, a malformed body): the message is about the request, never a stack.
    return problem(
      [{ code: "invalid_field", path: [], message: f.message.split("\n")[0] ?? "" }],
      f.statusCode,
    );
  }
  return problem([
    { code: "internal", path: [], message: "the server failed on this request; the fault is logged there" },
  ]);
}

/** A route schema's zod issues as our issues: a misspelt key is `unknown_key`, the rest `invalid_field`. */
function validationIssues(f: { validation?: unknown; validationContext?: string }): Issue[] {
  const context = f.validationContext ?? "body";
  const list = Array.isArray(f.validation) ? (f.validation as ValidationEntry[]) : [];
  return list.map((v) => {
    const path = (v.instancePath ?? "")
      .split("/")
      .filter((p) => p !== "")
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const keys = v.params?.keys ?? [];
    return v.keyword === "unrecognized_keys"
      ? {
          code: "unknown_key",
          path: [context, ...path],
          message: `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `'${k}'`).join(", ")}`,
        }
      : { code: "invalid_field", path: [context, ...path], message: v.message ?? "invalid value" };
  });
}

interface ValidationEntry {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
}

export const ISSUE_CODE_LIST = Object.entries(ISSUE_CODES) as [IssueCode, string][];
