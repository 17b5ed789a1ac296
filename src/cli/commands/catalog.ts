import {
  type Catalog,
  formatQuantity,
  InputError,
  type IssueCode,
  projectRecords,
  projectRecordsCsv,
  type Source,
} from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { EXIT, json, type Output } from "../io.js";
import { table } from "../table.js";

type Entry = { readonly id: string; readonly name?: string; readonly aliases?: readonly string[] };

/** The kinds a user can list, each with the columns that say the most about an entry. */
const KINDS = {
  accelerators: (c: Catalog) => c.accelerators.all,
  grids: (c: Catalog) => c.grids.all,
  cooling: (c: Catalog) => c.cooling.all,
  projects: (c: Catalog) => c.projects.all,
  programmes: (c: Catalog) => c.programmes.all,
  currencies: (c: Catalog) => c.currencies.all,
  deals: (c: Catalog) => c.deals.all,
  organisations: (c: Catalog) => c.organisations.all,
  "training-runs": (c: Catalog) => c.trainingRuns,
  parameters: (c: Catalog) => Object.entries(c.parameters).map(([id, p]) => ({ id, ...p })),
  serving: (c: Catalog) => Object.entries(c.servingFigures ?? {}).map(([id, p]) => ({ id, ...p })),
} satisfies Record<string, (c: Catalog) => readonly Entry[]>;
type Kind = keyof typeof KINDS;
/** The issue code of an id that a kind lacks. */
const UNKNOWN_CODE: Record<Kind, IssueCode> = {
  accelerators: "unknown_accelerator",
  grids: "unknown_grid",
  cooling: "unknown_cooling",
  projects: "unknown_project",
  programmes: "unknown_programme",
  currencies: "unknown_currency",
  deals: "unknown_deal",
  organisations: "unknown_organisation",
  "training-runs": "unknown_training_run",
  parameters: "unknown_parameter",
  serving: "unknown_serving_figure",
};
const KIND_NAMES = Object.keys(KINDS) as Kind[];

function kindOf(text: string): Kind {
  const k = text.toLowerCase();
  const match = KIND_NAMES.find((name) => name === k || name.replace(/s$/, "") === k || name === `${k}s`);
  if (!match) {
    throw new InputError([
      {
        code: "unknown_kind",
        path: ["KIND"],
        message: `unknown catalog kind '${text}'`,
        accepted: KIND_NAMES,
      },
    ]);
  }
  return match;
}

/** `gigawatt catalog [KIND] [ID]`: what the catalog holds, and each figure with its source. */
export function catalog(
  kindText: string | undefined,
  id: string | undefined,
  opts: { json?: boolean; csv?: boolean },
  io: Output,
): number {
  const c = loadCatalog();
  if (kindText === undefined) {
    const counts = Object.fromEntries(KIND_NAMES.map((k) => [k, KINDS[k](c).length]));
    io.out(
      opts.json
        ? json({ kinds: counts, sources: c.sources.size })
        : `${table(
            KIND_NAMES.map((k) => [k, String(counts[k])]),
            ["kind", "entries"],
          )}\n${c.sources.size} sources. Show one kind: gigawatt catalog grids\n`,
    );
    return EXIT.ok;
  }
  const kind = kindOf(kindText);
  const entries = KINDS[kind](c);
  if (kind === "projects" && id === undefined && (opts.json || opts.csv)) {
    // A dataset: flat records with their phases and record dates.
    const records = projectRecords(c);
    io.out(opts.csv ? projectRecordsCsv(records) : json(records));
    return EXIT.ok;
  }
  if (opts.csv) {
    throw new InputError([
      { code: "unknown_kind", path: ["--csv"], message: "--csv lists projects only", accepted: ["projects"] },
    ]);
  }
  if (id === undefined) {
    const { header, row } = SUMMARIES[kind] as { header: string[]; row: (e: Entry) => string[] };
    io.out(
      opts.json
        ? json(entries)
        : `${table(entries.map(row), header)}\n${entries.length} ${kind}. Show one: gigawatt catalog ${kind} ${entries[0]?.id ?? "ID"}\n`,
    );
    return EXIT.ok;
  }
  const entry = findEntry(kind, entries, id);
  const sources = citedSources(entry, c.sources);
  io.out(opts.json ? json({ ...entry, sources }) : renderEntry(entry, sources));
  return EXIT.ok;
}

const named = (e: Entry) => [e.id, e.name ?? ""];
const fixed = (v: number) => String(+v.toPrecision(4));

