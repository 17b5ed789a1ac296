import * as Plot from "@observablehq/plot";
import { signal, useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Chart } from "../components/chart.js";
import { ledger } from "../lib/api.js";
import {
  type Catalog,
  formatQuantity,
  loadedCatalog,
  type ValidationCase,
  type ValidationReport,
} from "../lib/core.js";
import { downloadCsv, downloadJson } from "../lib/download.js";
import { t } from "../lib/i18n.js";
import { useSharedState } from "../lib/page-state.js";
import { ask } from "../lib/worker-client.js";
import { dateOf } from "./sites-model.js";
import { LoadingPage } from "./size.js";

interface LedgerState {
  readonly project: string;
}

const state = signal<LedgerState>({ project: "stargate-abilene" });

function accept(v: unknown): LedgerState | undefined {
  return v && typeof v === "object" && typeof (v as LedgerState).project === "string"
    ? (v as LedgerState)
    : undefined;
}

interface Entry {
  readonly date: Date;
  readonly what: string;
  readonly value: number;
  readonly kind: "power" | "money" | "count";
  readonly source: string;
}

/** The catalog's dated figures of a project: its phases (power, accelerators) and its deals (money). */
function catalogEntries(catalog: Catalog, id: string): Entry[] {
  const p = catalog.projects.get(id);
  if (!p) return [];
  const out: Entry[] = [];
  for (const ph of p.phases) {
    const date = ph.online ? dateOf(String(ph.online.value)) : undefined;
    const power = ph.facilityPowerMW ?? ph.itPowerMW;
    if (date && power)
      out.push({
        date,
        what: `${ph.name} (online)`,
        value: power.value * 1e6,
        kind: "power",
        source: power.source ?? power.assumption ?? "",
      });
  }
  for (const d of catalog.deals.all) {
    if (d.project !== p.id) continue;
    const date = dateOf(String(d.announced.value));
    if (date)
      out.push({
        date,
        what: `${d.kind}: ${d.purpose}`,
        value: d.amountUSD.value,
        kind: "money",
        source: d.amountUSD.source ?? "",
      });
  }
  return out.sort((a, b) => a.date.getTime() - b.date.getTime());
}

