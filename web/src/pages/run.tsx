import { signal, useSignal } from "@preact/signals";
import { useMemo, useRef } from "preact/hooks";
import { Assumptions } from "../components/assumptions.js";
import { Chart } from "../components/chart.js";
import {
  examples,
  formatQuantity,
  InputError,
  type Issue,
  isInfeasible,
  readScenario,
  type ScenarioResult,
} from "../lib/core.js";
import { downloadCsv, downloadJson, flatten } from "../lib/download.js";
import { t } from "../lib/i18n.js";
import { useSharedState } from "../lib/page-state.js";
import { assessmentOf, verdictMark } from "../lib/verdict.js";
import { ask, cancel } from "../lib/worker-client.js";
import {
  dayChart,
  daysChart,
  goodputChart,
  interruptionsChart,
  tiersChart,
  workloadsOf,
} from "./run-charts.js";

interface RunState {
  readonly yaml: string;
  readonly trials: number;
  readonly seed: number;
}

const state = signal<RunState>({
  yaml: examples.find((e) => e.name === "hyperion.yaml")?.text ?? "",
  trials: 200,
  seed: 1,
});
const set = (patch: Partial<RunState>) => {
  state.value = { ...state.value, ...patch };
};

function accept(v: unknown): RunState | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Partial<RunState>;
  return typeof o.yaml === "string" ? { ...state.value, ...o } : undefined;
}

/** Issues of the text as it stands: YAML and schema, each with its line (evaluation issues come from a run). */
function check(yaml: string): readonly Issue[] {
  try {
    readScenario(yaml, "scenario.yaml");
    return [];
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    return [{ code: "invalid_field", path: [], message: String(e) }];
  }
}

const TRIALS_MAX = 5000;

