/** An 80% range: the 10th and 90th percentiles of a figure, in the figure's own unit. */
export interface Range {
  readonly p10: number;
  readonly p90: number;
}

/** The ranges of a result object's figures, by key (PRODUCT.md, Results: `ranges`). */
export type Ranges = Readonly<Record<string, Range>>;
