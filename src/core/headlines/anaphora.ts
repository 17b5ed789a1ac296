import { testTwin, twin } from "./scan.js";
import type { Span } from "./sentences.js";

// Words by which a sentence refers back to an organisation named before it: pronouns and "the company"-like noun
// phrases (LABELS-v2.md: pronouns and "the company" resolve to the entity they refer to). A sentence without one,
// and without an organisation of its own, is about someone else or no one: the story's actor is not carried to it.
const REFERS_BACK = twin(
  /\b(?:it|its|it['’]s|they|their|them|itself|(?:the|this|that)\s{1,3}(?:\p{L}+[\s-]){0,2}(?:company|firm|group|maker|chipmaker|provider|retailer|giant|parent|owner|start-?up|operator|developer|lab|laboratory|insurgent|lender|bank|buyer|seller|hyperscaler|conglomerate|utility|business|venture|partner|partners|partnership|joint\s+venture|consortium)|chief\s+(?:executive|financial\s+officer|operating\s+officer)|ceo|cfo|founder|co-founder|spokes(?:man|woman|person)|executives?|management|il|elle|ils|elles|sa|son|ses|leurs?|(?:directeur|directrice)\s+(?:général|générale|financier|financière)|pdg|patron|porte-parole|dirigeants?|(?:la|cette)\s{1,3}(?:société|firme|start-?up|jeune\s+pousse|entreprise|compagnie|banque|coentreprise)|(?:le|ce)\s{1,3}(?:groupe|géant|fabricant|fondeur|partenaire|consortium|fonds|opérateur|développeur|laboratoire|constructeur)|l['’]\s?(?:entreprise|opérateur|américain|industriel|énergéticien|hébergeur))\b/iu,
);

/** Whether a span of text refers back to an organisation named earlier (a pronoun or "the company"). */
export function refersBack(text: string, span: Span): boolean {
  return testTwin(REFERS_BACK, text.slice(span.start, span.end));
}

// Words by which a sentence points back to a site named before it.
const SITE_BACK = twin(
  /\b(?:(?:the|this|that)\s{1,3}(?:\p{L}+[\s-]){0,2}(?:site|campus|project|facility|plant|cluster|complex|development|data\s*cent(?:er|re)|datacenter|building|buildings|halls?)|buildings|halls|bâtiments|there|(?:le|ce)\s{1,3}(?:site|campus|projet|complexe|centre\s+de\s+données|bâtiment|chantier)|(?:la|cette)\s{1,3}(?:centrale|installation|usine)|y)\b/iu,
);

/** Whether a span of text points back to a site named earlier ("the campus", "le site", "there"). */
export function refersToSite(text: string, span: Span): boolean {
  return testTwin(SITE_BACK, text.slice(span.start, span.end));
}

// A counterparty named by a pronoun or "the company" after a preposition: "a stake in it", "10% of the chipmaker",
// "from the New Jersey company", "dans la jeune pousse", "pour son compte".
const COUNTERPARTY_BACK = twin(
  /\b(?:from|in|of|with|to|into|for|dans|de|du|avec|auprès\s+de|pour)\s{1,3}(?:it|them|(?:the|this|that)\s{1,3}(?:[\p{L}-]+\s{1,3}){0,2}(?:company|firm|group|maker|chipmaker|provider|start-?up|operator|developer|lab|laboratory|business|cloud\s+provider)|l['’]\s?(?:entreprise|opérateur|américain|hébergeur)|(?:la|cette)\s{1,3}(?:société|firme|start-?up|jeune\s+pousse|entreprise)|(?:le|ce)\s{1,3}(?:groupe|géant|fabricant|fondeur|laboratoire)|son\s+compte|leur\s+compte)\b/iu,
);

/** Whether a span of text names a counterparty by referring back ("a stake in it", "of the chipmaker"). */
export function counterpartyBack(text: string, span: Span): boolean {
  return testTwin(COUNTERPARTY_BACK, text.slice(span.start, span.end));
}
