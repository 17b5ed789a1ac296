import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type Catalog, explainText } from "../../src/core/index.js";

/** A claim as written by hand in a labelled set's expected.yaml (test/fixtures/unseen/README.md gives the rules). */
interface Label {
  readonly kind: string;
  readonly value: number;
  readonly phrase: string;
  readonly [field: string]: unknown;
}

export const FIELDS = ["qualifier", "subject", "object", "relation", "place", "project", "when"] as const;

export interface SetScore {
  readonly expected: number;
  readonly found: number;
  readonly extracted: number;
  readonly spurious: number;
  /** Per field: labels and extracted values that agree, over those where either says something. */
  readonly fields: Record<(typeof FIELDS)[number], { agree: number; total: number }>;
}

/**
 * Scores the extractor on a hand-labelled folder: each label is matched to one extracted claim of the same kind and
 * value (a multiset match), the rest of the extracted claims are spurious, and each matched pair's fields compared.
 */
export function scoreSet(folder: URL, catalog: Catalog, language?: "en" | "fr"): SetScore {
  const labels = parse(readFileSync(new URL("expected.yaml", folder), "utf8")) as Record<string, Label[]>;
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { agree: 0, total: 0 }])) as SetScore["fields"];
  let expected = 0;
  let found = 0;
  let extracted = 0;
  let spurious = 0;
  for (const [file, list] of Object.entries(labels)) {
    if (language && !file.startsWith(`${language}-`)) continue;
    const claims = explainText(readFileSync(new URL(file, folder), "utf8"), catalog).claims;
    const used = new Set<number>();
    expected += list.length;
    extracted += claims.length;
    for (const label of list) {
      const i = claims.findIndex(
        (c, k) =>
          !used.has(k) && c.kind === label.kind && Math.abs(c.value - label.value) <= 1e-6 * label.value,
      );
      if (i < 0) continue;
      used.add(i);
      found++;
      const claim = claims[i] as unknown as Record<string, unknown>;
      for (const f of FIELDS) {
        const want = label[f] ?? undefined;
        const got = claim[f] ?? undefined;
        if (want === undefined && got === undefined) continue;
        fields[f].total++;
        if (want === got) fields[f].agree++;
      }
    }
    spurious += claims.length - used.size;
  }
  return { expected, found, extracted, spurious, fields };
}

export const share = (a: number, b: number) => (b === 0 ? 1 : a / b);
