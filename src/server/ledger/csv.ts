// The ledger as CSV (RFC 4180): one row per claim. A text cell that a spreadsheet would run as a formula is
// prefixed with an apostrophe (OWASP's CSV-injection advice).
import type { LedgerClaim } from "../../store/index.js";

const COLUMNS = [
  "published",
  "project",
  "programme",
  "organisation",
  "counterparty",
  "relation",
  "kind",
  "value",
  "unit",
  "currency",
  "qualifier",
  "phrase",
  "place",
  "claimedFor",
  "checks",
  "articleId",
  "claimIndex",
] as const;

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  let s = typeof v === "string" ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ledgerCsv(claims: readonly LedgerClaim[]): string {
  const rows = claims.map((c) =>
    COLUMNS.map((k) =>
      cell(k === "checks" ? c.checks.map((x) => (x as { verdict?: string }).verdict).join(" ") : c[k]),
    ).join(","),
  );
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
