import { formatQuantity } from "../core/index.js";

/**
 * A one-line progress bar on stderr, redrawn in place, with an estimate of the time left from the rate so far;
 * silent when stderr is not a terminal (pipes, CI, tests).
 */
export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = () => performance.now(),
): {
  update(label: string, done: number, total: number): void;
  end(): void;
} {
  const live = stream.isTTY === true;
  let drawn = false;
  let current = "";
  let startedMs = 0;
  let lastDrawMs = Number.NEGATIVE_INFINITY;
  return {
    update(label, done, total) {
      if (!live) return;
      const t = now();
      if (label !== current) {
        current = label;
        startedMs = t;
      } else if (t - lastDrawMs < 100 && done < total) return;
      lastDrawMs = t;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const elapsedS = (t - startedMs) / 1000;
      const left =
        done > 0 && done < total && elapsedS > 1
          ? `, about ${formatQuantity("duration", (elapsedS * (total - done)) / done, 2)} left`
          : "";
      stream.write(
        `\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} trials${left}\x1b[K`,
      );
      drawn = true;
    },
    end() {
      if (drawn) stream.write("\n");
    },
  };
}