export function LedgerPage() {
  useSharedState(state, accept);
  const cat = loadedCatalog.value;
  const server = useSignal<"asking" | "none" | "ok">("asking");
  const stored = useSignal<unknown>(undefined);
  const project = state.value.project;
  useEffect(() => {
    let alive = true;
    server.value = "asking";
    void ledger(project).then((r) => {
      if (!alive) return;
      server.value = r.ok ? "ok" : "none";
      stored.value = r.ok ? r.value : undefined;
    });
    return () => {
      alive = false;
    };
  }, [project]);
  if (!cat) return <LoadingPage title={t("ledger.title")} />;
  const entries = catalogEntries(cat, project);
  return (
    <section class="page ledger">
      <h1 tabIndex={-1}>{t("ledger.title")}</h1>
      <p class="intro">{t("ledger.intro")}</p>
      <label class="inline">
        {t("ledger.project")}{" "}
        <select value={project} onChange={(e) => (state.value = { project: e.currentTarget.value })}>
          {[...cat.projects.all]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      {server.value === "none" ? (
        <p class="notice" role="status">
          {t("ledger.needsServer")}
        </p>
      ) : null}
      {server.value === "ok" ? (
        <details open>
          <summary>From the store</summary>
          <pre class="json">{JSON.stringify(stored.value, null, 2)}</pre>
        </details>
      ) : null}
      {entries.length === 0 ? (
        <p class="empty">No dated figure for this project in the catalog.</p>
      ) : (
        <>
          <Chart
            title={`${cat.projects.get(project)?.name ?? project}: announcements over time`}
            name={`${project}-ledger`}
            deps={[project]}
            render={(width) =>
              Plot.plot({
                width,
                height: 240,
                marginLeft: 70,
                x: { type: "utc", label: "date", insetLeft: 30, insetRight: 60 },
                y: { type: "log", label: "value (W of power, USD)", grid: true },
                color: { legend: true, domain: ["power", "money"], range: ["#3b6ea8", "#b5651d"] },
                marks: [
                  Plot.dot(entries, {
                    x: "date",
                    y: "value",
                    fill: "kind",
                    r: 6,
                    title: (d: Entry) => d.what,
                  }),
                  Plot.text(entries, {
                    x: "date",
                    y: "value",
                    text: (d: Entry) => formatQuantity(d.kind, d.value),
                    dy: -12,
                  }),
                ],
              })
            }
          />
          <ol class="sources">
            {entries.map((e, i) => (
              <li key={i}>
                <strong>{e.date.toISOString().slice(0, 7)}</strong> · {formatQuantity(e.kind, e.value)} ·{" "}
                {e.what} <span class="muted">({e.source})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <Validation />
    </section>
  );
}

interface ValidationData {
  readonly report: ValidationReport;
  readonly cases: readonly ValidationCase[];
}

function Validation() {
  const data = useSignal<ValidationData | undefined>(undefined);
  const busy = useSignal(false);
  const error = useSignal<string | undefined>(undefined);
  const run = async () => {
    busy.value = true;
    const reply = await ask({ type: "validate" });
    busy.value = false;
    if (reply.type === "result") data.value = reply.value as ValidationData;
    else
      error.value =
        reply.type === "issues"
          ? reply.issues.map((i) => i.message).join("; ")
          : reply.type === "error"
            ? reply.message
            : "";
  };
  const d = data.value;
  const rows = d
    ? d.report.cases.flatMap((c) => {
        const spec = d.cases.find((x) => x.id === c.id);
        return c.metrics.map((m) => {
          const e = spec?.published[m.path] as { tolerance?: number } | undefined;
          const tol = e && typeof e.tolerance === "number" ? e.tolerance : 0;
          return {
            label: `${c.id} · ${m.path.split(".").pop() ?? m.path}`,
            error: m.error,
            tol,
            pass: m.pass,
            source: c.source,
            m,
          };
        });
      })
    : [];
  return (
    <div class="validation">
      <h2>{t("ledger.validation")}</h2>
      {!d ? (
        <button type="button" class="primary" disabled={busy.value} onClick={run}>
          {busy.value ? t("run.running") : t("ledger.validate")}
        </button>
      ) : (
        <>
          <p>
            {d.report.summary.passed} / {d.report.summary.metrics} published figures within their tolerance;
            median absolute error {(d.report.summary.medianAbsError * 100).toFixed(1)}%.
          </p>
          <Chart
            title={t("ledger.validation")}
            name="validation"
            deps={[d]}
            caption="Each row is a published figure: the grey band is its accepted error, the dot the model's error ((predicted − published) / published); a figure given as a range counts 0 inside it."
            render={(width) =>
              Plot.plot({
                width,
                marginLeft: 330,
                height: 40 + rows.length * 16,
                x: {
                  label: "error of the prediction",
                  percent: true,
                  grid: true,
                  domain: [-60, 60],
                  clamp: true,
                },
                y: { label: null, domain: rows.map((r) => r.label), tickSize: 0 },
                color: { domain: [true, false], range: ["#1b7f3b", "#c0392b"] },
                marks: [
                  Plot.ruleY(rows, {
                    y: "label",
                    x1: (r: { tol: number }) => -r.tol,
                    x2: "tol",
                    stroke: "#bbb",
                    strokeWidth: 9,
                  }),
                  Plot.ruleX([0]),
                  Plot.dot(rows, {
                    y: "label",
                    x: "error",
                    fill: "pass",
                    r: 4,
                    title: (r: { source: string }) => r.source,
                  }),
                ],
              })
            }
          />
          <details>
            <summary>{t("sites.sources")}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Figure</th>
                  <th scope="col" class="num">
                    Published
                  </th>
                  <th scope="col" class="num">
                    Predicted
                  </th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <td>{r.label.split(" · ")[0]}</td>
                    <td>{r.m.path}</td>
                    <td class="num">
                      {Array.isArray(r.m.published)
                        ? r.m.published.map((v) => Number(v.toPrecision(3))).join("–")
                        : Number((r.m.published as number).toPrecision(3))}
                    </td>
                    <td class="num">{Number(r.m.predicted.toPrecision(3))}</td>
                    <td>{r.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <button type="button" class="small" onClick={() => downloadJson(d.report, "gigawatt-validation")}>
            {t("common.json")}
          </button>{" "}
          <button
            type="button"
            class="small"
            onClick={() =>
              downloadCsv(
                [
                  ["case", "path", "published", "predicted", "error", "pass", "source"],
                  ...rows.map((r) => [
                    r.label.split(" · ")[0],
                    r.m.path,
                    String(r.m.published),
                    r.m.predicted,
                    r.m.error,
                    String(r.pass),
                    r.source,
                  ]),
                ],
                "gigawatt-validation",
              )
            }
          >
            {t("common.csv")}
          </button>
        </>
      )}
      {error.value ? <p class="field-error">{error.value}</p> : null}
    </div>
  );
}
