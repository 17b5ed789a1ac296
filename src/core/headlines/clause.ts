import { firstAtOrAfter, type Span } from "./sentences.js";

// A small clause analyser for English and French, linear in the span it reads: one pass of a word pattern over a
// bounded window around a figure, then look-ups in fixed word lists. It splits at punctuation, coordination,
// subordinate and relative words, finds the verb that governs a figure (a relation verb, an auxiliary or modal, a
// passive "was financed by" / "a été financé par") and names the agent and counterparty among the entities given.

/** An entity named in the text, as the analyser needs it: where, and which. */
export interface Named extends Span {
  readonly id: string;
}

/** The roles a figure's clause gives: who acts, with whom, and whether the clause says it at all. */
export interface ClauseRoles {
  /** The clause around the figure. */
  readonly clause: Span;
  /** The agent: the active subject, or the "by/par" agent of a passive; a relative clause's antecedent. */
  readonly agent?: Named;
  /** The counterparty: the verb's object, or an entity after "from/with/to/avec/auprès de/à". */
  readonly counterparty?: Named;
  /** Whether the clause has a verb the analyser knows. */
  readonly verb: boolean;
  readonly passive: boolean;
  /** Whether the clause's subject is a pronoun or "the company" ("it will spend", "la société investira"). */
  readonly pronoun: boolean;
}

interface Token extends Span {
  readonly word: string;
}

const TOKEN = /[A-Za-zÀ-ÖØ-öø-ÿŒœ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿŒœ]+)*|[,;:()«»"“”[\]]|\$?\d[\d.,]*/g;

const PUNCTUATION = new Set([",", ";", ":", "(", ")", "«", "»", '"', "“", "”", "[", "]"]);
const RELATIVE = new Set([
  "which",
  "who",
  "whose",
  "qui",
  "dont",
  "lequel",
  "laquelle",
  "lesquels",
  "lesquelles",
]);
const SUBORDINATE = new Set([
  "that",
  "because",
  "after",
  "before",
  "when",
  "where",
  "while",
  "whereas",
  "although",
  "if",
  "as",
  "que",
  "qu",
  "lorsque",
  "quand",
  "où",
  "car",
  "puisque",
  "si",
]);
const COORDINATE = new Set(["and", "but", "et", "mais", "or", "ou"]);

// Finite verbs and participles the reader knows: auxiliaries and modals, verbs of saying, and the relation verbs
// (relations.ts), English and French. Words only: forms are listed, not guessed from endings, so a noun is not a verb.
const VERBS = new Set(
  `will would shall should can could may might must is are was were be been being has have had does did
  plans plan planned expects expected aims intends wants agreed agrees said says told announced announces unveiled
  invest invests invested investing spend spends spent spending build builds built building construct constructs
  constructed develop develops developed expand expands expanded raise raises raised raising buy buys bought
  purchase purchased purchases order orders ordered lend lends lent borrow borrows borrowed sign signs signed sell
  sells sold supply supplies supplied acquire acquires acquired lease leases leased pledge pledges pledged commit
  commits committed fund funds funded finance finances financed secure secures secured arrange arranges arranged
  led leads lead backed back backs provide provides provided pay pays paid put puts taps tapped deploy deploys
  deployed operate operates operated own owns owned emits emitted employ employs employed hire hires hired
  received receives receive won wins got gets get reached reach reaches cost costs valued
  ont avait avaient aura auront est sont était étaient sera seront serait été être va vont doit doivent devrait
  veut veulent prévoit prévoient compte envisage annonce annoncé a-t-il dit déclaré indiqué précisé affirmé
  investit investira investi investissent investir dépense dépensé dépensera construit construira construire
  bâtit bâti développe développé développera lève levé lèvera achète acheté achètera commande commandé signe signé
  prête prêté emprunte emprunté vend vendu fournit fourni fournira livre livré acquiert acquis loue loué finance
  financé financée financés engage engagé apporte apporté injecte injecté mise misé obtient obtenu reçu coûte
  coûtera détient emploie emploiera embauche embauchera exploite exploité installe installé investiront
  construiront dépenseront lèveront achèteront financeront fourniront signeront`.split(/\s+/),
);

// Past participles that, followed by "by"/"par", make a passive or a reduced relative ("a loan led by JPMorgan").
const PARTICIPLE =
  /^(?:\p{L}+(?:ed|en|t|wn|ld|id|é|ée|és|ées|i|is|it|ite|u|ue|us)|led|built|sold|bought|lent|paid|won|held|made)$/u;
const AGENT = new Set(["by", "par"]);
// Subjects that refer back to an organisation named before.
const PRONOUNS = new Set(
  "it they company firm group il elle ils elles société entreprise groupe firme".split(" "),
);
// Words after which an entity is the counterparty, not the actor.
const TO_WHOM = new Set([
  "from",
  "with",
  "to",
  "for",
  "into",
  "in",
  "avec",
  "auprès",
  "à",
  "au",
  "aux",
  "chez",
  "pour",
]);
// The longest window read around a figure (characters on each side), so that the work per figure is bounded.
const REACH = 200;

function tokensIn(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, word: m[0].toLowerCase() });
  }
  return out;
}

