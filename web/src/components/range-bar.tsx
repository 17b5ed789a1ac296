import { formatQuantity, type QuantityKind } from "../lib/core.js";
import { t } from "../lib/i18n.js";

interface Props {
  readonly kind: QuantityKind;
  readonly claimed: number;
  readonly low: number;
  readonly high: number;
  /** The model's central value, when it gives one. */
  readonly point?: number | undefined;
}

/**
 * The model's range as a bar with the claimed value marked on it, on a log scale: a claim 10 times too small and
 * one 10 times too large sit at the same distance from the range.
 */
export function RangeBar({ kind, claimed, low, high, point }: Props) {
  const values = [claimed, low, high, ...(point === undefined ? [] : [point])].filter((v) => v > 0);
  if (values.length < 3) return null;
  const lo = Math.log10(Math.min(...values)) - 0.15;
  const hi = Math.log10(Math.max(...values)) + 0.15;
  const x = (v: number) => `${(((Math.log10(v) - lo) / (hi - lo)) * 100).toFixed(2)}%`;
  const inside = claimed >= low && claimed <= high;
  const label = `${t("read.modelRange")} ${formatQuantity(kind, low)} – ${formatQuantity(kind, high)}; ${t("read.claimed")} ${formatQuantity(kind, claimed)}`;
  return (
    <div class="range-bar" role="img" aria-label={label}>
      <svg width="100%" height="46" aria-hidden="true">
        <line x1="0" x2="100%" y1="20" y2="20" class="range-axis" />
        <rect
          x={x(low)}
          width={`${(((Math.log10(high) - Math.log10(low)) / (hi - lo)) * 100).toFixed(2)}%`}
          y="12"
          height="16"
          rx="3"
          class="range-band"
        />
        {point === undefined ? null : (
          <line x1={x(point)} x2={x(point)} y1="10" y2="30" class="range-point" />
        )}
        <circle cx={x(claimed)} cy="20" r="7" class={inside ? "range-claim inside" : "range-claim outside"} />
      </svg>
      <div class="range-legend">
        <span>
          <i class="swatch band" /> {t("read.modelRange")}: {formatQuantity(kind, low)} –{" "}
          {formatQuantity(kind, high)}
        </span>
        <span>
          <i class={inside ? "swatch claim inside" : "swatch claim outside"} /> {t("read.claimed")}:{" "}
          {formatQuantity(kind, claimed)}
        </span>
      </div>
    </div>
  );
}
