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

/** Collects assumptions in the order they are used, once each. */
export class AssumptionLog {
  private readonly byName = new Map<string, Assumption>();
  constructor(private readonly catalog: Catalog) {}

  /** Records a cited catalog value and returns its number. */
  cited(name: string, cited: Cited & { value: number }, unit?: string): number {
    this.add({
      name,
      value: cited.value,
      source: this.citation(cited),
      ...(unit === undefined ? {} : { unit }),
    });
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
    return [...this.byName.values()];
  }

  /** "title, publisher, date, url (locator)" or "assumption: reasoning". */
  citation(c: Cited): string {
    if (c.assumption !== undefined) return `assumption: ${c.assumption}`;
    const s = c.source === undefined ? undefined : this.catalog.sources.get(c.source);
    if (!s) return `source ${c.source ?? "unknown"}`;
    const who = s.publisher ?? s.authors ?? "";
    const locator = c.locator ? ` (${c.locator})` : "";
    return `${s.title}${who ? `, ${who}` : ""}, ${s.date}, ${s.url}${locator}`;
  }

  private add(a: Assumption): void {
    if (!this.byName.has(a.name)) this.byName.set(a.name, a);
  }
}
