import type { Catalog, Cited, ParameterName } from "./catalog/index.js";

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
  | Assumption
  | {
      readonly name: string;
      readonly value: number;
      readonly unit: string | undefined;
      readonly cited: Cited;
    };

/** Citation texts by catalog value: the catalog is immutable, so each is written once per process. */
const citationTexts = new WeakMap<Cited, string>();

/** Collects assumptions in the order they are used, once each. */
export class AssumptionLog {
  private readonly byName = new Map<string, Entry>();
  constructor(private readonly catalog: Catalog) {}

  /** Records a cited catalog value and returns its number. */
  cited(name: string, cited: Cited & { value: number }, unit?: string): number {
    if (!this.byName.has(name)) this.byName.set(name, { name, value: cited.value, unit, cited });
    return cited.value;
  }

  /** Records one of data/parameters.yaml and returns its value. */
  parameter(name: ParameterName): number {
    const p = this.catalog.parameters[name];
    return this.cited(`parameters.${name}`, p, p.unit);
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
    return [...this.byName.values()].map((e) =>
      "cited" in e
        ? {
            name: e.name,
            value: e.value,
            source: this.citation(e.cited),
            ...(e.unit === undefined ? {} : { unit: e.unit }),
          }
        : e,
    );
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

  private add(a: Entry): void {
    if (!this.byName.has(a.name)) this.byName.set(a.name, a);
  }
}
