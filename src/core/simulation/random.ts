/**
 * A seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's Small Fast Counter, PractRand-tested), seeded by
 * splitmix32 so that nearby seeds give unrelated streams. Simulations take one so the same seed gives the same result.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in (0, 1]: never 0, so its logarithm is finite. */
  uniform(): number {
    return (this.uint32() + 1) / 4294967296;
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    // An infinite mean (a class that never fires) stays infinite, even when the uniform is exactly 1.
    return mean === Number.POSITIVE_INFINITY ? mean : -mean * Math.log(this.uniform());
  }
}
