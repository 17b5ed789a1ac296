import { geoAlbersUsa, geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { useMemo } from "preact/hooks";
import { formatQuantity } from "../lib/core.js";
import type { Placed } from "../pages/sites-model.js";

interface Props {
  readonly which: "world" | "us";
  readonly shapes: FeatureCollection<Geometry, { name: string }>;
  readonly sites: readonly Placed[];
  readonly colour: (p: Placed) => string;
  readonly label: string;
}

const WIDTH = 960;

/** A map drawn from TopoJSON with d3-geo: no tiles, no network; each campus a circle that opens its page. */
export function SiteMap({ which, shapes, sites, colour, label }: Props) {
  const { projection, height, paths } = useMemo(() => {
    const projection = which === "us" ? geoAlbersUsa() : geoEqualEarth();
    const height = which === "us" ? 560 : 470;
    projection.fitExtent(
      [
        [8, 8],
        [WIDTH - 8, height - 8],
      ],
      which === "us" ? shapes : { type: "Sphere" },
    );
    const path = geoPath(projection);
    const paths = shapes.features.map((f) => ({ name: f.properties.name, d: path(f) ?? "" }));
    return { projection, height, paths };
  }, [which, shapes]);
  const maxMW = Math.max(1, ...sites.map((s) => s.powerMW ?? 0));
  const radius = (mw: number | undefined) => 4 + 22 * Math.sqrt((mw ?? 0) / maxMW);
  // Several campuses in one state share its centre: spread them on a small spiral so each stays clickable.
  const seen = new Map<string, number>();
  const points = sites
    .map((s) => {
      const xy = projection(s.lonLat);
      if (!xy) return undefined;
      const key = `${Math.round(xy[0])},${Math.round(xy[1])}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const angle = n * 2.4;
      const spread = which === "us" ? 13 : 9;
      return {
        s,
        x: xy[0] + Math.cos(angle) * spread * Math.sqrt(n),
        y: xy[1] + Math.sin(angle) * spread * Math.sqrt(n),
      };
    })
    .filter((p) => p !== undefined)
    // Small circles on top of large ones.
    .sort((a, b) => (b.s.powerMW ?? 0) - (a.s.powerMW ?? 0));
  return (
    <figure class="map-figure">
      <figcaption class="visually-hidden">{label}</figcaption>
      <svg class="map" viewBox={`0 0 ${WIDTH} ${height}`}>
        <title>{label}</title>
        {which === "world" ? <path d={geoPath(projection)({ type: "Sphere" }) ?? ""} class="sphere" /> : null}
        <g class="land">
          {paths.map((p) => (
            <path key={p.name} d={p.d} />
          ))}
        </g>
        <g class="sites">
          {points.map(({ s, x, y }) => {
            const name = `${s.project.name}: ${s.powerMW === undefined ? "power not announced" : formatQuantity("power", s.powerMW * 1e6)}, ${s.project.status}`;
            return (
              <a
                key={s.project.id}
                href={`#/sites/${s.project.id}`}
                aria-label={name}
                data-site={s.project.id}
              >
                <circle
                  cx={x}
                  cy={y}
                  r={radius(s.powerMW)}
                  fill={colour(s)}
                  class={s.exact ? "site" : "site approx"}
                >
                  <title>{name}</title>
                </circle>
              </a>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
