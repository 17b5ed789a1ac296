import {
  CATALOG_KIND_NAMES,
  CATALOG_KINDS,
  type CatalogEntry,
  type CatalogKind,
  catalogCounts,
  catalogKindOf,
  findCatalogEntry,
  formatQuantity,
  InputError,
  type Outcome,
  projectRecords,
  projectRecordsCsv,
  type Source,
} from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { EXIT, json, type Output } from "../io.js";
import { table } from "../table.js";

type Entry = CatalogEntry;
type Kind = CatalogKind;
const KINDS = CATALOG_KINDS;

/** An outcome's value, or the usage error its issues describe. */
function orThrow<T>(o: Outcome<T>): T {
  if (!o.ok) throw new InputError(o.issues);
  return o.value;
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
    const counts = catalogCounts(c);
    io.out(
      opts.json
        ? json(counts)
        : `${table(
            CATALOG_KIND_NAMES.map((k) => [k, String(counts.kinds[k])]),
            ["kind", "entries"],
          )}\n${counts.sources} sources. Show one kind: gigawatt catalog grids\n`,
    );
    return EXIT.ok;
  }
  const kind = orThrow(catalogKindOf(kindText, ["KIND"]));
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
  const { entry, sources } = orThrow(findCatalogEntry(c, kind, id, ["ID"]));
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
