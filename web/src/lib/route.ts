// The page and its state live in the fragment (`#/size?s=...`), so static files work from any host and a link
// reopens exactly what its sender saw.
import { signal } from "@preact/signals";

export const PAGES = ["read", "size", "sites", "run", "ledger"] as const;
export type Page = (typeof PAGES)[number];

export interface Route {
  readonly page: Page;
  /** A sub-page: a site's id on the sites page. */
  readonly item?: string;
  /** The encoded state of the page (lib/share.ts), when the link carries one. */
  readonly state?: string;
  /** A view saved through the server (`#/s/<id>`), to be fetched and opened. */
  readonly shared?: string;
}

export function parseHash(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [first = "", item] = path.split("/");
  if (first === "s" && item) return { page: "read", shared: decodeURIComponent(item) };
  const page = (PAGES as readonly string[]).includes(first) ? (first as Page) : "read";
  const state = new URLSearchParams(query).get("s") ?? undefined;
  return {
    page,
    ...(item ? { item: decodeURIComponent(item) } : {}),
    ...(state ? { state } : {}),
  };
}

export function hashOf(r: Route): string {
  if (r.shared !== undefined) return `#/s/${encodeURIComponent(r.shared)}`;
  const path = `#/${r.page}${r.item === undefined ? "" : `/${encodeURIComponent(r.item)}`}`;
  return r.state === undefined ? path : `${path}?s=${r.state}`;
}

export const route = signal<Route>(parseHash(location.hash));

window.addEventListener("hashchange", () => {
  const next = parseHash(location.hash);
  if (hashOf(next) !== hashOf(route.value)) route.value = next;
});

/** Replaces the address with another page and state, without a new history entry (a saved view once loaded). */
export function replaceRoute(r: Route): void {
  history.replaceState(null, "", hashOf(r));
  route.value = r;
}

/** Goes to a page (a new history entry). */
export function navigate(r: Route): void {
  location.hash = hashOf(r);
}

/** Records the page's state in the address without a new history entry. */
export function replaceState(state: string | undefined): void {
  const { state: _old, ...rest } = route.value;
  const next: Route = state === undefined ? rest : { ...rest, state };
  const hash = hashOf(next);
  if (hash !== location.hash) history.replaceState(null, "", hash);
  route.value = next;
}
