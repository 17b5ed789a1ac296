// The last answers of a pure route, serialised, by their question. /v1/size asks the same few questions over and
// over (a dashboard, the web app's share links): its answer depends only on the query and the catalog, which is
// fixed while the server runs, so a repeated question is answered without sizing the site again.

/** A least-recently-used map of serialised answers, bounded in entries (a /v1/size answer is about 16 kB). */
export class AnswerCache {
  private readonly answers = new Map<string, string>();
  constructor(private readonly maxEntries: number) {}

  /** The answer to `question`, computed by `answer` and kept when it is not already. */
  get(question: string, answer: () => string): string {
    const kept = this.answers.get(question);
    if (kept !== undefined) {
      // A Map iterates in insertion order: moved to the end, it is the last to be evicted.
      this.answers.delete(question);
      this.answers.set(question, kept);
      return kept;
    }
    const fresh = answer();
    this.answers.set(question, fresh);
    if (this.answers.size > this.maxEntries) {
      const oldest = this.answers.keys().next().value;
      if (oldest !== undefined) this.answers.delete(oldest);
    }
    return fresh;
  }

  get size(): number {
    return this.answers.size;
  }
}

/** A query's question, the same whatever the order of its parameters. */
export function questionOf(query: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
