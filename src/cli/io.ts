import { formatIssue, InputError } from "../core/index.js";

/** Exit statuses of PRODUCT.md. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/**
 * A reader that stops early (`gigawatt run big.yaml --json | head`) closes the pipe: the rest of the output has
 * no one to read it, which is a normal end, not an error. Without this Node dies with an unhandled EPIPE.
 */
export function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT.ok);
    });
  }
}

/** Runs a command body; invalid input prints one line per issue on stderr (never on stdout) and exits 1. */
export async function guard(io: Output, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof InputError) {
      for (const i of e.issues) io.err(`error: ${formatIssue(i)}\n`);
      return EXIT.invalid;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`error: ${message}\n`);
    if (process.env.GIGAWATT_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return EXIT.invalid;
  }
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
