// Downloads made in the page: a chart as SVG or PNG, results as CSV or JSON.

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  save(new Blob([svgText(svg)], { type: "image/svg+xml" }), `${name}.svg`);
}

/** Draws the SVG on a canvas at twice its size, on white, for slides and documents. */
export function downloadPng(svg: SVGSVGElement, name: string): void {
  const { width, height } = svg.getBoundingClientRect();
  const img = new Image();
  // A data: URL, not a blob: one: gigawatt serve's policy allows images from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  img.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    canvas.toBlob((b) => b && save(b, `${name}.png`), "image/png");
  };
  img.src = url;
}

export function downloadJson(value: unknown, name: string): void {
  save(new Blob([JSON.stringify(value, null, 2)], { type: "application/json" }), `${name}.json`);
}

/** Rows of plain values as CSV (RFC 4180 quoting). */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${rows.map((r) => r.map(cell).join(",")).join("\n")}\n`;
}

export function downloadCsv(rows: readonly (readonly (string | number | undefined)[])[], name: string): void {
  save(new Blob([toCsv(rows)], { type: "text/csv" }), `${name}.csv`);
}

/** A flat list of [key, value] for every number in a nested result, for CSV. */
export function flatten(value: unknown, prefix = ""): [string, number | string][] {
  if (typeof value === "number" || typeof value === "string") return [[prefix, value]];
  if (value === null || typeof value !== "object") return [];
  const out: [string, number | string][] = [];
  for (const [k, v] of Object.entries(value)) out.push(...flatten(v, prefix ? `${prefix}.${k}` : k));
  return out;
}
