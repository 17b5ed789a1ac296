/** How the text qualifies a figure (LABELS-v2.md): absent when exact. */
export type Qualifier = "about" | "up-to" | "at-least" | "more-than" | "less-than";

/** The qualifier a matched qualifier phrase states ("well over" is more-than, "jusqu'à" up-to, "près de" about). */
export function qualifierOf(text: string | undefined): Qualifier | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/^(?:at\s+least|au\s+moins)/.test(t)) return "at-least";
  if (/^(?:less|fewer|under|below|moins)/.test(t)) return "less-than";
  if (
    /^(?:more|over|well|plus|sup|upward|north|in\s+excess|could|will|to|would|may|exceed|top|pass|dépass)/.test(
      t,
    )
  )
    return "more-than";
  if (/^(?:up|jusqu|pouvant|as\s+(?:many|much)|within)/.test(t)) return "up-to";
  return "about";
}
