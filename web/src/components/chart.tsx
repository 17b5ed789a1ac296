import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { downloadPng, downloadSvg } from "../lib/download.js";
import { t } from "../lib/i18n.js";

interface Props {
  /** Heading of the chart, also its accessible name. */
  readonly title: string;
  /** File name of downloads, without extension. */
  readonly name: string;
  /** Builds the chart at a width in pixels (Observable Plot returns an SVG, or a figure holding one). */
  readonly render: (width: number) => Element;
  /** What the chart shows, in words, for screen readers and a caption. */
  readonly caption?: ComponentChildren;
  /** Values that change the chart: it is rebuilt when one changes. */
  readonly deps: readonly unknown[];
}

const REDRAW_AFTER_MS = 120;

/** A chart with its heading, caption and SVG/PNG downloads. */
export function Chart({ title, name, render, caption, deps }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    // Figures follow an input within a frame; a chart is redrawn once the input rests (a slider moves 60 times a
    // second, and drawing three charts each time would take the frame from the figures).
    const draw = () => {
      // Drawn at the width it has, so its text stays at reading size on a phone and on a wide screen.
      const chart = render(Math.max(280, Math.floor(el.clientWidth)));
      el.replaceChildren(chart);
      const svg = chartSvg(el);
      // The chart is one image with one name: Plot's labels on its groups are not allowed on plain <g> elements.
      for (const n of el.querySelectorAll("svg [aria-label], svg [aria-description]")) {
        n.removeAttribute("aria-label");
        n.removeAttribute("aria-description");
      }
      // A chart whose marks are links (to their sources) is a group of links, not one image.
      const links = svg ? [...svg.querySelectorAll("a")] : [];
      for (const a of links) a.setAttribute("aria-label", a.querySelector("title")?.textContent ?? title);
      svg?.setAttribute("role", links.length > 0 ? "group" : "img");
      svg?.setAttribute("aria-label", title);
    };
    if (el.childElementCount === 0) draw();
    else {
      const timer = setTimeout(draw, REDRAW_AFTER_MS);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, deps);
  const svg = () => (host.current ? chartSvg(host.current) : undefined);
  return (
    <figure class="chart">
      <figcaption>
        <span class="chart-title">{title}</span>
        <span class="chart-tools">
          <button
            type="button"
            class="small"
            aria-label={`${t("common.download")} ${title} ${t("common.svg")}`}
            onClick={() => {
              const s = svg();
              if (s) downloadSvg(s, name);
            }}
          >
            {t("common.svg")}
          </button>
          <button
            type="button"
            class="small"
            aria-label={`${t("common.download")} ${title} ${t("common.png")}`}
            onClick={() => {
              const s = svg();
              if (s) downloadPng(s, name);
            }}
          >
            {t("common.png")}
          </button>
        </span>
      </figcaption>
      <div class="chart-body" ref={host} />
      {caption ? <p class="chart-caption">{caption}</p> : null}
    </figure>
  );
}

/** The chart's own SVG: Plot puts legends (small SVG swatches) before it in a figure. */
function chartSvg(el: Element): SVGSVGElement | undefined {
  const all = el.querySelectorAll("svg");
  return all[all.length - 1] ?? undefined;
}
