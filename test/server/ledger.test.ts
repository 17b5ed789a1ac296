import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/node/data-files.js";
import { ledgerCsv } from "../../src/server/ledger/csv.js";
import { timelineChecks } from "../../src/server/ledger/timeline.js";
import type { LedgerClaim } from "../../src/store/index.js";

const claim = (over: Partial<LedgerClaim>): LedgerClaim => ({
  articleId: "a",
  claimIndex: 0,
  kind: "power",
  value: 2e9,
  unit: "W",
  currency: null,
  qualifier: null,
  phrase: "2 GW",
  organisation: "meta",
  counterparty: null,
  relation: null,
  programme: null,
  project: "hyperion",
  place: null,
  claimedFor: null,
  published: "2024-12-04",
  checks: [],
  createdAt: "2026-01-01T00:00:00Z",
  ...over,
});

describe("the ledger's checks over time", () => {
  it("says a project's power was raised from 2 GW to 5 GW (×2.5), then restated", () => {
    const checks = timelineChecks(
      [claim({}), claim({ articleId: "b", value: 5e9, published: "2025-07-14" })],
      loadCatalog(),
    );
    expect(checks).toHaveLength(1);
    expect(checks[0]?.verdict).toBe("raised");
    expect(checks[0]?.message).toMatch(/^2\.00 GW on 2024-12-04, then 5\.00 GW on 2025-07-14: raised ×2\.5/);
    const same = timelineChecks([claim({}), claim({ articleId: "b" })], loadCatalog());
    expect(same[0]?.verdict).toBe("restated");
  });

  it("keeps money and power apart, and leaves a single claim unchecked", () => {
    const checks = timelineChecks(
      [claim({}), claim({ kind: "money", unit: "USD", value: 1e10, articleId: "b" })],
      loadCatalog(),
    );
    expect(checks).toEqual([]);
  });
});

describe("the ledger as CSV", () => {
  it("quotes commas and quotes, and defuses cells a spreadsheet would run as formulas", () => {
    const csv = ledgerCsv([claim({ phrase: '=HYPERLINK("x"), 2 GW' })]);
    const [header, row] = csv.split("\r\n");
    expect(header?.startsWith("published,project,programme,organisation")).toBe(true);
    expect(row).toContain(`"'=HYPERLINK(""x""), 2 GW"`);
  });
});
