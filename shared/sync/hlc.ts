/**
 * Hybrid logical clock (DESIGN.md §4) as a string that sorts like the clock:
 * 15 digits of wall-clock milliseconds, 6 hex digits of counter, then the device id.
 * Comparing two stamps with `<` orders them; the device id breaks ties, so no two devices ever
 * produce equal stamps.
 */
export interface Hlc {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const maxCounter = 0xffffff;
/** Remote clocks further ahead than this are not followed: a badly set machine must not drag every clock into the future. */
export const maxDriftMs = 24 * 60 * 60 * 1000;

export function formatHlc(clock: Hlc): string {
  return `${clock.wallMs.toString().padStart(15, '0')}-${clock.counter.toString(16).padStart(6, '0')}-${clock.deviceId}`;
}

export function parseHlc(stamp: string): Hlc {
  const match = /^(\d{15})-([0-9a-f]{6})-(.+)$/.exec(stamp);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Not a clock stamp: ${stamp}`);
  return { wallMs: Number(match[1]), counter: parseInt(match[2], 16), deviceId: match[3] };
}

/** The stamp for a local event: later than the last one this device made or saw. */
export function tickHlc(last: Hlc | undefined, nowMs: number, deviceId: string): Hlc {
  const previousWall = last?.wallMs ?? 0;
  if (nowMs > previousWall) return { wallMs: nowMs, counter: 0, deviceId };
  const counter = (last?.counter ?? 0) + 1;
  if (counter > maxCounter) return { wallMs: previousWall + 1, counter: 0, deviceId };
  return { wallMs: previousWall, counter, deviceId };
}

/** The clock after seeing a remote stamp: later than both it and every local stamp so far. */
export function receiveHlc(last: Hlc | undefined, remote: Hlc, nowMs: number, deviceId: string): Hlc {
  const remoteWall = Math.min(remote.wallMs, nowMs + maxDriftMs);
  const wall = Math.max(last?.wallMs ?? 0, remoteWall, nowMs);
  let counter = 0;
  if (wall === last?.wallMs && wall === remoteWall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last?.wallMs) counter = last.counter + 1;
  else if (wall === remoteWall) counter = remote.counter + 1;
  if (counter > maxCounter) return { wallMs: wall + 1, counter: 0, deviceId };
  return { wallMs: wall, counter, deviceId };
}
