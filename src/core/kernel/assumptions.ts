import type { Catalog, Cited, ParameterName } from "../catalog/index.js";

/** One default or catalog figure a result relied on, so a reader can see it and change it. */
export interface Assumption {
  /** What the value is: `pue`, `accelerator.h100-sxm.itPowerPerAcceleratorW`, `parameters.costOfCapital`. */
  readonly name: string;
  readonly value: number | string;
  readonly unit?: string;
  /** `"input"` for a value given by the user; otherwise the citation or the reasoning. */
  readonly source: string;
}

/** An entry before it is listed: a catalog citation is turned into text only when the list is read. */
type Entry =
  | { readonly kind: "listed"; readonly name: string; readonly assumption: Assumption }
  | {
      readonly kind: "cited";
      readonly name: string;
      readonly value: number;
      readonly unit: string | undefined;
      readonly cited: Cited;
    };

const entryNames = new WeakMap<object, Map<string, string>>();

/**
 * The assumption name of a catalog entry's field (`accelerators.h100-sxm.tdpW`), built once per entry and field: an
 * estimate names a few dozen of them, and a reused string is cheaper to look up than a freshly built one.
 */
export function catalogName(kind: string, entry: { readonly id: string }, field: string): string {
  let fields = entryNames.get(entry);
  if (!fields) {
    fields = new Map();
    entryNames.set(entry, fields);
  }
  let name = fields.get(field);
  if (name === undefined) {
    name = `${kind}.${entry.id}.${field}`;
    fields.set(field, name);
  }
  return name;
}

/** Citation texts by catalog value: the catalog is immutable, so each is written once per process. */
const citationTexts = new WeakMap<Cited, string>();

const parameterNames = new Map<ParameterName, string>();
// Listed assumptions by name, reused while the name keeps pointing at the same catalog value (estimates run by the
// thousand and list the same few dozen). Cleared when it grows past 10,000 names, so a server cannot grow it forever.
const listedByName = new Map<string, { readonly cited: Cited; readonly assumption: Assumption }>();

/** An uncertain input a result used: its name and its 80% interval (p10, p90), in its own unit. */
export interface UncertainInput {
  readonly name: string;
  readonly value: number;
  readonly range: readonly [number, number];
  /**
   * The one part of the evaluation that read it (a workload's name), or undefined when read by the sites or by more
   * than one part: a sensitivity pass then need only evaluate that part again.
   */
  readonly readBy?: string | undefined;
}

/** A part of an evaluation kept for its sensitivity passes, with the names it read from the log. */
interface Reused {
  readonly value: unknown;
  readonly names: ReadonlySet<string>;
}

/** What the base evaluation and its sensitivity passes share: parts that a pass may take as they were. */
export type PassMemo = Map<string, Reused>;

/** Marks an input read by more than one part of an evaluation. */
const SHARED = "\u0000shared";

/** One input set to another value for a sensitivity pass: every use of `name` reads `value`. */
export interface Override {
  readonly name: string;
  readonly value: number;
}

/**
 * Collects assumptions in the order they are first used, once each. Entries are appended as they come and made
 * unique when the list is read: an estimate logs dozens of them and is read once. Every uncertain input (a catalog
 * number with a `range`, or a model's declared factor) is also collected, and an `override` replaces one of them in
 * a sensitivity pass: ranges are propagated through the same code that computes the figures.
 */
export class AssumptionLog {
  private readonly entries: Entry[] = [];
  private readonly uncertainInputs = new Map<string, { input: UncertainInput; readBy: string }>();
  /** The part of the evaluation now reading inputs: a workload's name, or SHARED (sites, links, parameters). */
  private part = SHARED;
  /**
   * `quiet`: a sensitivity pass, whose assumptions are never listed: entries are not kept and uncertain inputs not
   * collected (only the base evaluation's are read); the override still applies.
   */
  constructor(
    private readonly catalog: Catalog,
    private readonly override?: Override,
    private readonly quiet = false,
    private readonly memo?: PassMemo,
  ) {}

  /** Whether this is a sensitivity pass: only its numbers are read, so work that yields none may be skipped. */
  get inPass(): boolean {
    return this.quiet;
  }

  /**
   * `compute()`, computed once for the base evaluation and its sensitivity passes: the base records the value with the
   * names it read from this log, and a pass whose override is none of them gets that value back (the same inputs give
   * the same value). `key` must name everything else the value depends on, such as counts sized from other inputs.
   */
  reuse<T>(key: string, compute: () => T): T {
    const memo = this.memo;
    if (memo === undefined) return compute();
    if (this.quiet) {
      const hit = memo.get(key);
      const moved = this.override !== undefined && hit?.names.has(this.override.name);
      return hit === undefined || moved ? compute() : (hit.value as T);
    }
    const from = this.entries.length;
    const value = compute();
    const names = new Set<string>();
    for (let i = from; i < this.entries.length; i++) names.add((this.entries[i] as Entry).name);
    memo.set(key, { value, names });
    return value;
  }

