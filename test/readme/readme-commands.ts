// The commands README.md shows, with the output it shows for each, and a comparison that allows rounding and "...".

/** One `$ npx gigawatt ...` line of README.md and the lines shown under it (none for a shell block). */
export interface ShownCommand {
  readonly args: string[];
  readonly shown: string[];
}

/** Splits a command line the way a POSIX shell does for plain words and single- or double-quoted strings. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === "'" || ch === '"') {
      const end = line.indexOf(ch, i + 1);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end;
    } else if (ch === " ") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? "") + ch;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Every gigawatt command in the README's code blocks: `text` blocks with their output, `sh` blocks without. */
export function readmeCommands(readme: string): ShownCommand[] {
  const out: ShownCommand[] = [];
  for (const block of readme.matchAll(/```(text|sh)\n([\s\S]*?)```/g)) {
    const [, lang, body = ""] = block;
    let current: ShownCommand | undefined;
    for (const line of body.replace(/\n$/, "").split("\n")) {
      const command = /(?:^\$ |&& )npx gigawatt (.*)$/.exec(line);
      if (command) {
        current = { args: shellWords(command[1] as string), shown: [] };
        out.push(current);
      } else if (lang === "text" && current) current.shown.push(line);
    }
  }
  for (const c of out) while (c.shown.at(-1) === "") c.shown.pop();
  return out;
}

const NUMBER = /-?\d+(?:,\d{3})*(?:\.\d+)?(?:e[+-]?\d+)?/g;

/** Two lines agree when their words agree (spacing aside) and each number is the same to the shown rounding. */
export function sameLine(shown: string, actual: string): boolean {
  const words = (s: string) => s.replace(NUMBER, "#").replace(/\s+/g, " ").trim();
  if (words(shown) !== words(actual)) return false;
  const a = shown.match(NUMBER) ?? [];
  const b = actual.match(NUMBER) ?? [];
  return a.every((text, i) => {
    const x = Number(text.replaceAll(",", ""));
    const y = Number((b[i] as string).replaceAll(",", ""));
    const decimals = /\.(\d+)/.exec(text.split("e")[0] ?? "")?.[1]?.length ?? 0;
    return (
      Math.abs(x - y) <= 10 ** -decimals / 2 + 1e-9 * Math.abs(x) || Math.abs(x - y) <= 0.005 * Math.abs(x)
    );
  });
}

/** The first shown line that the output lacks, in order ("..." skips any number of lines); undefined when all agree. */
export function firstMismatch(shown: readonly string[], output: readonly string[]): string | undefined {
  let at = 0;
  let skipping = false;
  for (const line of shown) {
    if (line.trim() === "...") {
      skipping = true;
      continue;
    }
    if (skipping) {
      while (at < output.length && !sameLine(line, output[at] as string)) at++;
    }
    if (at >= output.length || !sameLine(line, output[at] as string))
      return `shown: ${line}\n  got: ${output[at] ?? "(end of output)"}`;
    at++;
    skipping = false;
  }
  if (!skipping && at < output.length && shown.length > 0) return `output goes on: ${output[at]}`;
  return undefined;
}
