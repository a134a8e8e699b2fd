import { mkdtemp, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeEnvelope } from '../../shared/bridge/wire';
import { decodeWire, encodeWire } from '../../shared/bridge/wire';
import type { BrowserMode } from './server';
import { startBrowserMode } from './server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http rather than fetch: fetch may not forge the Host header, which these tests must. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode server', () => {
  let mode: BrowserMode;
  let cookie: string;
  let host: string;

  const bridge = (channel: string, request: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
    send(`${mode.origin}/bridge/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: mode.origin, ...headers },
      body: typeof request === 'string' ? request : encodeWire(request),
    });

  beforeAll(async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'desk-renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Alliance Desk</title>');
    mode = await startBrowserMode({ rendererDir, dataDir: '/data/desk', productName: 'Alliance Desk', version: '9.9.9', port: 0 });
    host = new URL(mode.origin).host;
    const opened = await send(mode.openUrl);
    expect(opened.status).toBe(303);
    const setCookie = opened.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    cookie = setCookie.split(';')[0] ?? '';
  });
  afterAll(() => mode.close());

  it('serves the app with the CSP once the secret is known', async () => {
    const page = await send(`${mode.origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Alliance Desk</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses every request without the secret, and a wrong secret', async () => {
    expect((await send(`${mode.origin}/`)).status).toBe(401);
    expect((await send(`${mode.origin}/open?secret=guess`)).status).toBe(401);
    expect((await send(`${mode.origin}/`, { headers: { cookie: 'desk_secret=guess' } })).status).toBe(401);
    expect((await bridge('app.info', {}, { cookie: '' })).status).toBe(401);
  });

  it('refuses a foreign Host header, as a DNS-rebinding page would send', async () => {
    const rebound = await send(`${mode.origin}/`, { headers: { cookie, host: `attacker.example:${new URL(mode.origin).port}` } });
    expect(rebound.status).toBe(421);
    expect((await send(`${mode.origin}/`, { headers: { cookie, host: `localhost:${new URL(mode.origin).port}` } })).status).toBe(200);
  });

  it('refuses bridge calls from another origin or with no origin', async () => {
    expect((await bridge('app.info', {}, { origin: 'https://attacker.example' })).status).toBe(403);
    expect((await bridge('app.info', {}, { origin: 'null' })).status).toBe(403);
    const noOrigin = await send(`${mode.origin}/bridge/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, host }, body: '{}' });
    expect(noOrigin.status).toBe(403);
  });

  it('answers the bridge with the same services as the desktop app', async () => {
    const answer = await bridge('app.info', {});
    const envelope = decodeWire(answer.body.toString()) as BridgeEnvelope;
    expect(envelope.result).toMatchObject({ ok: true, value: { runtime: 'browser', version: '9.9.9', dataDir: '/data/desk' } });
  });

  it('answers malformed requests with an error and keeps running', async () => {
    const notJson = decodeWire((await bridge('app.info', '{not json')).body.toString()) as BridgeEnvelope;
    expect(notJson.result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const badShape = decodeWire((await bridge('files.saveAs', { suggestedName: '../a', bytes: 'x' })).body.toString()) as BridgeEnvelope;
    expect(badShape.result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = decodeWire((await bridge('shell.exec', {})).body.toString()) as BridgeEnvelope;
    expect(unknown.result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect((await bridge('app.info', {})).status).toBe(200);
  });

  it('offers saved files as a one-time download with their Chinese name', async () => {
    const bytes = new TextEncoder().encode('成员单位名单');
    const answer = await bridge('files.saveAs', { suggestedName: '成员单位.txt', bytes, mimeType: 'text/plain' });
    const envelope = decodeWire(answer.body.toString()) as BridgeEnvelope;
    expect(envelope.result).toEqual({ ok: true, value: { outcome: 'downloading', fileName: '成员单位.txt' } });
    const [download] = envelope.downloads;
    expect(download?.fileName).toBe('成员单位.txt');
    const file = await send(`${mode.origin}${download?.url ?? ''}`, { headers: { cookie } });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''%E6%88%90%E5%91%98%E5%8D%95%E4%BD%8D.txt");
    expect(file.body.toString()).toBe('成员单位名单');
    expect((await send(`${mode.origin}${download?.url ?? ''}`, { headers: { cookie } })).status).toBe(404);
  });
});