/** Where the clause around `at` starts and ends (token indices), and the word that opened it. */
function clauseBounds(tokens: readonly Token[], at: number): { from: number; to: number; opener: string } {
  const splits = (t: Token) =>
    PUNCTUATION.has(t.word) || RELATIVE.has(t.word) || SUBORDINATE.has(t.word) || COORDINATE.has(t.word);
  let from = at;
  while (from > 0 && !splits(tokens[from - 1] as Token)) from--;
  let to = at;
  while (to < tokens.length && !(to > at && splits(tokens[to] as Token))) to++;
  return { from, to, opener: tokens[from - 1]?.word ?? "" };
}

// French "a" (has) is a verb only before a participle ("a levé", "a été"): in English it is the article.
const FRENCH_A = /^(?:été|\p{L}+(?:é|i|is|it|u|us|ait))$/u;

function isVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.word === "a") return FRENCH_A.test(tokens[i + 1]?.word ?? "");
  return VERBS.has(t.word);
}

/** The first verb of the group ending at i ("will be built", "a été financé"). */
function groupStart(tokens: readonly Token[], from: number, i: number): number {
  let start = i;
  while (start - 1 >= from && i - start < 3 && isVerbAt(tokens, start - 1)) start--;
  return start;
}

/** The verb governing the figure: the last one before it in the clause, else the first one after it. */
function governing(tokens: readonly Token[], from: number, at: number, to: number): number {
  for (let i = at - 1; i >= from; i--) if (isVerbAt(tokens, i)) return groupStart(tokens, from, i);
  for (let i = at; i < to; i++) if (isVerbAt(tokens, i) || isPassiveAt(tokens, i)) return i;
  return -1;
}

/** Whether the token at i is a participle followed by "by"/"par" (after adverbs such as "in part"). */
function isPassiveAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !PARTICIPLE.test(t.word)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const w = (tokens[k] as Token).word;
    if (AGENT.has(w)) return true;
    if (!/^(?:in|part|partly|jointly|en|partie|notamment|largely|mainly|also|aussi)$/u.test(w)) return false;
  }
  return false;
}

// Forms of "be" that make a passive with a participle ("was financed", "a été financé", "will be built").
const BE = new Set(
  "is are was were be been being get gets got est sont était étaient été sera seront serait être".split(" "),
);

/**
 * Whether the verb group starting at v is passive: a participle followed by "by/par" ("led by"), or a form of "be"
 * then a participle, with "by/par" later in the clause ("was lent $2 billion by JPMorgan").
 */
function isPassiveGroup(tokens: readonly Token[], v: number, to: number): boolean {
  let end = v;
  while (end + 1 < to && end - v < 3 && (isVerbAt(tokens, end + 1) || BE.has((tokens[end] as Token).word)))
    end++;
  for (let i = v; i <= end; i++) if (isPassiveAt(tokens, i)) return true;
  const participle = PARTICIPLE.test((tokens[end] as Token).word);
  const be = tokens.slice(v, end).some((t) => BE.has(t.word));
  if (!participle || !be) return false;
  for (let i = end + 1; i < to; i++) if (AGENT.has((tokens[i] as Token).word)) return true;
  return false;
}

