/** Renders rows as aligned columns; a column whose every filled cell is a number is right-aligned. */
export function table(rows: readonly (readonly string[])[], header?: readonly string[]): string {
  const all = header ? [header, ...rows] : rows;
  const widths = all.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  const numeric = (s: string) => /^[-$+]?[\d.,]+/.test(s);
  const rightAligned = widths.map(
    (_, i) => i > 0 && rows.every((row) => (row[i] ?? "") === "" || numeric(row[i] ?? "")),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = all.map(line);
  if (header) out.splice(1, 0, widths.map((w) => "─".repeat(w)).join("  "));
  return `${out.join("\n")}\n`;
}
