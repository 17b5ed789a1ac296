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

/** Whether a figure with no unit takes the previous figure's: "50 milliards" after money, "up from 18" after a count. */
export function inheritance(
  text: string,
  previous: Earlier | undefined,
  phraseStart: number,
  own: {
    unitText: string | undefined;
    prefix: string | undefined;
    wordsOnly: boolean;
    scaleWord: string | undefined;
  },
) {
  const { unitText, prefix, wordsOnly, scaleWord } = own;
  // "50 milliards" with no unit, shortly after an amount of money, is money in the same currency.
  const inheritsMoney =
    !unitText &&
    !prefix &&
    !wordsOnly &&
    scaleWord !== undefined &&
    /^(?:milliards?|billions?|bn|trillions?)$/i.test(scaleWord) &&
    previous?.kind === "money" &&
    phraseStart - previous.end < 200;
  // "up from 18", "contre 12": the earlier figure's kind and unit.
  const inherits =
    !unitText &&
    !prefix &&
    previous !== undefined &&
    phraseStart - previous.end < 120 &&
    !/[.!?]\s/.test(text.slice(previous.end, phraseStart)) &&
    testTwin(INHERITS_BEFORE, text.slice(Math.max(0, phraseStart - 25), phraseStart));
  return { inheritsMoney, inherits };
}
