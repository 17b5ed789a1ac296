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
  /** Bare module specifiers it imports (`zod`, `node:fs`). */
  readonly packages: readonly string[];
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
    const packages: string[] = [];
    const functions: { name: string; line: number; lines: number }[] = [];
    const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
    const visit = (node: ts.Node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const spec = node.moduleSpecifier.text;
        if (spec.startsWith(".")) {
          const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
          imports.push(relative(SRC, target).split("\\").join("/"));
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
      packages,
      functions,
    };
  });
}