/** The first entity whose start lies in [start, end), or the last one when `last` is set. */
function entityIn(named: readonly Named[], start: number, end: number, last = false): Named | undefined {
  let found: Named | undefined;
  for (const n of named) {
    if (n.start < start || n.start >= end) continue;
    if (!last) return n;
    found = n;
  }
  return found;
}

// What may join the names of a list of actors: "OpenAI, Oracle and SoftBank", "Nscale et Aker".
const LIST_GLUE = /^(?:\s*,\s*|\s+(?:and|et|&)\s+|\s*,\s*(?:and|et)\s+)$/u;

/** The first name of a list of actors ending with `last` ("OpenAI, Oracle and SoftBank will invest" is OpenAI's). */
function firstOfList(text: string, named: readonly Named[], last: Named | undefined): Named | undefined {
  if (!last) return undefined;
  let first = last;
  for (let i = named.indexOf(last) - 1; i >= 0; i--) {
    const n = named[i] as Named;
    if (n.end > first.start || !LIST_GLUE.test(text.slice(n.end, first.start))) break;
    first = n;
  }
  return first;
}

/** Whether an entity stands right after a word naming a counterparty ("from", "avec", "auprès de"). */
function afterToWhom(tokens: readonly Token[], n: Named): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.end > n.start) continue;
    if (TO_WHOM.has(t.word)) return true;
    if (/^(?:the|la|le|les|l|de|d|its|ses|sa|son)$/u.test(t.word)) continue;
    return false;
  }
  return false;
}

/**
 * The roles of the clause around a figure: its governing verb, its agent (the subject before an active verb, the
 * "by/par" agent of a passive, a relative or coordinated clause's antecedent) and its counterparty.
 */
export function clauseRoles(
  text: string,
  sentence: Span,
  figure: Span,
  named: readonly Named[],
): ClauseRoles {
  const window = {
    start: Math.max(sentence.start, figure.start - REACH),
    end: Math.min(sentence.end, figure.end + REACH),
  };
  const tokens = tokensIn(text, window);
  const inWindow: Named[] = [];
  for (let i = firstAtOrAfter(named, window.start); i < named.length; i++) {
    const n = named[i] as Named;
    if (n.start >= window.end) break;
    if (n.end <= window.end) inWindow.push(n);
  }
  let at = tokens.findIndex((t) => t.end > figure.start);
  if (at < 0) at = tokens.length;
  const { from, to, opener } = clauseBounds(tokens, at);
  const clause = {
    start: tokens[from]?.start ?? figure.start,
    end: tokens[to - 1]?.end ?? figure.end,
  };
  const v = governing(tokens, from, at, to);
  const base = { clause, verb: v >= 0, passive: false, pronoun: false };
  if (v < 0) return base;
  const verb = tokens[v] as Token;
  const passive = isPassiveGroup(tokens, v, to);
  const before = tokens.slice(from, v);
  const own = inWindow.filter((n) => !afterToWhom(tokens, n));
  if (passive) {
    const byAt = tokens.findIndex((t, i) => i > v && i < to + 1 && AGENT.has(t.word));
    const agent = byAt >= 0 ? entityIn(inWindow, (tokens[byAt] as Token).end, clause.end + 60) : undefined;
    const counterparty = entityIn(inWindow, clause.start, verb.start, true);
    return { ...base, passive, ...(agent ? { agent } : {}), ...(counterparty ? { counterparty } : {}) };
  }
  const subject = firstOfList(text, own, entityIn(own, clause.start, verb.start, true));
  const antecedent =
    !subject &&
    (RELATIVE.has(opener) || COORDINATE.has(opener) || opener === "that") &&
    before.every((_, i) => isVerbAt(tokens, from + i))
      ? entityIn(own, window.start, clause.start, true)
      : undefined;
  const agent = subject ?? antecedent;
  const counterparty = entityIn(
    inWindow.filter((n) => n.id !== agent?.id),
    verb.end,
    clause.end + 1,
  );
  const pronoun = !agent && before.some((t) => PRONOUNS.has(t.word));
  return { ...base, pronoun, ...(agent ? { agent } : {}), ...(counterparty ? { counterparty } : {}) };
}
