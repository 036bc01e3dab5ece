/** A small seeded generator (mulberry32), so a seed run with the same size makes the same organization. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** Picks by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** `k` distinct items, in random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, k);
  }

  /** A UUID (version 4 layout) from this generator, so ids are reproducible too. */
  uuid(): string {
    const h = (n: number) => Math.floor(this.next() * 2 ** 32).toString(16).padStart(8, '0').slice(0, n);
    const a = h(8);
    const b = h(4);
    const c = '4' + h(3);
    const d = ((8 + Math.floor(this.next() * 4)).toString(16)) + h(3);
    const e = h(6) + h(6);
    return `${a}-${b}-${c}-${d}-${e}`;
  }
}
