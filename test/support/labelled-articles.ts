import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type Catalog, type ExplainedClaim, explainText } from "../../src/core/index.js";

/** A claim as written by hand in a labelled set's expected.yaml (rules: test/fixtures/LABELS-v2.md). */
export interface Label {
  readonly kind: string;
  readonly value: number;
  readonly phrase: string;
  readonly [field: string]: unknown;
}

/** The fields compared on each matched pair (format 1 sets label only the first seven). */
export const FIELDS = [
  "qualifier",
  "subject",
  "object",
  "relation",
  "place",
  "project",
  "when",
  "unit",
  "programme",
  "scope",
  "per",
  "substance",
] as const;
export type Field = (typeof FIELDS)[number];
const FORMAT_1_FIELDS: readonly Field[] = FIELDS.slice(0, 7);

export interface Tally {
  expected: number;
  found: number;
  extracted: number;
  spurious: number;
}

export interface SetScore extends Tally {
  /** Per field: labels and extracted values that agree, over those where either says something. */
  readonly fields: Record<Field, { agree: number; total: number }>;
  /** The same counts for each kind ("money", "power", "area" ...). */
  readonly kinds: Record<string, Tally>;
  /** Labels that were not found and extracted claims that match no label, for reading the misses. */
  readonly misses: readonly string[];
  /** Each label with the claim it was matched to, and the article's text, for reading disagreements in context. */
  readonly pairs: readonly {
    readonly file: string;
    readonly text: string;
    readonly label: Label;
    readonly claim: ExplainedClaim;
  }[];
}

// Format 1 sets label money, power and counts of accelerators or reactors only: other kinds are not judged there.
const FORMAT_1_COUNTS = /^(?:accelerator|reactor)$/;
const judgedInFormat1 = (c: ExplainedClaim, isAccelerator: (unit: string) => boolean) =>
  c.kind === "money" ||
  c.kind === "power" ||
  (c.kind === "count" && (FORMAT_1_COUNTS.test(c.unit) || isAccelerator(c.unit)));

const tally = (): Tally => ({ expected: 0, found: 0, extracted: 0, spurious: 0 });

/**
 * Scores the reader on a hand-labelled folder: each label is matched to one extracted claim of the same kind and
 * value (in text order, the first unused one with the label's phrase preferred), the rest of the extracted claims are
 * spurious, and each matched pair's fields compared. `language` keeps only the files of one language.
 */
export function scoreSet(folder: URL, catalog: Catalog, language?: "en" | "fr"): SetScore {
  const { format, ...labels } = parse(readFileSync(new URL("expected.yaml", folder), "utf8")) as Record<
    string,
    Label[]
  > & { format?: number };
  const judged: readonly Field[] = format === 2 ? FIELDS : FORMAT_1_FIELDS;
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { agree: 0, total: 0 }])) as SetScore["fields"];
  const kinds: Record<string, Tally> = {};
  const kind = (k: string) => {
    kinds[k] ??= tally();
    return kinds[k];
  };
  const total = tally();
  const misses: string[] = [];
  const pairs: SetScore["pairs"][number][] = [];
  const isAccelerator = (unit: string) => catalog.accelerators.get(unit) !== undefined;
  for (const [file, list] of Object.entries(labels)) {
    if (language && !file.startsWith(`${language}-`)) continue;
    const text = readFileSync(new URL(file, folder), "utf8");
    const all = explainText(text, catalog).claims;
    const claims = format === 2 ? all : all.filter((c) => judgedInFormat1(c, isAccelerator));
    const used = new Set<number>();
    for (const c of claims) {
      kind(c.kind).extracted++;
      total.extracted++;
    }
    for (const label of list) {
      kind(label.kind).expected++;
      total.expected++;
      const same = (c: ExplainedClaim, k: number) =>
        !used.has(k) && c.kind === label.kind && Math.abs(c.value - label.value) <= 1e-6 * label.value;
      // The same phrase first, then the same unit ("deux autres" sites must not take "deux réacteurs"), then any.
      let i = claims.findIndex((c, k) => same(c, k) && c.phrase === label.phrase);
      if (i < 0) i = claims.findIndex((c, k) => same(c, k) && c.unit === label.unit);
      if (i < 0) i = claims.findIndex(same);
      if (i < 0) {
        misses.push(`${file}: missed ${label.kind} ${label.value} «${label.phrase}»`);
        continue;
      }
      used.add(i);
      kind(label.kind).found++;
      total.found++;
      pairs.push({ file, text, label, claim: claims[i] as ExplainedClaim });
      const claim = claims[i] as unknown as Record<string, unknown>;
      for (const f of judged) {
        // Format 1 counts name the accelerator or "accelerator"/"reactor" as their unit, like format 2.
        const want = label[f] ?? undefined;
        const got = claim[f] ?? undefined;
        if (want === undefined && got === undefined) continue;
        fields[f].total++;
        if (want === got) fields[f].agree++;
        else misses.push(`${file}: ${f} of «${label.phrase}»: want ${String(want)}, got ${String(got)}`);
      }
    }
    claims.forEach((c, k) => {
      if (used.has(k)) return;
      kind(c.kind).spurious++;
      total.spurious++;
      misses.push(`${file}: spurious ${c.kind} ${c.value} «${c.phrase}»`);
    });
  }
  return { ...total, fields, kinds, misses, pairs };
}

export const share = (a: number, b: number) => (b === 0 ? 1 : a / b);
