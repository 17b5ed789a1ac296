// `/v1/size`: one site from query parameters, through the same path as `gigawatt size` (a one-site scenario).
import {
  type Catalog,
  evaluateScenario,
  InputError,
  type Issue,
  parseScenario,
  type ScenarioResult,
  siteFromFields,
} from "../core/index.js";

export type SizeQuery = {
  readonly [K in
    | "power"
    | "accelerators"
    | "budget"
    | "accelerator"
    | "site"
    | "phase"
    | "pue"
    | "grid"
    | "cooling"
    | "utilisation"
    | "renewableShare"]?: string | undefined;
};

const FIELDS = [
  "power",
  "accelerators",
  "budget",
  "accelerator",
  "pue",
  "grid",
  "cooling",
  "phase",
  "utilisation",
  "renewableShare",
] as const;

export function sizeSite(q: SizeQuery, catalog: Catalog): ScenarioResult {
  const site = siteFromFields(q);
  try {
    return evaluateScenario(parseScenario({ sites: [site] }), catalog, { ranges: true });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.issues.map(toQuery));
    throw e;
  }
}

/** Names the query parameter instead of the scenario path: `query.power: invalid power ...`. */
function toQuery(i: Issue): Issue {
  const [root, index, key] = i.path;
  if (root === "sites" && index === 0) {
    const name = key === "id" || key === "project" ? "site" : key;
    return { ...i, path: typeof name === "string" ? ["query", name] : ["query"] };
  }
  return i;
}