export function RunPage() {
  useSharedState(state, accept);
  const s = state.value;
  const editor = useRef<HTMLTextAreaElement>(null);
  const result = useSignal<ScenarioResult | undefined>(undefined);
  const runIssues = useSignal<readonly Issue[]>([]);
  const error = useSignal<string | undefined>(undefined);
  const progress = useSignal<{ workload: string; done: number; total: number } | undefined>(undefined);
  const running = useSignal(false);
  const issues = useMemo(() => check(s.yaml), [s.yaml]);
  const shown = issues.length > 0 ? issues : runIssues.value;
  const trialsError =
    !Number.isInteger(s.trials) || s.trials < 0 || s.trials > TRIALS_MAX
      ? `'${s.trials}': a whole number from 0 to ${TRIALS_MAX}`
      : undefined;
  const run = async () => {
    if (issues.length > 0 || trialsError) return;
    running.value = true;
    error.value = undefined;
    runIssues.value = [];
    progress.value = undefined;
    const reply = await ask({ type: "run", yaml: s.yaml, trials: s.trials, seed: s.seed }, (m) => {
      progress.value = m;
    });
    running.value = false;
    progress.value = undefined;
    if (reply.type === "result") result.value = reply.value as ScenarioResult;
    else if (reply.type === "issues") runIssues.value = reply.issues;
    else if (reply.type === "error") error.value = reply.message;
  };
  const goToLine = (line: number | undefined) => {
    const el = editor.current;
    if (!el || line === undefined) return;
    const lines = el.value.split("\n");
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };
  const lineCount = s.yaml.split("\n").length;
  const badLines = new Set(shown.map((i) => i.location?.line).filter((l) => l !== undefined));
  return (
    <section class="page run">
      <h1 tabIndex={-1}>{t("run.title")}</h1>
      <p class="intro">{t("run.intro")}</p>
      <div class="toolbar">
        <span>{t("run.examples")}:</span>
        {examples.map((ex) => (
          <button
            key={ex.name}
            type="button"
            class="small"
            onClick={() => {
              set({ yaml: ex.text });
              result.value = undefined;
              runIssues.value = [];
            }}
          >
            {ex.name.replace(/\.yaml$/, "")}
          </button>
        ))}
      </div>
      <div class="run-grid">
        <div class="editor-col">
          <label for="scenario">{t("run.editor")}</label>
          <div class="editor">
            <pre class="gutter" aria-hidden="true">
              {Array.from({ length: lineCount }, (_, i) => (
                <span key={i} class={badLines.has(i + 1) ? "bad" : undefined}>
                  {i + 1}
                  {"\n"}
                </span>
              ))}
            </pre>
            <textarea
              id="scenario"
              ref={editor}
              spellcheck={false}
              rows={Math.min(30, Math.max(12, lineCount + 1))}
              value={s.yaml}
              aria-describedby="scenario-msg"
              aria-invalid={shown.length > 0 ? "true" : undefined}
              onInput={(e) => set({ yaml: e.currentTarget.value })}
              onScroll={(e) => {
                const gutter = e.currentTarget.previousElementSibling;
                if (gutter) gutter.scrollTop = e.currentTarget.scrollTop;
              }}
            />
          </div>
          <div id="scenario-msg" role={shown.length > 0 ? "alert" : "status"}>
            {shown.length === 0 ? (
              <p class="field-hint ok">{t("run.valid")}</p>
            ) : (
              <ul class="issues">
                {shown.map((i, n) => (
                  <li key={n}>
                    <button type="button" class="link" onClick={() => goToLine(i.location?.line)}>
                      {i.location?.line !== undefined
                        ? `${t("run.line")} ${i.location.line}`
                        : i.path.join(".") || "scenario"}
                    </button>
                    : {i.message}
                    {i.accepted && i.accepted.length > 0
                      ? ` (accepted: ${i.accepted.slice(0, 8).join(", ")})`
                      : ""}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div class="row">
            <label>
              {t("run.trials")}{" "}
              <input
                type="number"
                min={0}
                max={TRIALS_MAX}
                value={s.trials}
                class="narrow"
                aria-invalid={trialsError ? "true" : undefined}
                aria-describedby="trials-msg"
                onInput={(e) => set({ trials: Number(e.currentTarget.value) })}
              />
            </label>
            <label>
              {t("run.seed")}{" "}
              <input
                type="number"
                min={0}
                value={s.seed}
                class="narrow"
                onInput={(e) => set({ seed: Math.max(0, Math.floor(Number(e.currentTarget.value) || 0)) })}
              />
            </label>
            {running.value ? (
              <button type="button" onClick={() => cancel()}>
                {t("run.cancel")}
              </button>
            ) : (
              <button
                type="button"
                class="primary"
                disabled={issues.length > 0 || trialsError !== undefined}
                onClick={run}
              >
                {t("run.run")}
              </button>
            )}
          </div>
          <p id="trials-msg" class={trialsError ? "field-error" : "field-hint"}>
            {trialsError ?? ""}
          </p>
          {running.value ? (
            <div class="progress" role="status">
              {t("run.running")}{" "}
              {progress.value
                ? `${progress.value.workload}: ${progress.value.done} / ${progress.value.total}`
                : ""}
              <progress
                max={progress.value?.total ?? 1}
                value={progress.value?.done ?? 0}
                aria-label={t("run.running")}
              />
            </div>
          ) : null}
          {error.value && error.value !== "cancelled" ? (
            <p class="field-error">{`${t("common.error")} ${error.value}`}</p>
          ) : null}
        </div>
        <div class="results-col">
          {result.value ? <Results result={result.value} /> : <p class="empty">{t("run.empty")}</p>}
        </div>
      </div>
    </section>
  );
}

function Results({ result }: { result: ScenarioResult }) {
  const training = workloadsOf(result, "training");
  const serving = workloadsOf(result, "serving");
  const infeasible = Object.entries(result.workloads).flatMap(([name, w]) =>
    isInfeasible(w) ? [[name, w] as const] : [],
  );
  const hasTiers = tiersChart(serving) !== undefined;
  return (
    <div class="run-results" data-testid="run-results">
      <h2>{t("run.sites")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("col.site")}</th>
              <th scope="col" class="num">
                {t("col.accelerators")}
              </th>
              <th scope="col" class="num">
                {t("col.power")}
              </th>
              <th scope="col" class="num">
                Capex
              </th>
              <th scope="col" class="num">
                Energy / yr
              </th>
              <th scope="col" class="num">
                CO2e / yr
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(result.sites).map(([id, s]) => (
              <tr key={id}>
                <th scope="row">{s.name ?? id}</th>
                <td class="num">{formatQuantity("count", s.accelerators)}</td>
                <td class="num">{formatQuantity("power", s.facilityPowerMW * 1e6)}</td>
                <td class="num">{formatQuantity("money", s.capexUSD)}</td>
                <td class="num">{formatQuantity("energy", s.energyMWh * 1e6)}</td>
                <td class="num">{formatQuantity("mass", s.co2eTonnes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="checks">
        {Object.entries(result.sites).flatMap(([id, s]) =>
          s.checks.map((c) => (
            <li key={`${id}-${c.claim}`} class={`check verdict-${assessmentOf(c)}`}>
              <span class="verdict">
                {verdictMark(assessmentOf(c))} {id} {c.claim}
              </span>{" "}
              {c.reasoning}
            </li>
          )),
        )}
      </ul>
      {infeasible.length > 0 ? (
        <div class="infeasible" data-testid="run-infeasible">
          <h2>{t("run.infeasible")}</h2>
          <ul class="issues">
            {infeasible.flatMap(([name, w]) =>
              w.reasons.map((r) => (
                <li key={`${name}-${r.code}-${r.path.join(".")}`}>
                  <strong>{name}</strong> ({w.workloadKind}): {r.message}
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}
      {training.length > 0 ? (
        <div class="charts">
          <Chart
            title={t("run.chart.days")}
            name="training-days"
            render={(width) => daysChart(training, width)}
            deps={[result]}
          />
          <Chart
            title={t("run.chart.interruptions")}
            name="interruptions"
            render={(width) => interruptionsChart(training, width)}
            deps={[result]}
          />
          <Chart
            title={t("run.chart.goodput")}
            name="goodput"
            render={(width) => goodputChart(training, width)}
            deps={[result]}
          />
        </div>
      ) : null}
      {serving.map(([name, w]) =>
        Array.isArray(w.hourlyBusyAccelerators) ? (
          <Chart
            key={name}
            title={`${name}: a day of load`}
            name={`${name}-day`}
            render={(width) => dayChart(name, w, width)}
            deps={[result]}
            caption={
              typeof w.briefingsPerDay === "number"
                ? `${formatQuantity("count", w.briefingsPerDay)} briefings a day; ${typeof w.scheduledInTroughShare === "number" ? `${(w.scheduledInTroughShare * 100).toFixed(1)}% of the scheduled work fits in chat's troughs` : ""}`
                : undefined
            }
          />
        ) : null,
      )}
      {hasTiers ? (
        <Chart
          title={t("run.chart.tiers")}
          name="tiers"
          render={(width) => tiersChart(serving, width) ?? document.createElement("div")}
          deps={[result]}
        />
      ) : null}
      <p>
        <button type="button" class="small" onClick={() => downloadJson(result, "gigawatt-run")}>
          {t("common.json")}
        </button>{" "}
        <button
          type="button"
          class="small"
          onClick={() =>
            downloadCsv(
              [
                ["key", "value"],
                ...flatten({ sites: result.sites, workloads: result.workloads, totals: result.totals }),
              ],
              "gigawatt-run",
            )
          }
        >
          {t("common.csv")}
        </button>
      </p>
      <Assumptions list={result.assumptions} />
    </div>
  );
}
