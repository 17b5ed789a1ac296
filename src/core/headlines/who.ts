import type { Catalog } from "../catalog/index.js";
import { counterpartyBack, refersBack } from "./anaphora.js";
import type { Mention } from "./entities.js";
import { lastOtherThan } from "./reach.js";
import { actorOf, type Roles } from "./relations.js";
import type { Scope } from "./scope.js";
import type { Span } from "./sentences.js";

/**
 * The story's actor before each sentence (and whether the sentence refers back to it): the actor of the latest
 * earlier sentence that names one, carried only
 * through sentences that refer back to it (a pronoun, "the company"). A sentence with neither an organisation of
 * its own nor a word referring back is about someone the catalog does not know, or no one: the chain stops there.
 */
export function storyActors(
  text: string,
  sentences: readonly Span[],
  organisations: readonly Mention[],
): { readonly before: readonly (string | undefined)[]; readonly refersBack: readonly boolean[] } {
  const before: (string | undefined)[] = [];
  const refers: boolean[] = [];
  let last: string | undefined;
  for (const s of sentences) {
    before.push(last);
    const back = refersBack(text, s);
    refers.push(back);
    last = actorOf(text, s, organisations) ?? (back ? last : undefined);
  }
  return { before, refersBack: refers };
}

/**
 * Who acts and with whom, from the clause's roles: a sector's or a unit figure belongs to no one company
 * (LABELS-v2.md); a site's figure with no actor of its own is its owner's ("the campus covers 1,200 acres"); a
 * counterparty named by "in it" or "of the chipmaker" is the last other organisation named.
 */
export function whoOf(
  text: string,
  figure: Span,
  clause: Span,
  roles: Roles,
  about: {
    readonly organisations: readonly Mention[];
    readonly project?: string | undefined;
    readonly scope?: Scope | undefined;
    readonly catalog: Catalog;
  },
): Roles {
  const { subject, ...others } = roles;
  const ownerless = about.scope === "sector" || about.scope === "unit";
  const owner = about.project && !subject ? about.catalog.projects.get(about.project)?.owner : undefined;
  const actor = ownerless ? undefined : (subject ?? owner);
  const referred =
    !roles.object && roles.relation && counterpartyBack(text, clause)
      ? lastOtherThan(about.organisations, figure.start, actor ?? subject)
      : undefined;
  return {
    ...others,
    ...(actor ? { subject: actor } : {}),
    ...(referred ? { object: referred } : {}),
  };
}
