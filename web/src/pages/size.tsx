import * as Plot from "@observablehq/plot";
import { signal, useComputed } from "@preact/signals";
import { Assumptions } from "../components/assumptions.js";
import { Chart } from "../components/chart.js";
import { Field } from "../components/field.js";
import { formatQuantity, loadedCatalog, type QuantityKind, type SiteResult } from "../lib/core.js";
import { downloadCsv, downloadJson, flatten } from "../lib/download.js";
import { type Key, t } from "../lib/i18n.js";
import { useSharedState } from "../lib/page-state.js";
import { assessmentOf, verdictMark } from "../lib/verdict.js";
import {
  type Basis,
  DEFAULT_SIZE,
  fromSlider,
  issueFor,
  SCALES,
  type SizeState,
  SLIDER_STEPS,
  sizeSite,
  toSlider,
} from "./size-model.js";

const state = signal<SizeState>(DEFAULT_SIZE);

function accept(v: unknown): SizeState | undefined {
  if (!v || typeof v !== "object") return undefined;
  const merged = { ...DEFAULT_SIZE, ...(v as Partial<SizeState>) };
  return ["power", "accelerators", "budget"].includes(merged.basis) ? merged : undefined;
}

const set = (patch: Partial<SizeState>) => {
  state.value = { ...state.value, ...patch };
};

/** The basis's value in base units, read back from the result (the text is parsed by the core). */
function basisValue(basis: Basis, site: SiteResult): number {
  if (basis === "power") return site.facilityPowerMW * 1e6;
  if (basis === "accelerators") return site.accelerators;
  return site.capexUSD;
}

interface Tile {
  readonly key: string;
  readonly label: string;
  readonly kind: QuantityKind;
  readonly value: number;
  readonly note?: string;
}

function tiles(s: SiteResult): Tile[] {
  const ranges = (s as { ranges?: Record<string, { p10: number; p90: number }> }).ranges ?? {};
  const list: Tile[] = [
    {
      key: "accelerators",
      label: `${t("fig.accelerators")} (${s.accelerator})`,
      kind: "count",
      value: s.accelerators,
    },
    {
      key: "facilityPowerMW",
      label: t("fig.facilityPower"),
      kind: "power",
      value: s.facilityPowerMW * 1e6,
      note: `PUE ${s.pue}`,
    },
    { key: "itPowerMW", label: t("fig.itPower"), kind: "power", value: s.itPowerMW * 1e6 },
    { key: "peakPFLOPS", label: t("fig.peakCompute"), kind: "flopRate", value: s.peakPFLOPS * 1e15 },
    { key: "capexUSD", label: t("fig.capex"), kind: "money", value: s.capexUSD },
    { key: "opexUSDPerYear", label: t("fig.opex"), kind: "money", value: s.opexUSDPerYear },
    { key: "energyMWh", label: t("fig.energy"), kind: "energy", value: s.energyMWh * 1e6 },
    {
      key: "co2eTonnes",
      label: t("fig.carbon"),
      kind: "mass",
      value: s.co2eTonnes,
      note: t("fig.locationBased"),
    },
    { key: "waterLitres", label: t("fig.water"), kind: "volume", value: s.waterLitres },
  ];
  const scale: Record<string, number> = {
    facilityPowerMW: 1e6,
    itPowerMW: 1e6,
    peakPFLOPS: 1e15,
    energyMWh: 1e6,
  };
  return list.map((tile) => {
    const r = ranges[tile.key];
    if (!r) return tile;
    const k = scale[tile.key] ?? 1;
    return {
      ...tile,
      note: `${tile.note ? `${tile.note}; ` : ""}80%: ${formatQuantity(tile.kind, r.p10 * k)} – ${formatQuantity(tile.kind, r.p90 * k)}`,
    };
  });
}

function capexChart(s: SiteResult, width: number) {
  const parts = [
    { part: t("part.accelerators"), usd: s.capex.itHardwareUSD },
    { part: t("part.network"), usd: s.capex.networkUSD },
    { part: t("part.powerCooling"), usd: s.capex.powerAndCoolingUSD },
    { part: t("part.landShell"), usd: s.capex.landAndShellUSD },
  ];
  return bars(
    parts.map((p) => ({ part: p.part, value: p.usd })),
    width,
    "money",
    "#3b6ea8",
    t("axis.billionUSD"),
    1e9,
  );
}

