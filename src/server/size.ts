// `/v1/size`: one site from query parameters, through the same path as `gigawatt size` (a one-site scenario).
import {
  type Catalog,
  evaluateScenario,
  InputError,
  type Issue,
  parseScenario,
  type ScenarioResult,
  type SiteFields,
  siteFromFields,
} from "../core/index.js";

/** The query parameters of `/v1/size`: the site fields `gigawatt size` takes as flags, one definition for both. */
export type SizeQuery = SiteFields;

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
