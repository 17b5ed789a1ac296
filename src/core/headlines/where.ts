import type { Catalog } from "../catalog/index.js";
import { refersToSite } from "./anaphora.js";
import type { Mention } from "./entities.js";
import { lastNamedBefore, nearest, nearestInSentence } from "./reach.js";
import { type Scope, scopeOf } from "./scope.js";
import { firstAtOrAfter, type Span } from "./sentences.js";

/** The article's projects, programmes and places, each in text order. */
export interface Places {
  readonly projects: readonly Mention[];
  readonly programmes: readonly Mention[];
  readonly places: readonly Mention[];
}

/** Which project or programme a figure is about, with what scope, and where it stands. */
export interface Where {
  readonly project?: string;
  readonly programme?: string;
  readonly scope?: Scope;
  readonly place?: string;
}

// A place introduced as where something goes or stands ("in France", "aux États-Unis", "près de Dunkerque").
const LOCATIVE =
  /(?:\b(?:in|into|near|across|en|aux?|dans|à|vers)|près\s+de|d['’]|de)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?$/iu;
// How far after the figure its destination may be named: 120 and 200 characters measured worse.
const AFTER_PLACE = 60;

/** The place a figure goes to, named just after it ("€50 billion for a campus in France"), when the one named before
 * it is not introduced as a place (the investor: "the UAE promised"). */
function destination(text: string, list: readonly Mention[], c: Span, window: Span): string | undefined {
  const i = firstAtOrAfter(list, c.end);
  const after = list[i];
  if (!after || after.start >= window.end || after.start - c.end > AFTER_PLACE) return undefined;
  if (!LOCATIVE.test(text.slice(Math.max(0, after.start - 12), after.start))) return undefined;
  const before = list[firstAtOrAfter(list, c.start) - 1];
  const placedBefore =
    before &&
    before.start >= window.start &&
    LOCATIVE.test(text.slice(Math.max(0, before.start - 12), before.start));
  if (placedBefore) return undefined;
  return after.id;
}

/**
 * Where a figure stands: the project and programme named near it; else the story's project (the last one named) when
 * its clause is about a site or its sentence points back to one ("the campus", "le site"); the scope from its clause;
 * the place it goes to when named just after it, else the place named near it, else the story's site's grid, else the
 * last place named.
 */
export function whereOf(
  text: string,
  c: Span,
  spans: { readonly sentence: Span; readonly window: Span; readonly clause: Span },
  named: Places,
  catalog: Catalog,
): Where {
  const { sentence, window, clause } = spans;
  // A project named in the figure's sentence is its own; one named just before it, in the sentence before, only
  // sets the story (the scope of the clause decides, as for any story's project).
  const own = nearestInSentence(named.projects, c, window)?.id;
  const near = nearest(named.projects, c, window)?.id;
  const programme = nearest(named.programmes, c, window)?.id;
  const words = text.slice(clause.start, clause.end);
  const clauseScope = scopeOf(words, {
    ...(near ? { project: near } : {}),
    ...(programme ? { programme } : {}),
  });
  const aboutSite = clauseScope === "site" || clauseScope === "phase";
  const story =
    near ?? (clauseScope === undefined || aboutSite ? lastNamedBefore(named.projects, c) : undefined);
  const scope = near === story ? clauseScope : scopeOf(words, { ...(story ? { project: story } : {}) });
  // The story's project is the figure's only if its clause is about a site or its sentence points back to one: a
  // company's capex two sentences after a campus is not the campus's.
  const project = own ?? (story && (aboutSite || refersToSite(text, sentence)) ? story : undefined);
  // The story's site still says where a figure near it stands, even when the figure is not about the site.
  const place =
    destination(text, named.places, c, window) ??
    nearest(named.places, c, window)?.id ??
    (story ? catalog.projects.get(story)?.grid : undefined) ??
    lastNamedBefore(named.places, c);
  return {
    ...(project ? { project } : {}),
    ...(programme ? { programme } : {}),
    ...(scope ? { scope } : {}),
    ...(place ? { place } : {}),
  };
}
