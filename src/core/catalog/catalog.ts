import { z } from "zod";
import { InputError, type Issue, type IssueCode } from "../kernel/issues.js";
import { type LocatedDocument, readYaml, zodIssues } from "../yaml/read-yaml.js";
import { Index, normaliseKey } from "./lookup.js";
import {
  type Parameters,
  parametersSchema,
  type ServingFigures,
  servingFiguresSchema,
} from "./parameters.js";
import {
  type Accelerator,
  acceleratorSchema,
  type Comparison,
  type Cooling,
  comparisonSchema,
  coolingSchema,
  type Deal,
  dealSchema,
  type FailureClass,
  failureClassSchema,
  type Grid,
  gridSchema,
  type Organisation,
  organisationSchema,
  type Project,
  projectSchema,
  type TrainingRun,
  trainingRunSchema,
} from "./schemas.js";
import { type Source, sourceSchema } from "./sourced.js";
import { uncitedNumbers } from "./uncited.js";

/** One file of `data/`: any of the record lists, with the sources its records cite. */
const dataFileSchema = z.strictObject({
  sources: z.record(z.string(), sourceSchema).default({}),
  accelerators: z.array(acceleratorSchema).optional(),
  grids: z.array(gridSchema).optional(),
  cooling: z.array(coolingSchema).optional(),
  projects: z.array(projectSchema).optional(),
  deals: z.array(dealSchema).optional(),
  organisations: z.array(organisationSchema).optional(),
  trainingRuns: z.array(trainingRunSchema).optional(),
  failureClasses: z.array(failureClassSchema).optional(),
  comparisons: z.array(comparisonSchema).optional(),
  parameters: parametersSchema.optional(),
  servingFigures: servingFiguresSchema.optional(),
});

export interface DataFile {
  /** File name, used in errors and to qualify source ids (`accelerators/nvidia-h100-datasheet`). */
  readonly name: string;
  readonly text: string;
}

/** The whole catalog, validated and cross-checked. Pure: built from texts, so it runs in a browser too. */
export interface Catalog {
  readonly accelerators: Index<Accelerator>;
  readonly grids: Index<Grid>;
  readonly cooling: Index<Cooling>;
  readonly projects: Index<Project>;
  readonly deals: Index<Deal & { aliases: readonly string[] }>;
  readonly organisations: Index<Organisation>;
  readonly trainingRuns: readonly TrainingRun[];
  readonly failureClasses: Index<FailureClass>;
  readonly comparisons: Index<Comparison>;
  readonly parameters: Parameters;
  /** The serving models' figures (data/serving.yaml), when a data file gives them. */
  readonly servingFigures: ServingFigures | undefined;
  /** Every source by qualified id `<file stem>/<id>`. */
  readonly sources: ReadonlyMap<string, Source>;
}

export interface BuildOptions {
  /**
   * Check each file on its own: schema, citations and sources, but not references to other files nor the presence
   * of `parameters:`. Used while a data file is being written (`npm run check:data -- data/grids-us.yaml`).
   */
  readonly standalone?: boolean;
}

export function buildCatalog(files: readonly DataFile[], options: BuildOptions = {}): Catalog {
  const issues: Issue[] = [];
  const lists = {
    accelerators: [] as Accelerator[],
    grids: [] as Grid[],
    cooling: [] as Cooling[],
    projects: [] as Project[],
    deals: [] as Deal[],
    organisations: [] as Organisation[],
    trainingRuns: [] as TrainingRun[],
    failureClasses: [] as FailureClass[],
    comparisons: [] as Comparison[],
  };
  let parameters: Parameters | undefined;
  let servingFigures: ServingFigures | undefined;
  const sources = new Map<string, Source>();

  for (const file of files) {
    let doc: LocatedDocument;
    try {
      doc = readYaml(file.text, file.name);
    } catch (e) {
      if (e instanceof InputError) issues.push(...e.issues);
      else throw e;
      continue;
    }
    const { sources: _sourceList, ...citedPart } = (doc.data ?? {}) as Record<string, unknown>;
    for (const path of uncitedNumbers(citedPart)) {
      issues.push(
        located(doc, path, "uncited_number", "a number with neither `source` nor `assumption` beside it"),
      );
    }
    const parsed = dataFileSchema.safeParse(doc.data);
    if (!parsed.success) {
      issues.push(...zodIssues(doc, parsed.error.issues));
      continue;
    }
    const stem = file.name.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    for (const [id, source] of Object.entries(parsed.data.sources)) sources.set(`${stem}/${id}`, source);
    const { sources: fileSources, parameters: fileParameters, ...records } = parsed.data;
    // Qualify each `source:` id with the file stem, checking that the file defines it.
    for (const { path, id } of qualifySources(records, stem)) {
      if (!(id in fileSources)) {
        issues.push(
          located(doc, path, "unknown_source", `cites source '${id}', which the file's sources: map lacks`),
        );
      }
    }
    if (fileParameters) {
      for (const { path, id } of qualifySources(fileParameters, stem)) {
        if (!(id in fileSources)) {
          issues.push(
            located(
              doc,
              ["parameters", ...path],
              "unknown_source",
              `cites source '${id}', which the file's sources: map lacks`,
            ),
          );
        }
      }
      if (parameters)
        issues.push(located(doc, ["parameters"], "duplicate", "parameters are defined in two files"));
      parameters = fileParameters;
    }
    if (records.servingFigures) {
      if (servingFigures) {
        issues.push(located(doc, ["servingFigures"], "duplicate", "servingFigures are defined in two files"));
      }
      servingFigures = records.servingFigures;
    }
    for (const kind of Object.keys(lists) as (keyof typeof lists)[]) {
      const list = records[kind];
      if (list) (lists[kind] as unknown[]).push(...list);
    }
  }
  if (!parameters && !options.standalone)
    issues.push({
      code: "missing_parameters",
      path: ["parameters"],
      message: "no data file defines `parameters:`",
    });
  if (issues.length > 0) throw new InputError(issues);

  const catalog: Catalog = {
    accelerators: new Index(lists.accelerators),
    grids: new Index(lists.grids),
    cooling: new Index(lists.cooling),
    projects: new Index(lists.projects),
    deals: new Index(lists.deals.map((d) => ({ ...d, aliases: [] as string[] }))),
    organisations: new Index(lists.organisations),
    trainingRuns: lists.trainingRuns,
    failureClasses: new Index(lists.failureClasses),
    comparisons: new Index(lists.comparisons),
    parameters: parameters as Parameters,
    servingFigures,
    sources,
  };
  const crossIssues = options.standalone ? [] : crossCheck(catalog);
  if (crossIssues.length > 0) throw new InputError(crossIssues);
  return catalog;
}

