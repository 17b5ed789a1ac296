import { evaluateScenario, InputError, type Issue, parseScenario } from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { EXIT, json, type Output } from "../io.js";
import { renderResult } from "../render/index.js";

export interface SizeOptions {
  power?: string;
  accelerators?: string;
  budget?: string;
  accelerator?: string;
  pue?: string;
  grid?: string;
  cooling?: string;
  site?: string;
  phase?: string;
  utilisation?: string;
  renewableShare?: string;
  json?: boolean;
  assumptions?: boolean;
}

const FLAG_OF: Record<string, string> = {
  power: "--power",
  accelerators: "--accelerators",
  budget: "--budget",
  accelerator: "--accelerator",
  pue: "--pue",
  grid: "--grid",
  cooling: "--cooling",
  id: "--site",
  project: "--site",
  phase: "--phase",
  utilisation: "--utilisation",
  renewableShare: "--renewable-share",
};

/** `gigawatt size`: one site from flags or a catalog project, through the same path as a scenario file. */
export function size(opts: SizeOptions, io: Output): number {
  const site: Record<string, string> = { id: opts.site ?? "site" };
  if (opts.site === undefined) {
    // A readable name for a site given by flags: "5GW of gb200", "$10B of h100".
    const basis =
      opts.power ?? (opts.accelerators === undefined ? opts.budget : `${opts.accelerators} accelerators`);
    site.name =
      [basis, opts.accelerator ? `of ${opts.accelerator}` : undefined]
        .filter((p) => p !== undefined)
        .join(" ") || "site";
  }
  for (const key of [
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
  ] as const) {
    const v = opts[key];
    if (v !== undefined) site[key] = v;
  }
  if (opts.site !== undefined) site.project = opts.site;
  const catalog = loadCatalog();
  let result: ReturnType<typeof evaluateScenario>;
  try {
    result = evaluateScenario(parseScenario({ sites: [site] }), catalog, { ranges: true });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.issues.map(toFlag));
    throw e;
  }
  io.out(opts.json ? json(result) : renderResult(result, { assumptions: opts.assumptions ?? false }));
  return EXIT.ok;
}

/** Names the flag instead of the scenario path: `--power: invalid power ...`. */
function toFlag(i: Issue): Issue {
  const [root, index, key] = i.path;
  if (root === "sites" && index === 0) {
    const flag = typeof key === "string" ? FLAG_OF[key] : undefined;
    return { ...i, path: flag ? [flag] : [] };
  }
  return i;
}
