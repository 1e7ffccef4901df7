/**
 * sfc32, a small fast PRNG that passes PractRand, seeded through splitmix32 so nearby seeds
 * give unrelated streams. Written here rather than imported so the demo data never changes
 * with a dependency's version; Math.random is never used because demo data must be
 * reproducible from its seed.
 */
export class Prng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Reseeding per person makes a person's journey depend on (seed, person) alone, not on who came before. */
  reseed(seed: number, stream: number): void {
    // Folding in the bits above 32 keeps seeds that differ only there apart.
    let state =
      (seed ^ Math.imul(Math.floor(seed / 4294967296), 0x85ebca6b) ^ Math.imul(stream, 0x9e3779b9)) >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = (next() ^ stream) >>> 0;
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

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Exponentially distributed, for waiting times: most gaps short, a few long. */
  exp(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}

/** A categorical distribution, cumulated once so each draw is a short scan. */
export class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: readonly number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    const cumulative: number[] = [];
    for (const [, weight] of entries) cumulative.push((total += weight));
    if (entries.length === 0 || total <= 0) throw new RangeError('weights must sum to more than 0');
    this.items = entries.map(([item]) => item);
    this.cumulative = cumulative.map((value) => value / total);
  }

  draw(prng: Prng): T {
    const u = prng.next();
    for (let i = 0; i < this.cumulative.length; i++) {
      if (u < (this.cumulative[i] ?? 1)) return this.items[i] ?? this.last();
    }
    return this.last();
  }

  private last(): T {
    const item = this.items[this.items.length - 1];
    if (item === undefined) throw new RangeError('empty distribution');
    return item;
  }
}