function located(
  doc: LocatedDocument,
  path: readonly (string | number)[],
  code: IssueCode,
  message: string,
): Issue {
  const pos = doc.locate(path);
  return {
    code,
    path,
    message,
    location: pos ? { file: doc.file, line: pos.line, column: pos.column } : { file: doc.file },
  };
}

/** Rewrites every `source: id` under `value` to `<stem>/<id>` in place, returning the ids and where they were. */
function qualifySources(
  value: unknown,
  stem: string,
  path: (string | number)[] = [],
): { path: (string | number)[]; id: string }[] {
  const found: { path: (string | number)[]; id: string }[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      found.push(...qualifySources(v, stem, [...path, i]));
    });
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      if (key === "source" && typeof v === "string") {
        found.push({ path: [...path, key], id: v });
        record[key] = `${stem}/${v}`;
      } else found.push(...qualifySources(v, stem, [...path, key]));
    }
  }
  return found;
}

/** References between entries: every id a record names must exist; no alias may name two entries. */
function crossCheck(c: Catalog): Issue[] {
  const issues: Issue[] = [];
  // `accepted` is a function: the nearest ids are worked out only for a reference that is wrong.
  const need = (
    exists: boolean,
    path: (string | number)[],
    what: "organisation" | "accelerator" | "grid" | "cooling" | "project" | "deal",
    id: string,
    accepted: () => string[],
  ) => {
    if (!exists)
      issues.push({
        code: `unknown_${what}`,
        path,
        message: `unknown ${what} '${id}'`,
        accepted: accepted(),
      });
  };
  const org = (id: string, path: (string | number)[]) =>
    need(c.organisations.get(id) !== undefined, path, "organisation", id, () => c.organisations.nearest(id));
  for (const a of c.accelerators.all) org(a.vendor, ["accelerators", a.id, "vendor"]);
  for (const p of c.projects.all) {
    org(p.owner, ["projects", p.id, "owner"]);
    for (const partner of p.partners) org(partner, ["projects", p.id, "partners"]);
    need(c.grids.get(p.grid) !== undefined, ["projects", p.id, "grid"], "grid", p.grid, () =>
      c.grids.nearest(p.grid),
    );
    const cooling = p.cooling;
    if (cooling)
      need(c.cooling.get(cooling) !== undefined, ["projects", p.id, "cooling"], "cooling", cooling, () =>
        c.cooling.nearest(cooling),
      );
    for (const acc of [p.accelerator, ...p.phases.map((ph) => ph.accelerator)]) {
      if (acc)
        need(
          c.accelerators.get(acc) !== undefined,
          ["projects", p.id, "accelerator"],
          "accelerator",
          acc,
          () => c.accelerators.nearest(acc),
        );
    }
  }
  for (const d of c.deals.all) {
    org(d.payer, ["deals", d.id, "payer"]);
    if (d.payee) org(d.payee, ["deals", d.id, "payee"]);
    const project = d.project;
    if (project)
      need(c.projects.get(project) !== undefined, ["deals", d.id, "project"], "project", project, () =>
        c.projects.nearest(project),
      );
  }
  for (const r of c.trainingRuns) {
    need(
      c.accelerators.get(r.accelerator) !== undefined,
      ["trainingRuns", r.id, "accelerator"],
      "accelerator",
      r.accelerator,
      () => c.accelerators.nearest(r.accelerator),
    );
  }
  for (const [kind, index] of Object.entries({
    accelerators: c.accelerators,
    grids: c.grids,
    cooling: c.cooling,
    projects: c.projects,
    organisations: c.organisations,
  })) {
    issues.push(...keyClashes(kind, index.all));
  }
  return issues;
}

function keyClashes(kind: string, entries: readonly { id: string; aliases: readonly string[] }[]): Issue[] {
  const issues: Issue[] = [];
  const owner = new Map<string, string>();
  for (const e of entries) {
    if (owner.get(normaliseKey(e.id)) === e.id) {
      issues.push({ code: "duplicate_id", path: [kind, e.id], message: `id '${e.id}' is defined twice` });
    }
    for (const key of new Set([e.id, ...e.aliases].map(normaliseKey))) {
      const other = owner.get(key);
      if (other !== undefined && other !== e.id) {
        issues.push({
          code: "duplicate_key",
          path: [kind, e.id],
          message: `id or alias '${key}' also names '${other}'`,
        });
      }
      owner.set(key, e.id);
    }
  }
  return issues;
}
