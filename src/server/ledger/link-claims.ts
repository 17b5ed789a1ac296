// Ties each claim of an explained article to the catalog: the organisation that makes it (or the project's owner),
// its counterparty, the project and the programme, so the ledger can be read per project over time.
import type { Catalog, Explanation } from "../../core/index.js";
import type { NewLedgerClaim } from "../../store/index.js";

export function ledgerClaims(e: Explanation, catalog: Catalog): NewLedgerClaim[] {
  return e.claims.map((c) => {
    const project = c.project === undefined ? undefined : catalog.projects.get(c.project);
    const subject = c.subject === undefined ? undefined : catalog.organisations.get(c.subject);
    const counterparty = c.object === undefined ? undefined : catalog.organisations.get(c.object);
    return {
      kind: c.kind,
      value: c.value,
      unit: c.unit,
      // Money is in the currency it was stated in: the claim's unit.
      currency: c.kind === "money" ? c.unit : null,
      qualifier: c.qualifier ?? null,
      phrase: c.phrase,
      organisation: subject?.id ?? project?.owner ?? null,
      counterparty: counterparty?.id ?? null,
      relation: c.relation ?? null,
      // The catalog has no programme records yet (Stargate's sites are separate projects): left empty until it does.
      programme: null,
      project: project?.id ?? null,
      place: c.place ?? null,
      claimedFor: c.when ?? null,
      published: e.published ?? null,
      checks: c.checks,
    };
  });
}
