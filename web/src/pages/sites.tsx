import * as Plot from "@observablehq/plot";
import { signal } from "@preact/signals";
import { useMemo } from "preact/hooks";
import { Chart } from "../components/chart.js";
import { SiteMap } from "../components/site-map.js";
import { type Catalog, formatQuantity, loadedCatalog, type Project } from "../lib/core.js";
import { downloadCsv } from "../lib/download.js";
import { t } from "../lib/i18n.js";
import { useSharedState } from "../lib/page-state.js";
import { assessmentOf, verdictMark } from "../lib/verdict.js";
import { citedSources, dateOf, type Placed, placeProjects, usStates, world } from "./sites-model.js";
import { LoadingPage } from "./size.js";
import { sizeSite } from "./size-model.js";

interface SitesState {
  readonly map: "world" | "us";
  readonly colour: "status" | "owner";
  readonly filter: string;
  readonly status: string;
}

const state = signal<SitesState>({ map: "world", colour: "status", filter: "", status: "" });
const set = (patch: Partial<SitesState>) => {
  state.value = { ...state.value, ...patch };
};

const STATUS_COLOURS: Record<string, string> = {
  operational: "#1b7f3b",
  "partly-operational": "#6aa84f",
  "under-construction": "#e69f00",
  announced: "#5b7fb9",
  cancelled: "#999999",
  paused: "#b35c5c",
};
const OWNER_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
];

function accept(v: unknown): SitesState | undefined {
  return v && typeof v === "object" ? { ...state.value, ...(v as Partial<SitesState>) } : undefined;
}

function ownerColours(sites: readonly Placed[]) {
  const counts = new Map<string, number>();
  for (const s of sites) counts.set(s.project.owner, (counts.get(s.project.owner) ?? 0) + 1);
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, OWNER_PALETTE.length);
  return new Map(top.map(([o], i) => [o, OWNER_PALETTE[i] ?? "#888"]));
}

export function SitesPage({ item }: { item: string | undefined }) {
  const cat = loadedCatalog.value;
  if (!cat) return <LoadingPage title={t("sites.title")} />;
  if (item !== undefined) return <SitePage catalog={cat} id={item} />;
  return <SitesList catalog={cat} />;
}

