import * as Plot from "@observablehq/plot";
import { useSignal } from "@preact/signals";
import { Chart } from "../components/chart.js";
import type { ValidationCase, ValidationReport } from "../lib/core.js";
import { downloadCsv, downloadJson } from "../lib/download.js";
import { t } from "../lib/i18n.js";
import { ask } from "../lib/worker-client.js";

interface ValidationData {
  readonly report: ValidationReport;
  readonly cases: readonly ValidationCase[];
}

interface Row {
  readonly label: string;
  readonly error: number;
  readonly tol: number;
  /** pass, or a known miss (a case marked with its reason), or fail. */
  readonly status: "pass" | "known miss" | "fail";
  readonly source: string;
  readonly m: { published: number | readonly number[]; predicted: number };
}

/**
 * Each published figure against the model's prediction, as the prediction's error, one row per kind of figure
 * (energy, days, utilisation...): a dot per case, on the grey band of the error that case accepts.
 */
function publishedAgainstPredicted(rows: readonly Row[], width: number) {
  const points = rows.map((r) => ({ ...r, metric: r.label.split(" · ")[1] ?? r.label }));
  const metrics = [...new Set(points.map((q) => q.metric))].sort();
  return Plot.plot({
    width,
    height: 60 + metrics.length * 30,
    marginLeft: Math.min(260, 16 + 7 * Math.max(...metrics.map((m) => m.length))),
    x: {
      label: t("axis.predictionError"),
      percent: true,
      grid: true,
      domain: [-60, 60],
      clamp: true,
    },
    y: { label: null, domain: metrics, tickSize: 0 },
    color: {
      domain: [true, false],
      range: ["#1b7f3b", "#c0392b"],
      legend: true,
      tickFormat: (v: boolean) => (v ? "within its tolerance" : "outside it"),
    },
    marks: [
      Plot.ruleY(points, {
        y: "metric",
        x1: (q: Row) => -q.tol,
        x2: (q: Row) => q.tol,
        stroke: "#8a94a3",
        strokeOpacity: 0.12,
        strokeWidth: 16,
      }),
      Plot.ruleX([0], { stroke: "#555" }),
      Plot.dot(points, {
        y: "metric",
        x: (q: Row & { error: number }) => q.error,
        fill: "status",
        fillOpacity: 0.75,
        r: 4,
        title: (q: Row) => `${q.label}\n${q.source}`,
      }),
    ],
  });
}

/** The validation cases run in the worker, drawn as published against predicted with each case's error band. */
export function Validation() {
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
            status: (m.pass ? "pass" : m.knownMiss !== undefined ? "known miss" : "fail") as Row["status"],
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
            {t("validation.summary")
              .replace("{passed}", String(d.report.summary.passed))
              .replace("{known}", String(d.report.summary.knownMisses))
              .replace("{metrics}", String(d.report.summary.metrics))
              .replace("{median}", (d.report.summary.medianAbsError * 100).toFixed(1))}
          </p>
          <Chart
            title={t("ledger.validation")}
            name="validation"
            deps={[d]}
            caption={t("validation.caption")}
            render={(width) => publishedAgainstPredicted(rows, width)}
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
                  ["case", "path", "published", "predicted", "error", "status", "source"],
                  ...rows.map((r) => [
                    r.label.split(" · ")[0],
                    r.m.path,
                    String(r.m.published),
                    r.m.predicted,
                    r.m.error,
                    r.status,
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