  /** Inputs read from now on are read by `part` (a workload's name), or by the shared parts when undefined. */
  readingFor(part: string | undefined): void {
    this.part = part ?? SHARED;
  }

  private collect(name: string, value: number, range: readonly [number, number]): void {
    const seen = this.uncertainInputs.get(name);
    if (seen === undefined)
      this.uncertainInputs.set(name, { input: { name, value, range }, readBy: this.part });
    else if (seen.readBy !== this.part) seen.readBy = SHARED;
  }

  /** Records a cited catalog value and returns its number (or the override's, in a sensitivity pass). */
  cited(
    name: string,
    cited: Cited & { value: number; range?: readonly [number, number] | undefined },
    unit?: string,
  ): number {
    if (this.quiet) return this.override?.name === name ? this.override.value : cited.value;
    this.entries.push({ kind: "cited", name, value: cited.value, unit, cited });
    if (cited.range !== undefined && cited.range[0] < cited.range[1])
      this.collect(name, cited.value, cited.range);
    return this.override?.name === name ? this.override.value : cited.value;
  }

  /**
   * A model's own uncertainty as a multiplicative factor (1 in the point estimate), with its 80% interval: e.g. the
   * residual of a fitted model. Listed as an assumption with its reasoning; returns the override's in a pass.
   */
  factor(name: string, range: readonly [number, number], reasoning: string): number {
    if (!this.quiet) {
      this.choice(name, 1, `${reasoning} (80% range ${range[0]}–${range[1]})`, "factor");
      this.collect(name, 1, range);
    }
    return this.override?.name === name ? this.override.value : 1;
  }

  /** The uncertain inputs used so far, in first-use order, each with the one part that read it (if only one). */
  uncertain(): UncertainInput[] {
    return [...this.uncertainInputs.values()].map(({ input, readBy }) =>
      readBy === SHARED ? input : { ...input, readBy },
    );
  }

  /** Records one of data/parameters.yaml and returns its value. */
  parameter(name: ParameterName): number {
    const p = this.catalog.parameters[name];
    let full = parameterNames.get(name);
    if (full === undefined) {
      full = `parameters.${name}`;
      parameterNames.set(name, full);
    }
    return this.cited(full, p, p.unit);
  }

  /** A parameter's catalog record (value, range, citation), read without logging it. */
  catalogParameter(name: ParameterName): Catalog["parameters"][ParameterName] {
    return this.catalog.parameters[name];
  }

  /** Records a value the user gave. */
  input(name: string, value: number | string, unit?: string): void {
    this.add({ name, value, source: "input", ...(unit === undefined ? {} : { unit }) });
  }

  /** Records a modelling choice that is not a number from a source (the reasoning is the source). */
  choice(name: string, value: number | string, reasoning: string, unit?: string): void {
    this.add({ name, value, source: `assumption: ${reasoning}`, ...(unit === undefined ? {} : { unit }) });
  }

  list(): Assumption[] {
    const seen = new Set<string>();
    const out: Assumption[] = [];
    for (const e of this.entries) {
      const size = seen.size;
      seen.add(e.name);
      if (seen.size === size) continue;
      out.push(e.kind === "cited" ? this.listed(e.name, e.value, e.unit, e.cited) : e.assumption);
    }
    return out;
  }

  /** A cited entry as listed; the same catalog value under the same name is the same object every time. */
  private listed(name: string, value: number, unit: string | undefined, cited: Cited): Assumption {
    const hit = listedByName.get(name);
    if (hit && hit.cited === cited && hit.assumption.value === value && hit.assumption.unit === unit)
      return hit.assumption;
    const assumption = Object.freeze({
      name,
      value,
      source: this.citation(cited),
      ...(unit === undefined ? {} : { unit }),
    });
    if (listedByName.size >= 10_000) listedByName.clear();
    listedByName.set(name, { cited, assumption });
    return assumption;
  }

  /** "title, publisher, date, url (locator)" or "assumption: reasoning". */
  citation(c: Cited): string {
    let text = citationTexts.get(c);
    if (text === undefined) {
      text = this.writeCitation(c);
      citationTexts.set(c, text);
    }
    return text;
  }

  private writeCitation(c: Cited): string {
    if (c.assumption !== undefined) return `assumption: ${c.assumption}`;
    const s = c.source === undefined ? undefined : this.catalog.sources.get(c.source);
    if (!s) return `source ${c.source ?? "unknown"}`;
    const who = s.publisher ?? s.authors ?? "";
    const locator = c.locator ? ` (${c.locator})` : "";
    return `${s.title}${who ? `, ${who}` : ""}, ${s.date}, ${s.url}${locator}`;
  }

  private add(a: Assumption): void {
    if (this.quiet) return;
    this.entries.push({ kind: "listed", name: a.name, assumption: a });
  }
}
