// The server's API (`gigawatt serve`), used when it answers: saving and the ledger. The page computes everything
// else itself, so a static copy of the app loses only these.

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "no-server" | "error"; message: string };

async function call<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: "application/json", ...(init?.headers ?? {}) } });
  } catch (e) {
    return { ok: false, reason: "no-server", message: String(e) };
  }
  const type = res.headers.get("content-type") ?? "";
  // A static host answers 404 or sends back an HTML page: there is no API behind it.
  if (res.status === 404 || res.status === 405 || !type.includes("json")) {
    return { ok: false, reason: "no-server", message: `HTTP ${res.status}` };
  }
  const body = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const message =
      body && typeof body === "object" && "message" in body ? String(body.message) : `HTTP ${res.status}`;
    return { ok: false, reason: "error", message };
  }
  return { ok: true, value: body as T };
}

/** Saves a page's state; the server answers with a share id. */
export function saveState(page: string, state: unknown): Promise<ApiResult<{ id: string }>> {
  return call("./v1/scenarios", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ page, state }),
  });
}

/** A project's announcements over time, from the store. */
export function ledger(project: string): Promise<ApiResult<unknown>> {
  return call(`./v1/ledger?project=${encodeURIComponent(project)}`);
}
