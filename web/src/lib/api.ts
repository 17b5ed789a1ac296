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
  // A static host answers 404 in plain text or sends back an HTML page: there is no API behind it. The server's own
  // 404 (an unknown saved id) is a problem document in JSON.
  if (!type.includes("json")) {
    return { ok: false, reason: "no-server", message: `HTTP ${res.status}` };
  }
  const body = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    // The server answers problems as RFC 9457 documents with the issues that caused them.
    const problem = (body ?? {}) as { issues?: { message?: string }[]; detail?: string };
    const message = problem.issues?.[0]?.message ?? problem.detail ?? `HTTP ${res.status}`;
    return { ok: false, reason: "error", message };
  }
  return { ok: true, value: body as T };
}

export interface SavedView {
  readonly id: string;
  readonly page: string;
  /** The page's state as its address carries it (lib/share.ts). */
  readonly state: string;
}

/** Saves a page and its encoded state; the server answers with a share id (opened at `#/s/<id>`). */
export function saveView(page: string, state: string): Promise<ApiResult<SavedView>> {
  return call("./v1/views", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ page, state }),
  });
}

/** A saved page, by its share id. */
export function loadView(id: string): Promise<ApiResult<SavedView>> {
  return call(`./v1/views/${encodeURIComponent(id)}`);
}

/** One claim of the ledger as the server gives it (src/store/articles.ts). */
export interface LedgerClaim {
  readonly articleId: string;
  readonly claimIndex: number;
  readonly kind: string;
  readonly value: number;
  readonly unit: string;
  readonly phrase: string;
  readonly organisation: string | null;
  readonly project: string | null;
  readonly published: string | null;
}

export interface LedgerAnswer {
  readonly claims: readonly LedgerClaim[];
  readonly checks: readonly { kind: string; unit: string; verdict: string; message: string }[];
}

/** A project's announcements over time, from the store. */
export function ledger(project: string): Promise<ApiResult<LedgerAnswer>> {
  return call(`./v1/ledger?project=${encodeURIComponent(project)}`);
}

/** The saved articles' addresses, to link each claim to where it was published. */
export function articles(): Promise<ApiResult<{ articles: { id: string; url: string | null }[] }>> {
  return call("./v1/articles?limit=1000");
}

/** Saves an article (explained again by the server); its claims enter the ledger. */
export function saveArticle(
  text: string,
  date: string,
): Promise<ApiResult<{ id: string; ledger: unknown[] }>> {
  return call("./v1/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(date === "" ? { text } : { text, date }),
  });
}
