// Reads src/ with the TypeScript compiler: each file's relative imports and the length of each function, for the
// architecture tests (docs/architecture.md).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

export interface SourceFile {
  /** Path under src/, with forward slashes: `core/training/evaluate.ts`. */
  readonly path: string;
  readonly lines: number;
  /** Paths under src/ of the files it imports (relative imports only, `.js` read as `.ts`). */
  readonly imports: readonly string[];
  /** The same, for imports of values (not `import type`): the ones that run. */
  readonly valueImports: readonly string[];
  /** Bare module specifiers it imports (`zod`, `node:fs`). */
  readonly packages: readonly string[];
  /** Whether it names `process` or `console` as a value. */
  readonly usesProcessOrConsole: boolean;
  readonly functions: readonly { readonly name: string; readonly line: number; readonly lines: number }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

export function sourceFiles(): SourceFile[] {
  return walk(SRC).map((file) => {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2023, true);
    const imports: string[] = [];
    const valueImports: string[] = [];
    const packages: string[] = [];
    const functions: { name: string; line: number; lines: number }[] = [];
    const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
    let usesProcessOrConsole = false;
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && (node.text === "process" || node.text === "console")) {
        const parent = node.parent;
        const isProperty = ts.isPropertyAccessExpression(parent) && parent.name === node;
        if (!isProperty && !ts.isPropertySignature(parent) && !ts.isPropertyAssignment(parent))
          usesProcessOrConsole = true;
      }
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const spec = node.moduleSpecifier.text;
        if (spec.startsWith(".")) {
          const target = relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, ".ts")))
            .split("\\")
            .join("/");
          imports.push(target);
          const typeOnly = ts.isImportDeclaration(node)
            ? node.importClause?.isTypeOnly === true
            : node.isTypeOnly;
          if (!typeOnly) valueImports.push(target);
        } else packages.push(spec);
      }
      if (
        ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node)
      ) {
        const name =
          (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name
            ? node.name.getText(sf)
            : ts.isVariableDeclaration(node.parent)
              ? node.parent.name.getText(sf)
              : "(anonymous)";
        const start = lineOf(node.getStart(sf));
        functions.push({ name, line: start, lines: lineOf(node.getEnd()) - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return {
      path: relative(SRC, file).split("\\").join("/"),
      lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0),
      imports,
      valueImports,
      packages,
      usesProcessOrConsole,
      functions,
    };
  });
}
