/** Counts work done (characters scanned, figures visited), so that a test can check it grows linearly with input. */
export class Meter {
  steps = 0;
  add(n: number): void {
    this.steps += n;
  }
}
