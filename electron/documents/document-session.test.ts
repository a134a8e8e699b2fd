import type { Session } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentSite, electronDocumentOrigin } from './document-site';
import { guardDocumentSession } from './document-session';
import { prepareFontsDir } from './fonts-dir';
import { repoRoot } from './test-support';

/** A stand-in for the document windows' session that keeps what the guard installs. */
function fakeSession() {
  const installed: {
    handlers: Map<string, (request: Request) => Promise<Response> | Response>;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    permission?: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void;
  } = { handlers: new Map() };
  const session = {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => installed.handlers.set(scheme, handler) },
    webRequest: { onBeforeRequest: (listener: typeof installed.beforeRequest) => (installed.beforeRequest = listener) },
    setPermissionRequestHandler: (handler: typeof installed.permission) => (installed.permission = handler),
    setPermissionCheckHandler: () => undefined,
  };
  return { session: session as unknown as Session, installed };
}

describe('the document windows’ session', () => {
  let fake: ReturnType<typeof fakeSession>;
  beforeAll(async () => {
    fake = fakeSession();
    guardDocumentSession(fake.session, createDocumentSite(electronDocumentOrigin, await prepareFontsDir(repoRoot)));
  });
  const cancelled = (url: string): boolean | undefined => {
    let answer: boolean | undefined;
    fake.installed.beforeRequest?.({ url }, (response) => (answer = response.cancel));
    return answer;
  };

  it('serves the blank page from the app protocol with the document policy', async () => {
    const blank = await fake.installed.handlers.get('app')?.(new Request('app://documents/blank.html'));
    expect(blank?.status).toBe(200);
    expect(blank?.headers.get('content-security-policy')).toMatch(/script-src 'none'.*font-src app:\/\/documents\/fonts\//);
    expect((await fake.installed.handlers.get('app')?.(new Request('app://desk/index.html')))?.status).toBe(403);
  });

  it('cancels every request but the blank page, the bundled fonts and inline images', () => {
    expect(cancelled('app://documents/blank.html')).toBe(false);
    expect(cancelled('app://documents/fonts/hanamin/HanaMinA.CJK-Unified-Ideographs-16.woff2')).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    for (const url of ['file:///etc/passwd', 'http://127.0.0.1:8787/v1/pull', 'https://example.com/', 'app://desk/index.html', 'app://documents/fonts/fonts.css', 'ws://127.0.0.1:1/']) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  it('grants a document page no permission', () => {
    let granted: boolean | undefined;
    fake.installed.permission?.({ getURL: () => 'app://documents/blank.html' }, 'persistent-storage', (value) => (granted = value));
    expect(granted).toBe(false);
  });
});