function carbonChart(s: SiteResult, width: number) {
  const rows = [
    { part: t("part.carbonGrid"), value: s.co2eTonnes },
    { part: t("part.carbonMarket"), value: s.co2eMarketBasedTonnes },
    { part: t("part.carbonEmbodied"), value: s.co2eEmbodiedTonnes },
  ];
  return bars(rows, width, "mass", "#7a5c3e", t("axis.ktCO2e"), 1e3);
}

function waterChart(s: SiteResult, width: number) {
  const rows = [
    { part: t("part.waterOnSite"), value: s.waterOnSiteLitres },
    { part: t("part.waterOffSite"), value: s.waterOffSiteLitres },
  ];
  return bars(rows, width, "volume", "#2f8fbf", t("axis.ML"), 1e6);
}

/** Horizontal bars with their values written at the end, in the page's units. */
function bars(
  rows: { part: string; value: number }[],
  width: number,
  kind: QuantityKind,
  fill: string,
  label: string,
  per: number,
) {
  const narrow = width < 480;
  return Plot.plot({
    width,
    marginLeft: narrow ? 10 : 200,
    marginRight: 70,
    height: 50 + rows.length * (narrow ? 48 : 30),
    x: { label, grid: true, transform: (v: number) => v / per },
    y: { label: null, domain: rows.map((r) => r.part), axis: narrow ? null : "left" },
    marks: [
      Plot.barX(rows, { x: "value", y: "part", fill, insetTop: narrow ? 18 : 2 }),
      ...(narrow ? [Plot.text(rows, { x: 0, y: "part", text: "part", textAnchor: "start", dy: -12 })] : []),
      Plot.text(rows, {
        x: "value",
        y: "part",
        text: (d: { value: number }) => formatQuantity(kind, d.value),
        dx: 4,
        dy: narrow ? 8 : 0,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
}

export function SizePage() {
  useSharedState(state, accept);
  const cat = loadedCatalog.value;
  const outcome = useComputed(() =>
    loadedCatalog.value ? sizeSite(state.value, loadedCatalog.value) : undefined,
  ).value;
  const s = state.value;
  if (!cat || !outcome) return <LoadingPage title={t("size.title")} />;
  const issues = outcome.ok ? [] : outcome.issues;
  const valueError = issueFor(issues, s.basis);
  const site = outcome.ok ? outcome.site : undefined;
  const scale = SCALES[s.basis];
  const position = site ? toSlider(s.basis, basisValue(s.basis, site)) : 0;
  return (
    <section class="page size">
      <h1 tabIndex={-1}>{t("size.title")}</h1>
      <p class="intro">{t("size.intro")}</p>
      <div class="size-grid">
        <form class="inputs" onSubmit={(e) => e.preventDefault()}>
          <fieldset class="basis">
            <legend>{t("size.basis")}</legend>
            {(["power", "accelerators", "budget"] as const).map((b) => (
              <label key={b} class="radio">
                <input
                  type="radio"
                  name="basis"
                  value={b}
                  checked={s.basis === b}
                  onChange={() => {
                    const start = site ? basisValue(b, site) : scale.min;
                    set({ basis: b, value: SCALES[b].write(start) });
                  }}
                />{" "}
                {t(`size.basis.${b}` as Key)}
              </label>
            ))}
          </fieldset>
          <Field
            id="size-value"
            label={`${t(`size.basis.${s.basis}` as Key)}`}
            error={valueError}
            hint={examplesOf(s.basis)}
          >
            <input
              id="size-value"
              type="text"
              value={s.value}
              aria-invalid={valueError ? "true" : undefined}
              aria-describedby="size-value-msg"
              onInput={(e) => set({ value: e.currentTarget.value })}
            />
          </Field>
          <input
            type="range"
            class="slider"
            min={0}
            max={SLIDER_STEPS}
            value={position}
            aria-label={`${t(`size.basis.${s.basis}` as Key)} (${scale.write(scale.min)} – ${scale.write(scale.max)})`}
            aria-valuetext={s.value}
            onInput={(e) => set({ value: scale.write(fromSlider(s.basis, Number(e.currentTarget.value))) })}
          />
          <Field id="size-accelerator" label={t("size.accelerator")} error={issueFor(issues, "accelerator")}>
            <select
              id="size-accelerator"
              value={s.accelerator}
              onChange={(e) => set({ accelerator: e.currentTarget.value })}
            >
              {cat.accelerators.all.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="size-grid" label={t("size.grid")} error={issueFor(issues, "grid")}>
            <select id="size-grid" value={s.grid} onChange={(e) => set({ grid: e.currentTarget.value })}>
              {[...cat.grids.all]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field id="size-cooling" label={t("size.cooling")} error={issueFor(issues, "cooling")}>
            <select
              id="size-cooling"
              value={s.cooling}
              onChange={(e) => set({ cooling: e.currentTarget.value })}
            >
              {cat.cooling.all.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="size-pue" label={t("size.pue")} error={issueFor(issues, "pue")} hint="1.0 – 3.0">
            <input
              id="size-pue"
              type="text"
              inputMode="decimal"
              value={s.pue}
              placeholder={site ? String(site.pue) : ""}
              aria-describedby="size-pue-msg"
              aria-invalid={issueFor(issues, "pue") ? "true" : undefined}
              onInput={(e) => set({ pue: e.currentTarget.value })}
            />
          </Field>
          <Field id="size-onsite" label={`${t("size.onsite")}: ${Math.round(s.onSite * 100)}%`}>
            <input
              id="size-onsite"
              type="range"
              min={0}
              max={100}
              value={Math.round(s.onSite * 100)}
              aria-describedby="size-onsite-msg"
              onInput={(e) => set({ onSite: Number(e.currentTarget.value) / 100 })}
            />
          </Field>
        </form>
        <div class="results" aria-live="polite">
          {site && outcome.ok ? (
            <>
              <h2 class="visually-hidden">{t("size.results")}</h2>
              <ul class="tiles">
                {tiles(site).map((tile) => (
                  <li key={tile.key} class="tile" data-key={tile.key}>
                    <span class="tile-value">{formatQuantity(tile.kind, tile.value)}</span>
                    <span class="tile-label">{tile.label}</span>
                    {tile.note ? <span class="tile-note">{tile.note}</span> : null}
                  </li>
                ))}
              </ul>
              <ul class="checks">
                {site.checks.map((c) => (
                  <li key={c.claim} class={`check verdict-${assessmentOf(c)}`}>
                    <span class="verdict">
                      {verdictMark(assessmentOf(c))} {c.claim}
                    </span>{" "}
                    {c.reasoning}
                  </li>
                ))}
              </ul>
              <p class="muted small-print">
                {t("size.recompute")} <span data-testid="recompute-ms">{outcome.ms.toFixed(2)}</span> ms ·{" "}
                <button
                  type="button"
                  class="small"
                  onClick={() => downloadCsv([["key", "value"], ...flatten(site)], "gigawatt-site")}
                >
                  {t("common.csv")}
                </button>{" "}
                <button
                  type="button"
                  class="small"
                  onClick={() => downloadJson(outcome.result, "gigawatt-site")}
                >
                  {t("common.json")}
                </button>
              </p>
              <div class="charts two">
                <Chart
                  title={t("size.capex")}
                  name="capex"
                  render={(width) => capexChart(site, width)}
                  deps={[site]}
                />
                <Chart
                  title={t("size.carbon")}
                  name="carbon"
                  render={(width) => carbonChart(site, width)}
                  deps={[site]}
                />
                <Chart
                  title={t("size.water")}
                  name="water"
                  render={(width) => waterChart(site, width)}
                  deps={[site]}
                />
              </div>
              <Assumptions list={outcome.result.assumptions} />
            </>
          ) : (
            <p class="empty error" role="status">
              {issues.map((i) => i.message).join("; ")}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

function examplesOf(basis: Basis): string {
  return basis === "power"
    ? "5 GW, 1200 MW"
    : basis === "accelerators"
      ? "400k, 1.3M"
      : "$10B, 500 billion USD";
}

export function LoadingPage({ title }: { title: string }) {
  return (
    <section class="page">
      <h1 tabIndex={-1}>{title}</h1>
      <p class="empty" role="status">
        Loading the catalog…
      </p>
    </section>
  );
}
