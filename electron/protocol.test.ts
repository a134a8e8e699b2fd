import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from './protocol';
import { rendererCsp } from './security/csp';

describe('app:// protocol', () => {
  let root: string;
  let serve: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'desk-protocol-'));
    root = join(parent, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>desk</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(parent, 'secret.txt'), 'outside the renderer');
    serve = createAppProtocolHandler(root);
  });

  it('serves the renderer with its content type and the CSP', async () => {
    const index = await serve(new Request('app://desk/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(rendererCsp);
    expect(await index.text()).toContain('<title>desk</title>');
    const script = await serve(new Request('app://desk/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const response = await serve(new Request(`app://desk${path}`));
      expect([403, 404], path).toContain(response.status);
      expect(await response.text(), path).not.toContain('outside the renderer');
    }
    expect(resolveAppFile(root, '/%00')).toBeUndefined();
    expect(resolveAppFile(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('serves the renderer only at its own host: app://documents belongs to the document windows', async () => {
    expect((await serve(new Request('app://documents/index.html'))).status).toBe(403);
    expect((await serve(new Request('app://desk/index.html'))).status).toBe(200);
  });

  it('answers 404 for a missing file', async () => {
    expect((await serve(new Request('app://desk/missing.js'))).status).toBe(404);
  });
});
