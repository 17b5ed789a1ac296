import type { Defaults } from "./defaults.js";
import type { PlaceGroup } from "./gazetteer.js";
import type { Index } from "./lookup.js";
import type { Parameters, ServingFigures } from "./parameters.js";
import type {
  Accelerator,
  Comparison,
  Cooling,
  Deal,
  FailureClass,
  Grid,
  Organisation,
  Project,
  TrainingRun,
} from "./schemas.js";
import type { Currency, EmissionControl, Programme, RoadmapEntry } from "./site-schemas.js";
import type { Source } from "./sourced.js";

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
  /** Emission factors of on-site gas turbines by control (data/generation.yaml). */
  readonly emissionControls: Index<EmissionControl>;
  /** Accelerator generations by the date they ship in volume, oldest first (data/accelerators.yaml). */
  readonly roadmap: readonly RoadmapEntry[];
  /** Programmes above their sites (data/programmes.yaml). */
  readonly programmes: Index<Programme>;
  /** Currencies with their yearly rates to the dollar (data/currencies.yaml). */
  readonly currencies: Index<Currency>;
  /** Towns, counties and regions by the grid that holds them (data/places.yaml), to read where a figure stands. */
  readonly places: readonly PlaceGroup[];
  readonly parameters: Parameters;
  /** The serving models' figures (data/serving.yaml), when a data file gives them. */
  readonly servingFigures: ServingFigures | undefined;
  /** What a site uses when it names no accelerator, grid or cooling, and which generation burns fuel (data/defaults.yaml). */
  readonly defaults: Defaults;
  /** Every source by qualified id `<file stem>/<id>`. */
  readonly sources: ReadonlyMap<string, Source>;
}
