// The docs page: the OpenAPI document rendered on the server as plain HTML (no script, no external asset), with
// every issue code a problem document may carry.
import { ISSUE_CODES } from "../core/index.js";

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { description?: string };
  }[];
  requestBody?: { content?: Record<string, unknown> };
}

export interface OpenApiDocumentShape {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function docsPage(doc: OpenApiDocumentShape): string {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ", required" : ""}) ${escapeHtml(p.description ?? p.schema?.description ?? "")}</li>`,
        )
        .join("");
      const body = op.requestBody?.content
        ? `<p>Body: ${Object.keys(op.requestBody.content)
            .map((t) => `<code>${escapeHtml(t)}</code>`)
            .join(", ")}</p>`
        : "";
      return `<section><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary ?? "")}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ""}${params ? `<ul>${params}</ul>` : ""}${body}</section>`;
    }),
  );
  const codes = Object.entries(ISSUE_CODES)
    .map(
      ([code, meaning]) =>
        `<tr id="${code}"><td><code>${code}</code></td><td>${escapeHtml(meaning)}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gigawatt API</title></head><body>
<h1>${escapeHtml(doc.info?.title ?? "gigawatt API")} ${escapeHtml(doc.info?.version ?? "")}</h1>
<p>${escapeHtml(doc.info?.description ?? "")}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${ops.join("\n")}
<h2>Problem documents</h2>
<p>Errors are RFC 9457 problem details (<code>application/problem+json</code>) with <code>issues</code>: one <code>{ code, path, message, accepted }</code> per problem. The codes:</p>
<table><thead><tr><th>code</th><th>meaning</th></tr></thead><tbody>${codes}</tbody></table>
</body></html>
`;
}
