/** Deepest nesting a scenario, case or catalog file may have; real files nest under 12 levels. */
export const MAX_YAML_DEPTH = 64;

/**
 * An upper estimate of a YAML text's nesting, in one linear pass: open flow brackets plus the block indentation
 * levels and the `- - -` sequence markers of each line. Checked before parsing, because the YAML library recurses
 * once per level and a deep enough text overflows the stack ("Maximum call stack size exceeded").
 */
export function yamlDepth(text: string, limit = Number.POSITIVE_INFINITY): { depth: number; offset: number } {
  let flow = 0;
  let deepest = 0;
  let at = 0;
  const indents: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf("\n", lineStart);
    if (end === -1) end = text.length;
    let i = lineStart;
    while (i < end && (text[i] === " " || text[i] === "\t")) i++;
    if (i < end && text[i] !== "#") {
      const indent = i - lineStart;
      while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (text[i] === "-" && (text[i + 1] === " " || text[i + 1] === "\t")) {
        dashes++;
        i += 2;
        while (text[i] === " ") i++;
      }
      for (let j = i; j < end; j++) {
        const ch = text[j];
        if (ch === "[" || ch === "{") {
          flow++;
          const depth = indents.length + dashes + flow;
          if (depth > deepest) {
            deepest = depth;
            at = j;
            if (deepest > limit) return { depth: deepest, offset: at };
          }
        } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
      }
      const depth = indents.length + dashes + flow;
      if (depth > deepest) {
        deepest = depth;
        at = lineStart;
      }
      if (deepest > limit) break;
    }
    lineStart = end + 1;
  }
  return { depth: deepest, offset: at };
}
