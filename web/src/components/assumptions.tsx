import type { Assumption } from "../lib/core.js";
import { t } from "../lib/i18n.js";

/** Splits a source text so its addresses are links. */
function linked(text: string) {
  const parts = text.split(/(https?:\/\/[^\s)>\]]+)/g);
  return parts.map((p, i) =>
    /^https?:\/\//.test(p) ? (
      <a key={i} href={p} rel="noreferrer noopener" target="_blank">
        {p}
      </a>
    ) : (
      p
    ),
  );
}

function valueText(a: Assumption): string {
  const shown = typeof a.value === "number" ? String(Number(a.value.toPrecision(4))) : a.value;
  return a.unit === undefined ? shown : `${shown} ${a.unit}`;
}

/** Every assumption a result used, each with its source one click away. */
export function Assumptions({ list }: { list: readonly Assumption[] }) {
  return (
    <details class="assumptions">
      <summary>
        {t("size.assumptions")} ({list.length})
      </summary>
      <ul>
        {list.map((a) => (
          <li key={a.name}>
            <details>
              <summary>
                <code>{a.name}</code> = <strong>{valueText(a)}</strong>
              </summary>
              <p class="source">{linked(a.source)}</p>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
