import * as Plot from "@observablehq/plot";
import { signal, useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Chart } from "../components/chart.js";
import { articles, ledger } from "../lib/api.js";
import { loadedCatalog } from "../lib/core.js";
import { downloadCsv } from "../lib/download.js";
import { type Key, t } from "../lib/i18n.js";
import { useSharedState } from "../lib/page-state.js";
import { type Announcement, byUnit, fromCatalog, fromStore, show, type Unit } from "./ledger-model.js";
import { LoadingPage } from "./size.js";
import { Validation } from "./validation.js";

interface LedgerState {
  readonly project: string;
}

const state = signal<LedgerState>({ project: "stargate-abilene" });

function accept(v: unknown): LedgerState | undefined {
  return v && typeof v === "object" && typeof (v as LedgerState).project === "string"
    ? (v as LedgerState)
    : undefined;
}

type Stored = { status: "asking" } | { status: "none" } | { status: "ok"; list: Announcement[] };

/** The store's announcements of a project, with each article's address; "none" where no server answers. */
function useStored(project: string) {
  const stored = useSignal<Stored>({ status: "asking" });
  useEffect(() => {
    let alive = true;
    stored.value = { status: "asking" };
    void Promise.all([ledger(project), articles()]).then(([l, a]) => {
      if (!alive) return;
      if (!l.ok) {
        stored.value = { status: "none" };
        return;
      }
      const urls = new Map(a.ok ? a.value.articles.map((x) => [x.id, x.url]) : []);
      stored.value = { status: "ok", list: fromStore(l.value.claims, urls) };
    });
    return () => {
      alive = false;
    };
  }, [project]);
  return stored.value;
}

export function LedgerPage() {
  useSharedState(state, accept);
  const cat = loadedCatalog.value;
  const project = state.value.project;
  const stored = useStored(project);
  if (!cat) return <LoadingPage title={t("ledger.title")} />;
  const name = cat.projects.get(project)?.name ?? project;
  const reference = fromCatalog(cat, project);
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
      {stored.status === "none" ? (
        <p class="notice" role="status">
          {t("ledger.needsServer")}
        </p>
      ) : null}
      {stored.status === "ok" ? (
        <section class="ledger-part" aria-labelledby="ledger-store">
          <h2 id="ledger-store">{t("ledger.fromStore")}</h2>
          {stored.list.length === 0 ? (
            <p class="empty">{t("ledger.noneSaved")}</p>
          ) : (
            <Announcements list={stored.list} project={project} name={name} />
          )}
        </section>
      ) : null}
      <section class="ledger-part" aria-labelledby="ledger-catalog">
        <h2 id="ledger-catalog">{t("ledger.fromCatalog")}</h2>
        {reference.length === 0 ? (
          <p class="empty">{t("ledger.noneCatalog")}</p>
        ) : (
          <Announcements list={reference} project={`${project}-catalog`} name={name} />
        )}
      </section>
      <Validation />
    </section>
  );
}

const COLOURS: Record<Unit, string> = { W: "#2f6db3", USD: "#b5651d", EUR: "#8a5a9e", count: "#2e8b57" };

/** One chart per unit (power, money, accounts of accelerators), one mark per announcement linking to its source. */
function Announcements({ list, project, name }: { list: Announcement[]; project: string; name: string }) {
  return (
    <>
      <div class="ledger-charts">
        {byUnit(list).map(([unit, items]) => (
          <Chart
            key={unit}
            title={`${name}: ${t(`ledger.unit.${unit}` as Key)}`}
            name={`${project}-${unit}`}
            deps={[list]}
            caption={t("ledger.caption")}
            render={(width) => unitChart(unit, items, width)}
          />
        ))}
      </div>
      <AnnouncementTable list={list} project={project} />
    </>
  );
}

function unitChart(unit: Unit, items: Announcement[], width: number) {
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 64,
    marginRight: 24,
    x: { type: "utc", label: null, insetLeft: 24, insetRight: 48 },
    y: { label: null, grid: true, zero: true, tickFormat: (v: number) => show(unit, v), insetTop: 20 },
    marks: [
      Plot.line(items, {
        x: "date",
        y: "value",
        stroke: COLOURS[unit],
        strokeOpacity: 0.35,
        curve: "step-after",
      }),
      Plot.dot(items, {
        x: "date",
        y: "value",
        r: 6,
        fill: COLOURS[unit],
        stroke: "white",
        href: (a: Announcement) => a.href ?? null,
        target: "_blank",
        title: (a: Announcement) =>
          `${a.date.toISOString().slice(0, 10)} · ${show(unit, a.value)} · ${a.what}\n${a.source}`,
      }),
      // Announcements of one day are stacked upwards, label over label.
      ...stackedLabels(items).map(([rank, list]) =>
        Plot.text(list, {
          x: "date",
          y: "value",
          text: (a: Announcement) => show(unit, a.value),
          dy: -14 - 14 * rank,
          fontSize: 12,
          fontWeight: 600,
        }),
      ),
    ],
  });
}

/** Announcements split by their rank among those of the same day, so that their labels do not overlap. */
function stackedLabels(items: readonly Announcement[]): [number, Announcement[]][] {
  const seen = new Map<number, number>();
  const ranks = new Map<number, Announcement[]>();
  for (const a of items) {
    const rank = seen.get(a.date.getTime()) ?? 0;
    seen.set(a.date.getTime(), rank + 1);
    ranks.set(rank, [...(ranks.get(rank) ?? []), a]);
  }
  return [...ranks.entries()];
}

function AnnouncementTable({ list, project }: { list: Announcement[]; project: string }) {
  const rows = [...list].sort((a, b) => a.date.getTime() - b.date.getTime());
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return (
    <div class="table-wrap">
      <table class="ledger-table">
        <thead>
          <tr>
            <th scope="col">{t("ledger.col.date")}</th>
            <th scope="col" class="num">
              {t("ledger.col.figure")}
            </th>
            <th scope="col">{t("ledger.col.what")}</th>
            <th scope="col">{t("ledger.col.source")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => (
            <tr key={i}>
              <td>{day(a.date)}</td>
              <td class="num">{show(a.unit, a.value)}</td>
              <td>
                {a.what}
                {a.who ? <span class="muted"> · {a.who}</span> : null}
              </td>
              <td>
                {a.href ? (
                  <a href={a.href} rel="noreferrer noopener" target="_blank">
                    {a.source}
                  </a>
                ) : (
                  a.source
                )}
              </td>
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
              ["date", "value", "unit", "what", "who", "source", "url"],
              ...rows.map((a) => [day(a.date), a.value, a.unit, a.what, a.who, a.source, a.href]),
            ],
            `gigawatt-ledger-${project}`,
          )
        }
      >
        {t("common.csv")}
      </button>
    </div>
  );
}
