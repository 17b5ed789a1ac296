import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { InputError, type Issue, type IssueCode } from "../kernel/issues.js";

/** A parsed YAML (or JSON) text that can say on which line any path sits. */
export interface LocatedDocument {
  readonly data: unknown;
  readonly file: string;
  /** Line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/** Parses YAML (JSON is YAML) keeping positions; a syntax error or an empty text is an InputError with its line. */
export function readYaml(text: string, file: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e): Issue => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          code: "malformed_yaml",
          path: [],
          message: `malformed YAML: ${e.message.split("\n")[0]}`,
          location: { file, line: pos.line, column: pos.col },
        };
      }),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    throw new InputError([
      { code: "empty_file", path: [], message: "the file is empty", location: { file } },
    ]);
  }
  return {
    data,
    file,
    locate(path) {
      let node: unknown = doc.contents;
      let found: Node | undefined = doc.contents ?? undefined;
      for (const key of path) {
        if (isMap(node)) node = node.get(key, true);
        else if (isSeq(node) && typeof key === "number") node = node.get(key, true);
        else break;
        if (node && typeof node === "object" && "range" in node) found = node as Node;
        else break;
      }
      const offset = found?.range?.[0];
      if (offset === undefined) return undefined;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

/** Turns zod issues into our issues, each with the file and line of its path. */
export function zodIssues(
  doc: LocatedDocument,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>,
  code: IssueCode = "invalid_field",
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return issues.map((i): Issue => {
    const path = [...prefix, ...i.path].filter((p): p is string | number => typeof p !== "symbol");
    const pos = doc.locate(path);
    return {
      code: i.code === "unrecognized_keys" ? "unknown_key" : code,
      path,
      message: i.message,
      location: pos ? { file: doc.file, line: pos.line, column: pos.column } : { file: doc.file },
    };
  });
}
