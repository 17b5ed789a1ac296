/** The fields a one-site question may set, as the CLI's flags and the API's query name them. */
export const SITE_FIELDS = [
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

export type SiteFields = { readonly [K in (typeof SITE_FIELDS)[number] | "site"]?: string | undefined };

/**
 * The scenario site of a one-site question (`gigawatt size`, `/v1/size`): a catalog project by its id, or a site
 * named for what it is ("5GW of gb200", "$10B of h100"), which is also its id, so a result reads "site 5GW of gb200".
 */
export function siteFromFields(q: SiteFields): Record<string, string> {
  const basis = q.power ?? (q.accelerators === undefined ? q.budget : `${q.accelerators} accelerators`);
  const described =
    [basis, q.accelerator ? `of ${q.accelerator}` : undefined].filter((p) => p !== undefined).join(" ") ||
    "site";
  const site: Record<string, string> = { id: q.site ?? described };
  for (const key of SITE_FIELDS) {
    const v = q[key];
    if (v !== undefined) site[key] = v;
  }
  if (q.site !== undefined) site.project = q.site;
  return site;
}
