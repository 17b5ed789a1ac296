import { InputError } from "../core/index.js";

/**
 * Checks an article date given as YYYY-MM-DD: a real calendar date (2026-02-31 and 2025-02-29 are not) between
 * 2000 and 2099, the years whose "next year" the reader resolves.
 */
export function checkArticleDate(text: string | undefined, flag = "--date"): void {
  if (text === undefined) return;
  const m = /^(20\d\d)-(\d\d)-(\d\d)$/.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    m !== null &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (real) return;
  throw new InputError([
    {
      code: "invalid_date",
      path: [flag],
      message: `invalid date '${text}': not a calendar date (expected the article's date as YYYY-MM-DD, such as 2026-03-04)`,
    },
  ]);
}
