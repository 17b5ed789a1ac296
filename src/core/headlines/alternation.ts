// A regular expression of many names ("stargate abilene", "coreweave", ... about a thousand) written as one flat
// alternation makes the engine try every name at every place in the text: reading took a quarter of a second per
// megabyte. The same names written as a tree of their shared leading characters ("core(?:weave|scientific)") are
// tried only down the branch of the characters actually there, with the same result.

interface Node {
  readonly children: Map<string, Node>;
  ends: boolean;
}

const node = (): Node => ({ children: new Map(), ends: false });

/**
 * The source of a regular expression that matches exactly what `(?:name1|name2|...)` matches, at the same places
 * and with the same choice among names: `names` are the names' characters as tokens (a literal character, or a class
 * such as "[\s-]" for a space), lower case for a case-insensitive pattern, longest first as the flat alternation
 * orders them (a stable sort keeps that order); `source` writes a token as regular-expression source.
 *
 * Why the choice is the same: two names that differ at a token cannot both match at one place (tokens are distinct
 * characters, or classes that share no character with the others), so only one branch of the tree can match there;
 * within a branch the names keep their order, and a name that ends where longer ones go on comes after them, as it
 * does in a longest-first list.
 */
export function alternationOf(
  names: readonly (readonly string[])[],
  source: (token: string) => string,
): string {
  const root = node();
  for (const tokens of [...names].sort((a, b) => b.length - a.length)) {
    let at = root;
    for (const t of tokens) {
      let next = at.children.get(t);
      if (!next) {
        next = node();
        at.children.set(t, next);
      }
      at = next;
    }
    at.ends = true;
  }
  return root.children.size === 0 ? "(?!)" : `(?:${write(root, source)})`;
}

/** A node's branches, then the empty branch when a name ends there; a lone branch is written without a group. */
function write(at: Node, source: (token: string) => string): string {
  const branches = [...at.children].map(([token, child]) => {
    const rest = write(child, source);
    return `${source(token)}${rest}`;
  });
  if (branches.length === 0) return "";
  if (branches.length === 1 && !at.ends) return branches[0] as string;
  return `(?:${branches.join("|")}${at.ends ? "|" : ""})`;
}
