import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { InputError, type Issue, type IssueCode } from "../kernel/issues.js";
import { MAX_YAML_DEPTH, yamlDepth } from "./depth.js";
import { findForeignValue } from "./plain-data.js";
import { plainIssues, type ZodIssueLike } from "./zod-issues.js";

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
  const fail = (code: IssueCode, message: string, offset?: number): InputError => {
    const pos = offset === undefined ? undefined : linePos(text, offset);
    return new InputError([{ code, path: [], message, location: pos ? { file, ...pos } : { file } }]);
  };
  const nesting = yamlDepth(text, MAX_YAML_DEPTH);
  if (nesting.depth > MAX_YAML_DEPTH) {
    throw fail(
      "too_deep",
      `nesting is deeper than ${MAX_YAML_DEPTH} levels; scenario and case files nest a few levels`,
      nesting.offset,
    );
  }
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
  const data = plainData(doc, (message) => fail("malformed_yaml", message));
  if (data === null || data === undefined) {
    throw new InputError([
      { code: "empty_file", path: [], message: "the file is empty", location: { file } },
    ]);
  }
  const located: LocatedDocument = {
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
  const foreign = findForeignValue(data);
  if (foreign) {
    const pos = located.locate(foreign.path);
    throw new InputError([
      {
        code: "invalid_type",
        path: foreign.path,
        message: `${foreign.what} is not accepted: write text, numbers, lists and mappings only`,
        location: pos ? { file, line: pos.line, column: pos.column } : { file },
      },
    ]);
  }
  return located;
}

/** 1-based line and column of an offset in a text. */
function linePos(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: offset - text.lastIndexOf("\n", offset - 1) };
}

/** Turns zod issues into our issues, each naming its value, with the file and line of its path when a document is given. */
export function zodIssues(
  doc: LocatedDocument | undefined,
  issues: readonly ZodIssueLike[],
  code: IssueCode = "invalid_field",
  prefix: readonly (string | number)[] = [],
  data: unknown = doc?.data,
): Issue[] {
  return plainIssues(issues, data).map((i): Issue => {
    const path = [...prefix, ...i.path];
    const pos = doc?.locate(path);
    const location = doc
      ? { location: pos ? { file: doc.file, line: pos.line, column: pos.column } : { file: doc.file } }
      : {};
    return { code: i.unknownKey ? "unknown_key" : code, path, message: i.message, ...location };
  });
}

/** The document as plain data; aliases with no anchor and alias bombs are the file's fault, said as such. */
function plainData(doc: ReturnType<typeof parseDocument>, fail: (message: string) => InputError): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw fail(
      /alias count/i.test(reason ?? "")
        ? "malformed YAML: too many aliases (at most 100: an alias bomb?)"
        : /unresolved alias/i.test(reason ?? "")
          ? "malformed YAML: an alias (*name) with no anchor (&name) before it"
          : `malformed YAML: ${reason}`,
    );
  }
}
