/** Renders rows as aligned columns; numbers-as-text align right. Ten lines, so no library. */
export function table(rows: readonly (readonly string[])[], header?: readonly string[]): string {
  const all = header ? [header, ...rows] : rows;
  const widths = all.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  const numeric = (s: string) => /^[-$+]?[\d.,]+/.test(s);
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) =>
        numeric(cell) && i > 0 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  const out = all.map(line);
  if (header) out.splice(1, 0, widths.map((w) => "─".repeat(w)).join("  "));
  return `${out.join("\n")}\n`;
}
