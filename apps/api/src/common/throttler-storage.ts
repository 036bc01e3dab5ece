import type { ThrottlerStorage } from '@nestjs/throttler';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

interface Entry {
  /** When each counted hit leaves the window, ascending; `start` is the first live one. */
  hits: number[];
  start: number;
  expiresAt: number;
  isBlocked: boolean;
  blockExpiresAt: number;
}

/**
 * The throttler's in-memory storage with the same rules as @nestjs/throttler's own (a sliding
 * window of hits per key and throttler, optional blocking), but O(1) per request: the default
 * storage filters the whole list of hits in the window and spreads it into `Math.min` on every
 * request, which costs about 0.6 ms per request at 18,000 hits a minute from one address (all
 * clients behind one proxy, or a load test) and grows with the rate.
 */
export class SlidingWindowThrottlerStorage implements ThrottlerStorage {
  private readonly entries = new Map<string, Entry>();
  private sweeper?: NodeJS.Timeout;

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    this.sweeper ??= setInterval(() => this.sweep(), 60_000).unref();
    const id = `${throttlerName}\u0000${key}`;
    const now = Date.now();
    let e = this.entries.get(id);
    if (!e) {
      e = { hits: [], start: 0, expiresAt: now + ttl, isBlocked: false, blockExpiresAt: 0 };
      this.entries.set(id, e);
    }
    this.prune(e, now);
    let timeToExpire = Math.ceil((e.expiresAt - now) / 1000);
    if (timeToExpire <= 0) {
      e.expiresAt = now + ttl;
      timeToExpire = Math.ceil(ttl / 1000);
    }
    if (blockDuration <= 0) {
      const isBlocked = this.count(e) >= limit;
      if (!isBlocked) this.hit(e, now + ttl);
      const live = this.count(e);
      const timeToBlockExpire = live ? Math.ceil((e.hits[e.start]! - now) / 1000) : timeToExpire;
      return { totalHits: live + (isBlocked ? 1 : 0), timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToBlockExpire : 0 };
    }
    if (!e.isBlocked) this.hit(e, now + ttl);
    if (this.count(e) > limit && !e.isBlocked) {
      e.isBlocked = true;
      e.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = Math.ceil((e.blockExpiresAt - now) / 1000);
    if (timeToBlockExpire <= 0 && e.isBlocked) {
      e.isBlocked = false;
      e.hits = [];
      e.start = 0;
      this.hit(e, now + ttl);
    }
    return { totalHits: this.count(e), timeToExpire, isBlocked: e.isBlocked, timeToBlockExpire };
  }

  private count(e: Entry): number {
    return e.hits.length - e.start;
  }

  /** Adds a hit, keeping the list ascending (it nearly always goes at the end). */
  private hit(e: Entry, expiresAt: number): void {
    const hits = e.hits;
    if (!hits.length || hits[hits.length - 1]! <= expiresAt) {
      hits.push(expiresAt);
      return;
    }
    let lo = e.start;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]! <= expiresAt) lo = mid + 1;
      else hi = mid;
    }
    hits.splice(lo, 0, expiresAt);
  }

  /** Drops the hits that have left the window (from the front: the list is ascending). */
  private prune(e: Entry, now: number): void {
    while (e.start < e.hits.length && e.hits[e.start]! <= now) e.start += 1;
    if (e.start > 1024 && e.start * 2 > e.hits.length) {
      e.hits = e.hits.slice(e.start);
      e.start = 0;
    }
  }

  private sweep(now = Date.now()): void {
    for (const [id, e] of this.entries) {
      if (e.isBlocked && e.blockExpiresAt > now) continue;
      if (e.expiresAt > now) continue;
      this.prune(e, now);
      if (this.count(e) === 0) this.entries.delete(id);
    }
  }
}
