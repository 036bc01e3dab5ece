import { ThrottlerStorageService } from '@nestjs/throttler';
import { jest } from '@jest/globals';
import { SlidingWindowThrottlerStorage } from './throttler-storage.js';

describe('SlidingWindowThrottlerStorage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers exactly as @nestjs/throttler\'s own storage over a long random sequence, with and without blocking', async () => {
    let now = 1_700_000_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (const blockDuration of [0, 3_000]) {
      const ours = new SlidingWindowThrottlerStorage();
      const theirs = new ThrottlerStorageService();
      for (let i = 0; i < 3_000; i += 1) {
        now += Math.floor(random() * 120);
        const key = random() < 0.8 ? 'a' : 'b';
        const expected = await theirs.increment(key, 2_000, 25, blockDuration, 'default');
        const actual = await ours.increment(key, 2_000, 25, blockDuration, 'default');
        expect(actual).toEqual(expected);
      }
      theirs.onApplicationShutdown();
    }
  });
});
