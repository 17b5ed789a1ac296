export { type BuildOptions, buildCatalog, type Catalog, type DataFile } from "./catalog.js";
export { type Converted, toUSD } from "./currency.js";
export { type Defaults, defaultsSchema } from "./defaults.js";
export {
  CATALOG_KIND_NAMES,
  CATALOG_KINDS,
  type CatalogEntry,
  type CatalogKind,
  catalogCounts,
  catalogKindOf,
  citedSources,
  findCatalogEntry,
} from "./listing.js";
export { editDistance, Index, normaliseKey } from "./lookup.js";
export type { Parameter, ParameterName, Parameters, ServingFigures } from "./parameters.js";
export {
  type PhaseRecord,
  type ProjectRecord,
  projectRecords,
  projectRecordsCsv,
} from "./project-dataset.js";
export type {
  Accelerator,
  Climate,
  Comparison,
  Cooling,
  Deal,
  FailureClass,
  FailureScale,
  GenerationRole,
  Grid,
  OnSiteGeneration,
  Organisation,
  Phase,
  Project,
  TrainingRun,
} from "./schemas.js";
export type { Currency, EmissionControl, Programme, RoadmapEntry } from "./site-schemas.js";
export type { Cited, Source, SourcedNumber } from "./sourced.js";
