import { runCases, type ValidationReport } from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { readValidationCases, VALIDATION_DIR } from "../../node/validation-files.js";
import { EXIT, json, type Output } from "../io.js";
import { table } from "../table.js";

/**
 * `gigawatt validate [FILE...]`: predicted against published; exit 1 when a metric misses its tolerance (a case marked
 * as a known miss is reported, and does not fail the run).
 */
export function validate(files: readonly string[], opts: { json?: boolean }, io: Output): number {
  const cases = readValidationCases(files.length > 0 ? files : [VALIDATION_DIR]);
  const report = runCases(cases, loadCatalog());
  io.out(opts.json ? json(report) : renderReport(report));
  return report.summary.failed > 0 ? EXIT.invalid : EXIT.ok;
}

const number = (v: number) =>
  Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-2 && v !== 0) ? v.toExponential(3) : String(+v.toPrecision(4));
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const percent = (v: number) => `${v >= 0 ? "+" : ""}${(v * 100).toFixed(1)}%`;

/** A figure's verdict: pass, FAIL, or a known miss; a known-miss case that now passes says its mark can go. */
function verdict(m: ValidationReport["cases"][number]["metrics"][number], knownMiss?: string): string {
  if (m.knownMiss !== undefined) return "known miss";
  if (!m.pass) return "FAIL";
  return knownMiss === undefined ? "pass" : "pass (marked known miss: remove the mark)";
}

function renderReport(r: ValidationReport): string {
  const rows = r.cases.flatMap((c) =>
    c.metrics.map((m) => [
      c.id,
      m.path,
      Array.isArray(m.published)
        ? `${number(m.published[0])}–${number(m.published[1])}`
        : number(m.published as number),
      number(m.predicted),
      percent(m.error),
      verdict(m, c.knownMiss),
    ]),
  );
  const misses = r.cases.filter((c) => c.metrics.some((m) => m.knownMiss !== undefined));
  const s = r.summary;
  const byKind = [
    s.medianAbsErrorByKind.measured === undefined
      ? ""
      : `predicted figures ${pct(s.medianAbsErrorByKind.measured)}`,
    s.medianAbsErrorByKind.method === undefined
      ? ""
      : `published methods ${pct(s.medianAbsErrorByKind.method)}`,
    s.medianAbsErrorByKind.estimate === undefined
      ? ""
      : `others' estimates ${pct(s.medianAbsErrorByKind.estimate)}`,
  ].filter((t) => t !== "");
  const coverage =
    s.coverage === undefined
      ? ""
      : `80% ranges cover ${pct(s.coverage)} of published figures (${Object.entries(
          s.coverageByCapability ?? {},
        )
          .map(([cap, c]) => `${cap} ${pct(c.coverage)} of ${c.figures}`)
          .join(", ")})\n`;
  return (
    table(rows, ["case", "metric", "published", "predicted", "error", ""]) +
    `\n${s.cases} cases, ${s.metrics} metrics: ${s.passed} passed, ${s.failed} failed` +
    `${s.knownMisses > 0 ? `, ${s.knownMisses} known misses` : ""}; median absolute error ${pct(s.medianAbsError)}` +
    `${byKind.length > 0 ? ` (${byKind.join(", ")})` : ""}\n` +
    coverage +
    misses.map((c) => `known miss ${c.id}: ${c.knownMiss}\n`).join("") +
    efficiencyTable(s.trainingEfficiency) +
    servingFitLine(s.servingEfficiency)
  );
}

/**
 * The serving efficiency fit: its values, and its throughput errors and band coverage in sample, left out and on
 * held-out cases.
 */
function servingFitLine(f: ValidationReport["summary"]["servingEfficiency"]): string {
  if (!f) return "";
  const row = (what: string, s: typeof f.inSample) => [
    what,
    String(s.figures),
    pct(s.medianAbsError),
    percent(s.medianError),
    pct(s.within25),
    pct(s.coverage),
  ];
  return `serving efficiencies (prefill ${f.prefillMfu}, decode bandwidth ${f.decodeMbu}, experts ${f.expertEfficiency}; 80% band ×${f.spread[0]}–×${f.spread[1]}): error of predicted throughput\n${table(
    [
      row("in-sample (fit benchmarks)", f.inSample),
      row("leave-one-out (fit benchmarks)", f.leaveOneOut),
      row("held-out benchmarks", f.heldOut),
    ],
    ["", "figures", "median |error|", "median error", "within 25%", "in 80% band"],
  )}`;
}

/** The training efficiency model's time errors: on its fit runs, each left out, a constant, and held-out runs. */
function efficiencyTable(cv: ValidationReport["summary"]["trainingEfficiency"]): string {
  if (!cv) return "";
  const row = (what: string, f: typeof cv.inSample) => [
    what,
    String(f.figures),
    pct(f.medianAbsError),
    percent(f.medianError),
    pct(f.within30),
    pct(f.coverage),
  ];
  return `\ntraining efficiency model (${cv.features.join(", ")}): error of predicted time against published\n${table(
    [
      row("in-sample (fit runs)", cv.inSample),
      row("leave-one-run-out (fit runs)", cv.leaveOneOut),
      row("constant, leave-one-run-out", cv.constant),
      row("held-out runs (never fitted)", cv.heldOut),
      row("held-out runs, 2026-12 set", cv.heldOutLater),
    ],
    ["", "figures", "median |error|", "median error", "within 30%", "in 80% range"],
  )}\n`;
}
