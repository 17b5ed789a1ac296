import { z } from "zod";
import { InputError, type Issue } from "../kernel/issues.js";
import { type LocatedDocument, readYaml, zodIssues } from "../yaml/read-yaml.js";
import type { Catalog } from "./catalog-type.js";
import { crossCheck } from "./cross-check.js";
import { type Defaults, defaultsSchema } from "./defaults.js";
import { type PlaceGroup, placeGroupSchema } from "./gazetteer.js";
import { Index } from "./lookup.js";
import {
  type Parameters,
  parametersSchema,
  type ServingFigures,
  servingFiguresSchema,
} from "./parameters.js";
import { located, qualifySources } from "./qualify-sources.js";
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
import {
  type Currency,
  currencySchema,
  type EmissionControl,
  emissionControlSchema,
  type Programme,
  programmeSchema,
  type RoadmapEntry,
  roadmapEntrySchema,
} from "./site-schemas.js";
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
  emissionControls: z.array(emissionControlSchema).optional(),
  roadmap: z.array(roadmapEntrySchema).optional(),
  programmes: z.array(programmeSchema).optional(),
  currencies: z.array(currencySchema).optional(),
  places: z.array(placeGroupSchema).optional(),
  parameters: parametersSchema.optional(),
  servingFigures: servingFiguresSchema.optional(),
  defaults: defaultsSchema.optional(),
});

export interface DataFile {
  /** File name, used in errors and to qualify source ids (`accelerators/nvidia-h100-datasheet`). */
  readonly name: string;
  readonly text: string;
  /**
   * The text already read as plain data, by an earlier reading of this very text (node/data-cache.ts): it is used as
   * the text's data, and the text is parsed again only to place an issue on its line.
   */
  readonly data?: unknown;
}

export type { Catalog } from "./catalog-type.js";

export interface BuildOptions {
  /**
   * Check each file on its own: schema, citations and sources, but not references to other files nor the presence
   * of `parameters:`. Used while a data file is being written (`npm run check:data -- data/grids-us.yaml`).
   */
  readonly standalone?: boolean;
}

/** The records of all files, gathered before they are indexed and cross-checked. */
interface Parts {
  readonly lists: {
    accelerators: Accelerator[];
    grids: Grid[];
    cooling: Cooling[];
    projects: Project[];
    deals: Deal[];
    organisations: Organisation[];
    trainingRuns: TrainingRun[];
    failureClasses: FailureClass[];
    comparisons: Comparison[];
    emissionControls: EmissionControl[];
    roadmap: RoadmapEntry[];
    programmes: Programme[];
    currencies: Currency[];
    places: PlaceGroup[];
  };
  parameters?: Parameters;
  servingFigures?: ServingFigures;
  defaults?: Defaults;
  readonly sources: Map<string, Source>;
}

export function buildCatalog(files: readonly DataFile[], options: BuildOptions = {}): Catalog {
  const issues: Issue[] = [];
  const parts: Parts = {
    lists: {
      accelerators: [],
      grids: [],
      cooling: [],
      projects: [],
      deals: [],
      organisations: [],
      trainingRuns: [],
      failureClasses: [],
      comparisons: [],
      emissionControls: [],
      roadmap: [],
      programmes: [],
      currencies: [],
      places: [],
    },
    sources: new Map(),
  };
  for (const file of files) addFile(file, parts, issues);
  if (!options.standalone) {
    if (!parts.parameters)
      issues.push({
        code: "missing_parameters",
        path: ["parameters"],
        message: "no data file defines `parameters:`",
      });
    if (!parts.defaults)
      issues.push({
        code: "missing_parameters",
        path: ["defaults"],
        message: "no data file defines `defaults:`",
      });
  }
  if (issues.length > 0) throw new InputError(issues);
  const { lists } = parts;
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
    emissionControls: new Index(lists.emissionControls),
    roadmap: lists.roadmap,
    programmes: new Index(lists.programmes),
    currencies: new Index(lists.currencies),
    places: lists.places,
    parameters: parts.parameters as Parameters,
    servingFigures: parts.servingFigures,
    defaults: parts.defaults as Defaults,
    sources: parts.sources,
  };
  const crossIssues = options.standalone ? [] : crossCheck(catalog);
  if (crossIssues.length > 0) throw new InputError(crossIssues);
  return catalog;
}

/** A file's document from data read before: the lines of its values are found by parsing it when an issue asks. */
function alreadyRead(file: DataFile, data: unknown): LocatedDocument {
  let parsed: LocatedDocument | undefined;
  return {
    data,
    file: file.name,
    locate: (path) => {
      parsed ??= readYaml(file.text, file.name);
      return parsed.locate(path);
    },
  };
}

/** Reads one data file into the parts: its schema, its citations (every number cited, every source defined). */
function addFile(file: DataFile, parts: Parts, issues: Issue[]): void {
  let doc: LocatedDocument;
  try {
    doc = file.data === undefined ? readYaml(file.text, file.name) : alreadyRead(file, file.data);
  } catch (e) {
    if (e instanceof InputError) issues.push(...e.issues);
    else throw e;
    return;
  }
  const { sources: _sourceList, ...citedPart } = (doc.data ?? {}) as Record<string, unknown>;
  for (const path of uncitedNumbers(citedPart))
    issues.push(
      located(doc, path, "uncited_number", "a number with neither `source` nor `assumption` beside it"),
    );
  const parsed = dataFileSchema.safeParse(doc.data);
  if (!parsed.success) {
    issues.push(...zodIssues(doc, parsed.error.issues));
    return;
  }
  const stem = file.name.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
  for (const [id, source] of Object.entries(parsed.data.sources)) parts.sources.set(`${stem}/${id}`, source);
  const { sources: fileSources, parameters, ...records } = parsed.data;
  // Qualify each `source:` id with the file stem, checking that the file defines it.
  const cited = [
    ...qualifySources(records, stem),
    ...(parameters ? qualifySources(parameters, stem, ["parameters"]) : []),
  ];
  for (const { path, id } of cited) {
    if (!(id in fileSources))
      issues.push(
        located(doc, path, "unknown_source", `cites source '${id}', which the file's sources: map lacks`),
      );
  }
  const once = <K extends "parameters" | "servingFigures" | "defaults">(
    key: K,
    value: Parts[K] | undefined,
  ) => {
    if (value === undefined) return;
    if (parts[key] !== undefined)
      issues.push(located(doc, [key], "duplicate", `${key} are defined in two files`));
    parts[key] = value;
  };
  once("parameters", parameters);
  once("servingFigures", records.servingFigures);
  once("defaults", records.defaults);
  for (const kind of Object.keys(parts.lists) as (keyof Parts["lists"])[]) {
    const list = records[kind];
    if (list) (parts.lists[kind] as unknown[]).push(...list);
  }
}