function SitesList({ catalog }: { catalog: Catalog }) {
  useSharedState(state, accept);
  const placed = useMemo(() => placeProjects(catalog), [catalog]);
  const s = state.value;
  const owners = useMemo(() => ownerColours(placed), [placed]);
  const colour = (p: Placed) =>
    s.colour === "status"
      ? (STATUS_COLOURS[p.project.status] ?? "#888")
      : (owners.get(p.project.owner) ?? "#9a9a9a");
  const needle = s.filter.trim().toLowerCase();
  const shown = placed.filter((p) => {
    if (s.status !== "" && p.project.status !== s.status) return false;
    if (needle === "") return true;
    const hay = [
      p.project.name,
      p.project.owner,
      p.project.place.name,
      p.project.place.region ?? "",
      p.project.place.country,
      ...p.project.aliases,
    ]
      .join(" ")
      .toLowerCase();
    return hay.includes(needle);
  });
  const onMap = s.map === "us" ? shown.filter((p) => p.project.place.country === "US") : shown;
  const legend =
    s.colour === "status"
      ? Object.entries(STATUS_COLOURS).filter(([k]) => placed.some((p) => p.project.status === k))
      : [...owners.entries(), ["other", "#9a9a9a"] as [string, string]];
  return (
    <section class="page sites">
      <h1 tabIndex={-1}>{t("sites.title")}</h1>
      <p class="intro">{t("sites.intro")}</p>
      <div class="toolbar">
        <fieldset class="segmented">
          <legend class="visually-hidden">Map</legend>
          {(["world", "us"] as const).map((m) => (
            <button key={m} type="button" aria-pressed={s.map === m} onClick={() => set({ map: m })}>
              {m === "world" ? t("sites.world") : t("sites.us")}
            </button>
          ))}
        </fieldset>
        <label>
          {t("sites.colour")}{" "}
          <select
            value={s.colour}
            onChange={(e) => set({ colour: e.currentTarget.value as SitesState["colour"] })}
          >
            <option value="status">{t("sites.colour.status")}</option>
            <option value="owner">{t("sites.colour.owner")}</option>
          </select>
        </label>
        <label>
          {t("sites.status")}{" "}
          <select value={s.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">{t("sites.all")}</option>
            {Object.keys(STATUS_COLOURS).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label class="grow">
          <span class="visually-hidden">{t("sites.filter")}</span>
          <input
            type="search"
            placeholder={t("sites.filter")}
            aria-label={t("sites.filter")}
            value={s.filter}
            onInput={(e) => set({ filter: e.currentTarget.value })}
          />
        </label>
      </div>
      <SiteMap
        which={s.map}
        shapes={s.map === "us" ? usStates : world}
        sites={onMap}
        colour={colour}
        label={`${s.map === "us" ? t("sites.us") : t("sites.world")}: ${onMap.length} sites`}
      />
      <ul class="legend-list" aria-label="Legend">
        {legend.map(([k, c]) => (
          <li key={k}>
            <i class="dot" style={{ background: c }} /> {k}
          </li>
        ))}
        <li class="muted">{t("sites.approx")}</li>
      </ul>
      {shown.length === 0 ? (
        <p class="empty">{t("sites.none")}</p>
      ) : (
        <div class="table-wrap">
          <table class="sites-table">
            <caption class="visually-hidden">{t("sites.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.site")}</th>
                <th scope="col">{t("col.owner")}</th>
                <th scope="col">{t("col.place")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col" class="num">
                  {t("col.power")}
                </th>
                <th scope="col" class="num">
                  {t("col.accelerators")}
                </th>
                <th scope="col">{t("col.buildout")}</th>
              </tr>
            </thead>
            <tbody>
              {[...shown]
                .sort((a, b) => (b.powerMW ?? 0) - (a.powerMW ?? 0))
                .map((p) => (
                  <tr key={p.project.id}>
                    <th scope="row">
                      <a href={`#/sites/${p.project.id}`}>{p.project.name}</a>
                    </th>
                    <td>{p.project.owner}</td>
                    <td>
                      {p.project.place.name}, {p.project.place.country}
                    </td>
                    <td>
                      <i class="dot" style={{ background: STATUS_COLOURS[p.project.status] ?? "#888" }} />{" "}
                      {p.project.status}
                    </td>
                    <td class="num">
                      {p.powerMW === undefined ? "–" : formatQuantity("power", p.powerMW * 1e6)}
                    </td>
                    <td class="num">
                      {p.accelerators === undefined ? "–" : formatQuantity("count", p.accelerators)}
                    </td>
                    <td>{p.online ?? "–"}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <button
            type="button"
            class="small"
            onClick={() =>
              downloadCsv(
                [
                  ["id", "name", "owner", "country", "status", "powerMW", "accelerators", "online"],
                  ...shown.map((p) => [
                    p.project.id,
                    p.project.name,
                    p.project.owner,
                    p.project.place.country,
                    p.project.status,
                    p.powerMW,
                    p.accelerators,
                    p.online,
                  ]),
                ],
                "gigawatt-sites",
              )
            }
          >
            {t("common.csv")}
          </button>
        </div>
      )}
    </section>
  );
}

function phasesChart(p: Project) {
  const rows = p.phases
    .map((ph) => ({
      phase: ph.name,
      date: ph.online ? dateOf(String(ph.online.value)) : undefined,
      mw: ph.facilityPowerMW?.value ?? ph.itPowerMW?.value,
    }))
    .filter(
      (r): r is { phase: string; date: Date; mw: number } => r.date !== undefined && r.mw !== undefined,
    );
  if (rows.length === 0) return undefined;
  return (width: number) =>
    Plot.plot({
      width,
      height: 220,
      marginLeft: 60,
      x: { type: "utc", label: t("axis.online"), insetLeft: 20, insetRight: 40 },
      y: { label: t("axis.mwCumulative"), grid: true, zero: true },
      marks: [
        Plot.lineY(rows, { x: "date", y: "mw", curve: "step-after", stroke: "#3b6ea8", strokeWidth: 2 }),
        Plot.dot(rows, { x: "date", y: "mw", r: 5, fill: "#3b6ea8" }),
        Plot.text(rows, {
          x: "date",
          y: "mw",
          text: (d: { mw: number }) => formatQuantity("power", d.mw * 1e6),
          dy: -12,
        }),
        Plot.ruleY([0]),
      ],
    });
}

function SitePage({ catalog, id }: { catalog: Catalog; id: string }) {
  const p = catalog.projects.get(id);
  if (!p) {
    return (
      <section class="page">
        <h1 tabIndex={-1}>{id}</h1>
        <p class="empty error">No site '{id}' in the catalog.</p>
        <a href="#/sites">{t("sites.back")}</a>
      </section>
    );
  }
  const grid = catalog.grids.get(p.grid);
  const sized = sizeSite({ project: p.id }, catalog);
  const chart = phasesChart(p);
  const sources = citedSources(p).map((sid) => ({ sid, source: catalog.sources.get(sid) }));
  return (
    <section class="page site">
      <p>
        <a href="#/sites">← {t("sites.back")}</a>
      </p>
      <h1 tabIndex={-1}>{p.name}</h1>
      <p class="intro">
        {p.owner}
        {p.partners.length > 0 ? ` with ${p.partners.join(", ")}` : ""} · {p.place.name}
        {p.place.region ? `, ${p.place.region}` : ""}, {p.place.country} · <strong>{p.status}</strong>
        {p.coordinates ? (
          <span class="muted">
            {" "}
            · {p.coordinates.lat.toFixed(2)}°, {p.coordinates.lon.toFixed(2)}° ({p.coordinates.locator}:{" "}
            {p.coordinates.note})
          </span>
        ) : null}
      </p>
      {p.note ? <p class="note">{p.note}</p> : null}
      <div class="charts two">
        <div>
          <h2>{t("sites.phases")}</h2>
          {chart ? (
            <Chart title={t("sites.phases")} name={`${p.id}-phases`} render={chart} deps={[p.id]} />
          ) : null}
          <ol class="phases">
            {p.phases.map((ph) => (
              <li key={ph.name}>
                <strong>{ph.name}</strong>
                {ph.online ? ` · online ${ph.online.value}` : ""}
                {ph.facilityPowerMW
                  ? ` · ${formatQuantity("power", ph.facilityPowerMW.value * 1e6)} facility`
                  : ""}
                {ph.itPowerMW ? ` · ${formatQuantity("power", ph.itPowerMW.value * 1e6)} IT` : ""}
                {ph.accelerators ? ` · ${formatQuantity("count", ph.accelerators.value)} accelerators` : ""}
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h2>{t("sites.grid")}</h2>
          <p>
            {grid?.name ?? p.grid}
            {grid
              ? ` · ${grid.carbonIntensityGPerKWh.value} gCO2e/kWh (${grid.carbonIntensityGPerKWh.year ?? ""})`
              : ""}
            {p.cooling ? ` · cooling: ${p.cooling}` : ""}
          </p>
          {p.onSiteGeneration.length > 0 ? (
            <p>
              On-site generation:{" "}
              {p.onSiteGeneration
                .map(
                  (g) =>
                    `${g.kind}${g.capacityMW ? ` ${formatQuantity("power", g.capacityMW.value * 1e6)}` : ""}`,
                )
                .join(", ")}
            </p>
          ) : null}
          <h2>{t("sites.sizing")}</h2>
          {sized.ok ? (
            <>
              <ul class="tiles compact">
                <li class="tile">
                  <span class="tile-value">{formatQuantity("count", sized.site.accelerators)}</span>
                  <span class="tile-label">
                    {t("fig.accelerators")} ({sized.site.accelerator})
                  </span>
                </li>
                <li class="tile">
                  <span class="tile-value">{formatQuantity("money", sized.site.capexUSD)}</span>
                  <span class="tile-label">{t("fig.capex")}</span>
                </li>
                <li class="tile">
                  <span class="tile-value">{formatQuantity("energy", sized.site.energyMWh * 1e6)}</span>
                  <span class="tile-label">{t("fig.energy")}</span>
                </li>
                <li class="tile">
                  <span class="tile-value">{formatQuantity("mass", sized.site.co2eTonnes)}</span>
                  <span class="tile-label">{t("fig.co2e")}</span>
                </li>
              </ul>
              <ul class="checks">
                {sized.site.checks.map((c) => (
                  <li key={c.claim} class={`check verdict-${assessmentOf(c)}`}>
                    <span class="verdict">
                      {verdictMark(assessmentOf(c))} {c.claim}
                    </span>{" "}
                    {c.reasoning}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p class="muted">{sized.issues.map((i) => i.message).join("; ")}</p>
          )}
        </div>
      </div>
      <h2>{t("sites.sources")}</h2>
      <ol class="sources">
        {sources.map(({ sid, source }) => (
          <li key={sid}>
            {source ? (
              <>
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.title}
                </a>
                , {source.publisher ?? source.authors ?? ""}, {source.date}
              </>
            ) : (
              sid
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
