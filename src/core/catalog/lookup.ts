/** Normalises what people type: "TPU v5p", "tpu_v5p" and "tpu-v5p" are one key. */
export function normaliseKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s_.\-/]+/g, "-");
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export interface Indexed {
  readonly id: string;
  readonly aliases: readonly string[];
}

/** An id-and-alias index over one kind of catalog entry, case- and punctuation-insensitive. */
export class Index<T extends Indexed> {
  private readonly byKey = new Map<string, T>();
  /** Queries as typed, by their normalised key; cleared past 10,000 so a server cannot grow it forever. */
  private readonly normalised = new Map<string, string>();
  readonly all: readonly T[];

  constructor(entries: readonly T[]) {
    this.all = entries;
    for (const e of entries) {
      for (const key of [e.id, ...e.aliases]) this.byKey.set(normaliseKey(key), e);
    }
  }

  get(query: string): T | undefined {
    // Ids are stored normalised, so an exact id needs no normalising (lookups run for every estimate).
    const hit = this.byKey.get(query);
    if (hit !== undefined) return hit;
    // Other text is normalised once: a site id looked up as a project misses on every estimate.
    let key = this.normalised.get(query);
    if (key === undefined) {
      key = normaliseKey(query);
      if (this.normalised.size >= 10_000) this.normalised.clear();
      this.normalised.set(query, key);
    }
    return this.byKey.get(key);
  }

  /** The `n` ids nearest to the query, nearest first. */
  nearest(query: string, n = 3): string[] {
    const q = normaliseKey(query);
    const scored = this.all.map((e) => ({
      id: e.id,
      d: Math.min(...[e.id, ...e.aliases].map((k) => distanceToKey(q, normaliseKey(k)))),
    }));
    scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
    return scored.slice(0, n).map((s) => s.id);
  }
}

// A key that contains the query ("h100" in "h100-sxm") counts as close.
function distanceToKey(query: string, key: string): number {
  if (key.includes(query) || query.includes(key)) return Math.abs(key.length - query.length) / 10;
  return editDistance(query, key);
}
