import type { ExecutionContext } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Entries each memo keeps before it starts over. */
const MEMO_LIMIT = 10_000;

/**
 * @nestjs/throttler's guard with the same limits, trackers and keys, minus repeated work on every
 * request: the tracker (the caller's address, with IPv6 reduced to its subnet) and the storage
 * key (a SHA-256 of route, throttler and tracker) are pure functions of their inputs, so the
 * last few thousand of each are kept instead of being parsed and hashed again.
 */
@Injectable()
export class MemoizingThrottlerGuard extends ThrottlerGuard {
  private readonly trackers = new Map<string, string>();
  private readonly keys = new Map<string, string>();

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const ip = req.ip;
    if (typeof ip !== 'string') return super.getTracker(req);
    const tracker = this.trackers.get(ip);
    if (tracker !== undefined) return tracker;
    const computed = await super.getTracker(req);
    if (this.trackers.size >= MEMO_LIMIT) this.trackers.clear();
    this.trackers.set(ip, computed);
    return computed;
  }

  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const hashed = `${context.getClass().name}-${context.getHandler().name}-${name}-${suffix}`;
    let key = this.keys.get(hashed);
    if (key === undefined) {
      key = super.generateKey(context, suffix, name);
      if (this.keys.size >= MEMO_LIMIT) this.keys.clear();
      this.keys.set(hashed, key);
    }
    return key;
  }
}
