import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from './hlc';

const device = '0190f1a2-0000-7000-8000-000000000001';

describe('hybrid logical clock', () => {
  it('formats stamps that sort in clock order and parse back', () => {
    const a = formatHlc({ wallMs: 1_700_000_000_000, counter: 2, deviceId: device });
    const b = formatHlc({ wallMs: 1_700_000_000_000, counter: 10, deviceId: device });
    const c = formatHlc({ wallMs: 1_700_000_000_001, counter: 0, deviceId: device });
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(parseHlc(b)).toEqual({ wallMs: 1_700_000_000_000, counter: 10, deviceId: device });
  });

  it('never goes backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 50 }), (times) => {
        let last = tickHlc(undefined, times[0] ?? 0, device);
        for (const now of times.slice(1)) {
          const next = tickHlc(last, now, device);
          expect(formatHlc(next) > formatHlc(last)).toBe(true);
          last = next;
        }
      }),
    );
  });

  it('after receiving, stamps are later than the remote one and than every local one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 2_000_000_000_000 }),
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
        fc.integer({ min: 0, max: 1000 }),
        (now, skew, counter) => {
          const local = tickHlc(undefined, now, device);
          const remote = { wallMs: now + skew, counter, deviceId: 'other' };
          const received = receiveHlc(local, remote, now, device);
          expect(formatHlc(received) > formatHlc(local)).toBe(true);
          expect(formatHlc(received) > formatHlc(remote)).toBe(true);
          expect(formatHlc(tickHlc(received, now, device)) > formatHlc(received)).toBe(true);
        },
      ),
    );
  });

  it('does not follow a remote clock days in the future', () => {
    const now = 1_700_000_000_000;
    const received = receiveHlc(undefined, { wallMs: now + 30 * 86_400_000, counter: 0, deviceId: 'other' }, now, device);
    expect(received.wallMs).toBeLessThanOrEqual(now + 86_400_000);
  });
});
