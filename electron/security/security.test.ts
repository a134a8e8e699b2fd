import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { documentWindowOptions } from '../windows/document-window';
import { mainWindowOptions } from '../windows/main-window';
import { defaultWindowState } from '../windows/window-state';
import { rendererCsp, securityHeaders } from './csp';
import { guardContents, isTrustedSender, restrictPermissions } from './guards';
import { isVettedExternalUrl } from './origin';

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** Emits like Electron and tells whether a listener prevented the default. */
  attempt(event: string, url: string, isMainFrame = true): boolean {
    let prevented = false;
    const details = { url, isMainFrame, preventDefault: () => (prevented = true) };
    this.emit(event, event === 'will-frame-navigate' ? details : details, url);
    return prevented;
  }
}

function guarded(openExternal = vi.fn(() => Promise.resolve())): FakeContents {
  const contents = new FakeContents();
  guardContents(contents as unknown as WebContents, openExternal);
  return contents;
}

describe('window options', () => {
  it('gives the main window context isolation, the sandbox and no Node', () => {
    const prefs = mainWindowOptions(defaultWindowState, '/app/preload.cjs', undefined).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('keeps the document window hidden, sandboxed, without JavaScript and without the bridge', () => {
    const options = documentWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, partition: 'documents' });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});

describe('navigation and new windows', () => {
  it('lets the app navigate inside app://desk and nowhere else', () => {
    const contents = guarded();
    expect(contents.attempt('will-navigate', 'app://desk/index.html#/units')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:17440/', 'app://other/index.html', 'javascript:alert(1)']) {
      expect(contents.attempt('will-navigate', url), url).toBe(true);
      expect(contents.attempt('will-redirect', url), url).toBe(true);
    }
  });

  it('keeps frames inside the app', () => {
    const contents = guarded();
    expect(contents.attempt('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(contents.attempt('will-frame-navigate', 'https://example.com/', false)).toBe(true);
  });

  it('refuses webviews', () => {
    const contents = guarded();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('denies every new window and opens only vetted https links externally', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const contents = guarded(openExternal);
    expect(contents.openHandler?.({ url: 'https://www.moe.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://www.moe.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://www.moe.gov.cn/');
  });

  it.each([
    ['https://www.lsvhs.cn/news', true],
    ['http://www.lsvhs.cn/', false],
    ['https://user:pass@example.com/', false],
    ['https://localhost/', false],
    ['https://192.168.1.10/', false],
    ['https://[::1]/', false],
    ['https://intranet/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('vets %s as %s', (url, expected) => {
    expect(isVettedExternalUrl(url)).toBe(expected);
  });
});

describe('permissions', () => {
  it('refuses every permission but persistent storage for the app itself', () => {
    let request: ((contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((contents: unknown, permission: string, origin: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    restrictPermissions(session as unknown as Session);
    const ask = (permission: string, url: string): boolean => {
      let granted: boolean | undefined;
      request?.({ getURL: () => url }, permission, (value) => (granted = value));
      return granted ?? false;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      expect(ask(permission, 'app://desk/index.html'), permission).toBe(false);
      expect(check?.(null, permission, 'app://desk'), permission).toBe(false);
    }
    expect(ask('persistent-storage', 'app://desk/index.html')).toBe(true);
    expect(ask('persistent-storage', 'https://example.com/')).toBe(false);
    expect(check?.(null, 'persistent-storage', 'app://desk')).toBe(true);
  });
});

describe('IPC senders', () => {
  it('trusts only the app top frame', () => {
    expect(isTrustedSender({ url: 'app://desk/index.html#/settings', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://desk/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('content security policy', () => {
  it('loads scripts only from the app and nothing from the network', () => {
    const directives: Record<string, string> = Object.fromEntries(rendererCsp.split('; ').map((directive): [string, string] => [directive.split(' ')[0] ?? '', directive]));
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(directives['default-src']).toBe("default-src 'self'");
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['connect-src']).toBe("connect-src 'self'");
    expect(rendererCsp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(securityHeaders['Content-Security-Policy']).toBe(rendererCsp);
  });
});
