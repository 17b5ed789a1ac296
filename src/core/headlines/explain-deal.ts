import type { Catalog } from "../catalog/index.js";
import { matchingDeal } from "./deals.js";
import { type Message, message } from "./messages/message.js";
import type { Relation } from "./relations.js";

/** The catalog deal an amount in dollars matches, as a message, or undefined. */
export function explainDeal(
  catalog: Catalog,
  about: { readonly subject?: string; readonly project?: string; readonly relation?: Relation },
  usd: number,
): Message | undefined {
  const deal = matchingDeal(catalog, about, usd);
  if (!deal) return undefined;
  return message("explain.deal", {
    deal: deal.id,
    parties: `${deal.payer}${deal.payee ? ` → ${deal.payee}` : ""}`,
    kind: deal.kind,
    announced: deal.announced.value,
    purpose: deal.purpose,
  });
}
