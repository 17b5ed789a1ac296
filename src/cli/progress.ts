/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal (pipes, CI, tests). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(label: string, done: number, total: number): void;
  end(): void;
} {
  const live = stream.isTTY === true;
  let drawn = false;
  return {
    update(label, done, total) {
      if (!live) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} trials`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write("\n");
    },
  };
}
