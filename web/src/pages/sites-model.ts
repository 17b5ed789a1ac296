// Where each catalog campus sits on a map, and the figures the Sites page shows of it.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import usTopo from "us-atlas/states-10m.json";
import worldTopo from "world-atlas/countries-110m.json";
import type { Catalog, Project } from "../lib/core.js";

type Named = Feature<Geometry, { name: string }>;

function collection(topo: unknown, key: string): FeatureCollection<Geometry, { name: string }> {
  const t = topo as Topology<Record<string, GeometryCollection<{ name: string }>>>;
  const object = t.objects[key];
  if (!object) throw new Error(`atlas without ${key}`);
  return feature(t, object) as FeatureCollection<Geometry, { name: string }>;
}

export const world = collection(worldTopo, "countries");
export const usStates = collection(usTopo, "states");

// world-atlas names countries in English (Natural Earth); the catalog uses ISO 3166-1 alpha-2 codes.
const COUNTRY_NAME: Readonly<Record<string, string>> = {
  US: "United States of America",
  FR: "France",
  GB: "United Kingdom",
  NO: "Norway",
  PT: "Portugal",
  IN: "India",
  JP: "Japan",
  KR: "South Korea",
  MY: "Malaysia",
  AU: "Australia",
  AR: "Argentina",
  CA: "Canada",
  AE: "United Arab Emirates",
  SA: "Saudi Arabia",
  DE: "Germany",
  ES: "Spain",
  IT: "Italy",
  NL: "Netherlands",
  SE: "Sweden",
  FI: "Finland",
  IE: "Ireland",
  CN: "China",
  SG: "Singapore",
  BR: "Brazil",
  MX: "Mexico",
  QA: "Qatar",
  IL: "Israel",
  ZA: "South Africa",
  ID: "Indonesia",
  TH: "Thailand",
  VN: "Vietnam",
  TW: "Taiwan",
};

/** The centre of a shape's largest part: France's centre lies in France, not between Paris and Cayenne. */
function mainCentroid(f: Named): [number, number] {
  const g = f.geometry;
  if (g.type !== "MultiPolygon") return geoCentroid(f);
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of (g as MultiPolygon).coordinates) {
    const p: Polygon = { type: "Polygon", coordinates };
    const a = geoArea(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best ? geoCentroid(best) : geoCentroid(f);
}

export interface Placed {
  readonly project: Project;
  readonly lonLat: [number, number];
  /** Whether the point is the project's own (from the catalog) or its state's or country's centre. */
  readonly exact: boolean;
  readonly powerMW: number | undefined;
  readonly accelerators: number | undefined;
  readonly online: string | undefined;
}

/** The announced full build-out: the last phase that gives a power (phases are cumulative). */
export function lastPhaseFigures(p: Project) {
  let powerMW: number | undefined;
  let accelerators: number | undefined;
  let online: string | undefined;
  for (const phase of p.phases) {
    const power = phase.facilityPowerMW?.value ?? phase.itPowerMW?.value;
    if (power !== undefined) powerMW = power;
    if (phase.accelerators) accelerators = phase.accelerators.value;
    if (phase.online) online = String(phase.online.value);
  }
  return { powerMW, accelerators, online };
}

export function placeProjects(catalog: Catalog): Placed[] {
  const byState = new Map(usStates.features.map((f) => [f.properties.name, f]));
  const byCountry = new Map(world.features.map((f) => [f.properties.name, f]));
  const out: Placed[] = [];
  for (const p of catalog.projects.all) {
    const c = p.coordinates;
    let lonLat: [number, number] | undefined = c ? [c.lon, c.lat] : undefined;
    if (!lonLat) {
      const state = p.place.country === "US" && p.place.region ? byState.get(p.place.region) : undefined;
      const country = byCountry.get(COUNTRY_NAME[p.place.country] ?? "");
      const shape = state ?? country;
      if (shape) lonLat = mainCentroid(shape);
    }
    if (!lonLat) continue;
    out.push({ project: p, lonLat, exact: c !== undefined, ...lastPhaseFigures(p) });
  }
  return out;
}

/** A phase's online date as a time: "2026-H2" is July, "2027-Q3" is July, "2026" is January. */
export function dateOf(text: string): Date | undefined {
  const m = /^(\d{4})(?:-(\d{2})|-H([12])|-Q([1-4]))?/.exec(text);
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) - 1 : m[3] ? (Number(m[3]) - 1) * 6 : m[4] ? (Number(m[4]) - 1) * 3 : 0;
  return new Date(Date.UTC(Number(m[1]), month, 1));
}

/** Every source id a record cites, in the order it cites them. */
export function citedSources(record: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "source" && typeof x === "string") out.add(x);
        else walk(x);
      }
    }
  };
  walk(record);
  return [...out];
}
