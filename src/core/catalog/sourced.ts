import { z } from "zod";

/** Where a number comes from: a publication in the file's `sources:` map. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  authors: z.string().min(1).optional(),
  date: z.union([z.string(), z.number().int()]).transform(String),
  url: z.string().url(),
  accessed: z.string().optional(),
  locator: z.string().optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const DATE = /^\d{4}(?:-Q[1-4]|-H[12]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as precise as known: "2024", "2024-06", "2024-06-17", "2025-Q3", "2026-H2". */
export const dateText = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .refine((s) => DATE.test(s), { message: "expected a date such as 2024, 2024-06, 2024-06-17 or 2025-Q3" });

const citationFields = {
  /** Id of an entry in the file's `sources:` map; qualified as `<file>/<id>` on load. */
  source: z.string().min(1).optional(),
  /** The reasoning, when no source states the number. */
  assumption: z.string().min(15).optional(),
  locator: z.string().optional(),
  year: z.number().int().min(1950).max(2100).optional(),
  note: z.string().optional(),
};

const hasOneCitation = (v: { source?: string | undefined; assumption?: string | undefined }) =>
  (v.source === undefined) !== (v.assumption === undefined);
const citationMessage = {
  message: "needs exactly one of `source` (an id in the file's sources) or `assumption` (the reasoning)",
};

/** A number cited beside itself: `{ value: 700, source: nvidia-h100-datasheet, locator: "Table 1" }`. */
export function sourced(value: z.ZodNumber) {
  return z
    .strictObject({ value, range: z.tuple([z.number(), z.number()]).optional(), ...citationFields })
    .refine(hasOneCitation, citationMessage)
    .refine((v) => v.range === undefined || (v.range[0] <= v.value && v.value <= v.range[1]), {
      message: "`value` must lie within `range`",
    });
}

/** A date cited beside itself: `{ value: "2024-07", source: ... }`. */
export const sourcedDate = z
  .strictObject({ value: dateText, ...citationFields })
  .refine(hasOneCitation, citationMessage);

export const positive = () => sourced(z.number().positive());
export const nonNegative = () => sourced(z.number().nonnegative());
export const fractionValue = () => sourced(z.number().min(0).max(1));

/** What every sourced value looks like after loading, whatever its number's range. */
export interface Cited {
  readonly source?: string | undefined;
  readonly assumption?: string | undefined;
  readonly locator?: string | undefined;
  readonly year?: number | undefined;
  readonly note?: string | undefined;
}
export interface SourcedNumber extends Cited {
  readonly value: number;
  readonly range?: readonly [number, number] | undefined;
}
