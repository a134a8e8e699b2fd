import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../shared/bridge/wire';
import type { BridgeEnvelope } from '../../shared/bridge/wire';
import type { BridgeResult } from '../../shared/bridge/result';
import type { BrowserMode } from './server';
import { startBrowserMode } from './server';

const started: BrowserMode[] = [];
afterEach(async () => {
  for (const mode of started.splice(0)) await mode.close();
});

async function start(rendererDir: string, dataDir: string): Promise<BrowserMode> {
  const mode = await startBrowserMode({ rendererDir, dataDir, productName: 'Alliance Desk', version: '9.9.9', port: 0 });
  started.push(mode);
  return mode;
}

/** app.info as the renderer asks for it: the secret's cookie, then a same-origin bridge call. */
async function appInfo(mode: BrowserMode): Promise<unknown> {
  const opened = await fetch(mode.openUrl, { redirect: 'manual' });
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const answer = await fetch(`${mode.origin}/bridge/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: mode.origin }, body: encodeWire({}) });
  const envelope = decodeWire(await answer.text()) as BridgeEnvelope;
  const result = envelope.result as BridgeResult<unknown>;
  if (!result.ok) throw new Error(`app.info failed: ${result.error.code}`);
  return result.value;
}

describe('browser mode on another address than last time', () => {
  it('tells the app where the registry is, and says nothing on the same address', async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'desk-renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Alliance Desk</title>');
    const dataDir = await mkdtemp(join(tmpdir(), 'desk-data-'));

    const first = await start(rendererDir, dataDir);
    expect(first.registryElsewhere).toBeUndefined();
    expect(await appInfo(first)).not.toHaveProperty('registryElsewhere');
    await first.close();
    started.length = 0;

    // Port 0 again: another free port, as `--port` other than last time.
    const second = await start(rendererDir, dataDir);
    expect(second.origin).not.toBe(first.origin);
    expect(second.registryElsewhere?.origin).toBe(first.origin);
    expect(await appInfo(second)).toMatchObject({ registryElsewhere: { origin: first.origin } });
  });
});
