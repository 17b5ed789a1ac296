import type { BudgetReason } from "../../sizing/budget-check.js";
import type { CountReason } from "../../sizing/count-check.js";

/** A figure inside a message, formatted by the renderer in the reader's language. */
export type Figure =
  | {
      readonly q: "power" | "energy" | "count" | "flopRate" | "mass" | "volume" | "fraction";
      readonly v: number;
    }
  | { readonly q: "money"; readonly v: number; readonly currency: string }
  | { readonly q: "area" | "distance"; readonly v: number };

export type Param = string | number | Figure | readonly Figure[];

/**
 * What the engine says, as data: a message id and its parameters. The CLI (or a web page) renders it in English or
 * French (messages/render.ts); the engine never builds sentences.
 */
export interface Message {
  readonly id: MessageId;
  readonly params: Readonly<Record<string, Param>>;
}

export const MESSAGE_IDS = [
  "explain.power",
  "explain.money",
  "explain.money.foreign",
  "explain.money.converted",
  "explain.money.small",
  "explain.accelerators",
  "explain.comparison",
  "explain.count",
  "explain.quantity",
  "explain.out-of-range",
  "explain.deal",
  "check.budget",
  "check.budget-scope",
  "check.chips",
  "check.accelerators",
  "check.accelerators-any",
  "check.equivalence",
  "check.sum",
  "check.parts-over",
  "check.phase",
  "note.not-readable",
  "note.empty",
  "note.no-figures",
] as const;
export type MessageId = (typeof MESSAGE_IDS)[number];

/**
 * Why a figure sits low or high against the model, as an analyst would guess it: a budget's and a count's readings are
 * the sizing's own (sizing/budget-check.ts, sizing/count-check.ts).
 */
export type Reason = BudgetReason | CountReason | "programme-not-site" | "financing";

export const message = (id: MessageId, params: Record<string, Param> = {}): Message => ({ id, params });
export const fig = (q: Exclude<Figure["q"], "money">, v: number): Figure => ({ q, v });
export const money = (v: number, currency = "USD"): Figure => ({ q: "money", v, currency });
