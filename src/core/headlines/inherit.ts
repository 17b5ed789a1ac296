import { testTwin, twin } from "./scan.js";

// Which earlier figure a figure with no unit of its own takes its kind and unit from ("up from 18", "50 milliards").
/** What is read of an earlier figure: its kind and where it ends. */
interface Earlier {
  readonly kind: string;
  readonly end: number;
}

// A bare number after these words is the earlier figure's kind and unit: "27 of them ..., up from 18".
const INHERITS_BEFORE = twin(
  /(?:\bup\s+from|\bdown\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bcontre)\s{1,3}$/iu,
);

/** The first figure of the sentence that ends at `offset`, looking back at most a few figures and 300 characters. */
export function firstOfSentence<T extends Earlier>(
  text: string,
  claims: readonly T[],
  offset: number,
): T | undefined {
  let first: T | undefined;
  for (let i = claims.length - 1; i >= Math.max(0, claims.length - 4); i--) {
    const c = claims[i] as T;
    if (offset - c.end > 300 || /[.!?]\s/.test(text.slice(c.end, offset))) break;
    first = c;
  }
  return first;
}

// How far back a bare amount of money ("Les 5 milliards restants", "the 52 billion") finds the amount whose currency
// it takes: about two paragraphs, the reach of a story's project.
const MONEY_REACH = 1500;
// After a bare amount, a currency the reader has no entry for ("50 milliards de pesos") or a noun of what is counted
// ("800 million weekly users", "1,4 milliard d'habitants") says it is not money in the last currency; a bare amount
// is otherwise money ("Les 5 milliards restants", "plus de 3 milliards via ses fonds").
const COUNTS_SOMETHING_AFTER = twin(
  /^\s{1,3}(?:(?:[a-z]+ly|active|monthly|weekly|daily)\s{1,3})?(?:users|people|persons|customers|subscribers|residents|inhabitants|citizens|homes|households|visitors|downloads|queries|requests|prompts|messages|tokens|parameters|words|images|devices|phones|tons|tonnes|barrels|gallons|litres|liters|years|hours|miles|km)\b|^\s{1,3}(?:d['’]\s*|de\s{1,3})?(?:pesos?|rands?|liras?|lires?|francs?|kron(?:a|or|er|e)|couronnes?|dinars?|baht|dongs?|rupiahs?|shekels?|forints?|lei|levs?|hryvnias?|tenges?)\b|^\s{1,3}(?:d['’]\s*|de\s{1,3})(?:habitants|utilisateurs|personnes|clients|abonn[ée]s|foyers|m[ée]nages|requ[êe]tes|jetons|param[èe]tres|tonnes|litres|barils|ann[ée]es|heures|kilom[èe]tres|visiteurs|appareils)/iu,
);
// After a bare number, words that refer back to what the sentences before counted ("could grow to 31,000 over time",
// "52,000 from Narvik", "en installera 60 000 au Royaume-Uni", "12,600 of the chips"): a preposition, an adverb of
// time, or the end of the clause; never a noun, which would say what the number counts.
const REFERS_BACK_AFTER = twin(
  /^(?:\s{0,2}[,.;:)]|\s{1,3}(?:from|over|by|in|at|to|into|across|for|more|next|this|later|par|au|aux|dans|en|d['’]ici|à|sur|chez|de\s+plus|of\s+(?:the|these|those|its|their)\b))/iu,
);
// How far back such a number looks for the count it continues: its sentence and the one before.
const COUNT_REACH = 400;

/** Whether a figure with no unit takes an earlier figure's: "50 milliards" after money, "up from 18" after a count. */
export function inheritance<T extends Earlier>(
  text: string,
  claims: readonly T[],
  phraseStart: number,
  own: {
    unitText: string | undefined;
    prefix: string | undefined;
    wordsOnly: boolean;
    scaleWord: string | undefined;
    value: number;
    end: number;
  },
): { inheritsMoney: T | undefined; inherits: T | undefined; continues?: boolean } {
  const { unitText, prefix, wordsOnly, scaleWord } = own;
  const previous = claims.at(-1);
  const bare = !unitText && !prefix;
  // "50 milliards" with no unit is money in the currency of the last amount within reach; "30 millions" only right
  // after one ("300 millions d'euros, contre moins de 30 millions").
  const large = scaleWord !== undefined && /^(?:milliards?|billions?|bn|trillions?)$/i.test(scaleWord);
  const millions = scaleWord !== undefined && /^(?:millions?|mn)$/i.test(scaleWord);
  let inheritsMoney: T | undefined;
  const continuesMoney = !testTwin(COUNTS_SOMETHING_AFTER, text.slice(own.end, own.end + 40));
  if (bare && !wordsOnly && large && continuesMoney) {
    inheritsMoney = claims.findLast((c) => c.kind === "money" && phraseStart - c.end < MONEY_REACH);
  } else if (
    bare &&
    !wordsOnly &&
    millions &&
    continuesMoney &&
    previous?.kind === "money" &&
    phraseStart - previous.end < 200
  ) {
    inheritsMoney = previous;
  }
  if (inheritsMoney) return { inheritsMoney, inherits: undefined };
  if (!bare || previous === undefined) return { inheritsMoney: undefined, inherits: undefined };
  // "up from 18", "contre 12": the earlier figure's kind and unit.
  const compared =
    phraseStart - previous.end < 120 &&
    !/[.!?]\s/.test(text.slice(previous.end, phraseStart)) &&
    testTwin(INHERITS_BEFORE, text.slice(Math.max(0, phraseStart - 25), phraseStart));
  if (compared) return { inheritsMoney: undefined, inherits: previous };
  // "could grow to 31,000 over time": a large bare number that refers back continues the last count of its sentence
  // or the one before, when no other figure stands between.
  const continues =
    previous.kind === "count" &&
    own.value >= 1000 &&
    !/^(?:19|20)\d\d$/.test(text.slice(phraseStart, own.end).trim()) &&
    phraseStart - previous.end < COUNT_REACH &&
    !/[.!?]\s[^.!?]*[.!?]\s/.test(text.slice(previous.end, phraseStart)) &&
    testTwin(REFERS_BACK_AFTER, text.slice(own.end, own.end + 20));
  return continues
    ? { inheritsMoney: undefined, inherits: previous, continues }
    : { inheritsMoney: undefined, inherits: undefined };
}