/** The columns that say the most about each kind of entry in a listing. */
const SUMMARIES: {
  [K in Kind]: { header: string[]; row: (e: ReturnType<(typeof KINDS)[K]>[number]) => string[] };
} = {
  accelerators: {
    header: ["id", "name", "BF16 TFLOPS", "HBM GB", "all-in W", "price"],
    row: (a) => [
      ...named(a),
      fixed(a.bf16DenseTFLOPS.value),
      fixed(a.hbmGB.value),
      fixed(a.itPowerPerAcceleratorW.value),
      formatQuantity("money", a.priceUSD.value),
    ],
  },
  grids: {
    header: ["id", "name", "gCO2e/kWh", "L/kWh", "$/MWh", "climate"],
    row: (g) => [
      ...named(g),
      fixed(g.carbonIntensityGPerKWh.value),
      fixed(g.waterLitresPerKWh.value),
      fixed(g.electricityPriceUSDPerMWh.value),
      g.climate,
    ],
  },
  cooling: { header: ["id", "name", "PUE"], row: (c) => [...named(c), fixed(c.pueTypical.value)] },
  projects: {
    header: ["id", "name", "owner", "power", "status", "recorded"],
    row: (p) => {
      const last = p.phases.at(-1);
      const mw = last?.facilityPowerMW?.value ?? last?.itPowerMW?.value;
      return [
        ...named(p),
        p.owner,
        mw === undefined ? "" : formatQuantity("power", mw * 1e6),
        p.status,
        p.recordDate ?? "",
      ];
    },
  },
  programmes: {
    header: ["id", "name", "sites", "recorded"],
    row: (g) => [...named(g), String(g.sites.length), g.recordDate],
  },
  currencies: {
    header: ["id", "name", "latest USD per unit", "year"],
    row: (cur) => {
      const latest = [...cur.rates].sort((a, b) => a.year.localeCompare(b.year)).at(-1);
      return [...named(cur), latest ? fixed(latest.usdPerUnit.value) : "", latest?.year ?? ""];
    },
  },
  deals: {
    header: ["id", "payer → payee", "amount", "announced", "kind"],
    row: (d) => [
      d.id,
      `${d.payer} → ${d.payee ?? "(own spending)"}`,
      formatQuantity("money", d.amountUSD.value),
      String(d.announced.value),
      d.kind,
    ],
  },
  organisations: { header: ["id", "name", "kind"], row: (o) => [...named(o), o.kind] },
  "training-runs": {
    header: ["id", "accelerators", "MFU"],
    row: (r) => [
      r.id,
      `${formatQuantity("count", r.accelerators?.value ?? 0)} × ${r.accelerator}`,
      formatQuantity("fraction", r.mfu?.value ?? r.allInMfu?.value ?? 0),
    ],
  },
  parameters: { header: ["id", "value", "unit"], row: (p) => [p.id, fixed(p.value), p.unit] },
  serving: { header: ["id", "value", "unit"], row: (p) => [p.id, fixed(p.value), p.unit] },
};

function findEntry(kind: Kind, entries: readonly Entry[], id: string): Entry {
  const key = id.trim().toLowerCase();
  const found = entries.find((e) => e.id === key || (e.aliases ?? []).some((a) => a.toLowerCase() === key));
  if (found) return found;
  const nearest = [...entries]
    .map((e) => ({ id: e.id, d: distance(key, e.id) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((e) => e.id);
  throw new InputError([
    { code: UNKNOWN_CODE[kind], path: ["ID"], message: `no ${kind} entry '${id}'`, accepted: nearest },
  ]);
}

function distance(a: string, b: string): number {
  return b.includes(a) ? 0 : Math.abs(a.length - b.length) + [...a].filter((ch, i) => b[i] !== ch).length;
}

/** Every source the entry cites, by qualified id. */
function citedSources(entry: unknown, all: ReadonlyMap<string, Source>): Record<string, Source> {
  const out: Record<string, Source> = {};
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        const source = typeof x === "string" && k === "source" ? all.get(x) : undefined;
        if (source) out[x as string] = source;
        else walk(x);
      }
    }
  };
  walk(entry);
  return out;
}

/** One line per field; a cited number shows its value, then where it comes from. */
function renderEntry(entry: Entry, sources: Record<string, Source>): string {
  const rows: string[][] = [];
  const walk = (v: unknown, path: string): void => {
    if (v && typeof v === "object" && !Array.isArray(v) && "value" in v) {
      const cited = v as {
        value: unknown;
        source?: string;
        assumption?: string;
        locator?: string;
        year?: number;
        range?: number[];
      };
      const value = `${String(cited.value)}${cited.range ? ` (${cited.range.join("–")})` : ""}${cited.year ? ` [${cited.year}]` : ""}`;
      const origin = cited.source
        ? `${sourceLabel(sources[cited.source])}${cited.locator ? `, ${cited.locator}` : ""}`
        : `assumption: ${cited.assumption ?? ""}`;
      rows.push([path, value, origin]);
    } else if (Array.isArray(v)) {
      if (v.every((x) => typeof x !== "object")) rows.push([path, v.join(", "), ""]);
      else for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    } else rows.push([path, String(v), ""]);
  };
  walk(entry, "");
  const list = Object.entries(sources).map(([id, s]) => `  ${id}: ${sourceLabel(s)} ${s.url}`);
  return `${table(rows, ["field", "value", "source"])}\nsources:\n${list.join("\n")}\n`;
}

function sourceLabel(s: Source | undefined): string {
  if (!s) return "";
  return `${s.title} (${s.publisher ?? s.authors ?? ""}, ${s.date})`;
}
