/**
 * Scores the reader against labelled article sets and prints recall, precision and agreement per field, per set and
 * pooled. `SCORE_SETS=dev-2026-12,unseen npm run score:articles`; `SCORE_BY_LANGUAGE=1` adds English and French apart; `SCORE_DETAIL=/tmp/dir` also writes, per set, each
 * matched claim whose fields disagree with its label, with the text around it. A set whose README says it is held out
 * and not yet measured is refused unless `SCORE_HELD_OUT_ONCE=<set>` names it: that is the one measurement.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { loadCatalog } from "../../src/node/data-files.js";
import { FIELDS, type Field, type SetScore, scoreSet, share } from "../support/labelled-articles.js";

const DEFAULT_SETS = "dev-2026-12,unseen,heldout,heldout-2026-12,heldout-2026-12b,heldout-2026-12c";
const DETAIL_FIELDS = [
  "subject",
  "object",
  "relation",
  "place",
  "project",
  "when",
  "scope",
  "programme",
] as const;

function unspentHeldOut(folder: URL): boolean {
  const readme = readFileSync(new URL("README.md", folder), "utf8");
  return (
    /HELD-OUT/.test(readme.slice(0, 400)) &&
    !/measured once[^\n]*\(?\d{4}-\d{2}-\d{2}|now spent/i.test(readme)
  );
}

function lines(name: string, s: SetScore): string[] {
  const head = `${name}: recall ${share(s.found, s.expected).toFixed(3)} (${s.found}/${s.expected}) precision ${(1 - share(s.spurious, s.extracted)).toFixed(3)}`;
  const kinds = Object.entries(s.kinds)
    .map(
      ([kind, t]) => `${kind} ${t.found}/${t.expected}${t.spurious > 0 ? ` (+${t.spurious} spurious)` : ""}`,
    )
    .join(", ");
  return [
    head,
    ...(kinds ? [`  found by kind: ${kinds}`] : []),
    ...FIELDS.map(
      (f) =>
        `  ${f}: ${s.fields[f].agree}/${s.fields[f].total} ${share(s.fields[f].agree, s.fields[f].total).toFixed(3)}`,
    ),
  ];
}

/** Each matched claim that disagrees with its label on an attribution field, with 220 characters before it. */
function detail(s: SetScore): string {
  const out: string[] = [];
  for (const { file, text, label, claim } of s.pairs) {
    const got = claim as unknown as Record<string, unknown>;
    const bad = DETAIL_FIELDS.filter((f) => (label[f] ?? undefined) !== (got[f] ?? undefined));
    if (bad.length === 0) continue;
    const at = text.indexOf(label.phrase);
    const around = text.slice(Math.max(0, at - 220), at + 120).replace(/\n/g, " ");
    const fields = bad.map((f) => `  ${f}: want ${label[f] ?? "-"} got ${got[f] ?? "-"}`).join("\n");
    out.push(`## ${file} «${label.phrase}»\n  ${around}\n${fields}`);
  }
  return out.join("\n");
}

it("scores the labelled article sets", () => {
  const catalog = loadCatalog();
  const names = (process.env.SCORE_SETS ?? DEFAULT_SETS).split(",").filter(Boolean);
  const pooled = Object.fromEntries(FIELDS.map((f) => [f, { agree: 0, total: 0 }])) as Record<
    Field,
    { agree: number; total: number }
  >;
  const tally = { expected: 0, found: 0, extracted: 0, spurious: 0 };
  const out: string[] = [];
  for (const name of names) {
    const folder = new URL(`../fixtures/${name}/`, import.meta.url);
    if (unspentHeldOut(folder) && process.env.SCORE_HELD_OUT_ONCE !== name) {
      throw new Error(
        `${name} is a held-out set not yet measured: name it in SCORE_HELD_OUT_ONCE for its one measurement`,
      );
    }
    const s = scoreSet(folder, catalog);
    out.push(...lines(name, s));
    if (process.env.SCORE_BY_LANGUAGE) {
      for (const language of ["en", "fr"] as const)
        out.push(...lines(`${name} [${language}]`, scoreSet(folder, catalog, language)));
    }
    for (const f of FIELDS) {
      pooled[f].agree += s.fields[f].agree;
      pooled[f].total += s.fields[f].total;
    }
    for (const k of ["expected", "found", "extracted", "spurious"] as const) tally[k] += s[k];
    if (process.env.SCORE_DETAIL) {
      mkdirSync(process.env.SCORE_DETAIL, { recursive: true });
      writeFileSync(`${process.env.SCORE_DETAIL}/${name}.txt`, [...lines(name, s), ...s.misses].join("\n"));
      writeFileSync(`${process.env.SCORE_DETAIL}/${name}.detail.txt`, detail(s));
    }
  }
  out.push(
    ...lines(`pooled (${names.length} sets)`, { ...tally, fields: pooled, kinds: {}, misses: [], pairs: [] }),
  );
  process.stdout.write(`${out.join("\n")}\n`);
});
