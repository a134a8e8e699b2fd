import { describe, expect, it, vi } from 'vitest';
import { buildDeskApi, createDeskClient } from '../../shared/bridge/desk-api';
import { DeskError } from '../../shared/bridge/result';
import type { BridgeHandlers } from './dispatch';
import { createDispatch } from './dispatch';

/** Endpoints these tests do not call. */
const unused = (): Promise<never> => Promise.reject(new Error('not called in these tests'));

function handlers(overrides: Partial<{ saveAs: BridgeHandlers['files']['saveAs'] }> = {}): BridgeHandlers {
  return {
    app: {
      info: () =>
        Promise.resolve({ productName: 'Alliance Desk', version: '1.2.3', dataDir: '/data', platform: 'linux', arch: 'x64', runtime: 'browser', versions: { node: '20' } }),
      setLocale: () => Promise.resolve({}),
    },
    files: { saveAs: overrides.saveAs ?? ((request) => Promise.resolve({ outcome: 'saved', path: `/tmp/${request.suggestedName}` })) },
    documents: { exportPdf: unused, exportPdfFiles: unused, print: unused, listPrinters: unused, progress: unused },
    sync: { status: unused, enrol: unused, forget: unused, push: unused, pull: unused, hasAttachment: unused, putAttachment: unused, getAttachment: unused },
    backup: { storeAutomatic: unused, listAutomatic: unused, readAutomatic: unused },
    verification: { makeKey: unused, sign: unused, exportKey: unused, importKey: unused },
  };
}

const bytes = new Uint8Array([1, 2, 3]);

describe('bridge dispatch', () => {
  it('answers a valid request with the handler response', async () => {
    const dispatch = createDispatch(handlers());
    await expect(dispatch('files.saveAs', { suggestedName: 'a.pdf', bytes })).resolves.toEqual({ ok: true, value: { outcome: 'saved', path: '/tmp/a.pdf' } });
  });

  it.each([
    ['no request at all', undefined],
    ['a string', 'a.pdf'],
    ['bytes missing', { suggestedName: 'a.pdf' }],
    ['bytes as a plain array', { suggestedName: 'a.pdf', bytes: [1, 2, 3] }],
    ['a folder in the name', { suggestedName: '../../etc/passwd', bytes }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\a.dll', bytes }],
    ['a control character in the name', { suggestedName: 'a\u0000.pdf', bytes }],
    ['an empty name', { suggestedName: '', bytes }],
    ['an unknown field', { suggestedName: 'a.pdf', bytes, overwrite: true }],
    ['a bad filter extension', { suggestedName: 'a.pdf', bytes, filters: [{ name: 'PDF', extensions: ['*.pdf'] }] }],
  ])('refuses a malformed request (%s) without calling the handler', async (_label, request) => {
    const saveAs = vi.fn();
    const result = await createDispatch(handlers({ saveAs }))('files.saveAs', request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.details?.length).toBeGreaterThan(0);
    }
    expect(saveAs).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel and keys inherited from Object', async () => {
    const dispatch = createDispatch(handlers());
    for (const channel of ['files.delete', 'app.constructor', '__proto__.toString', '']) {
      const result = await dispatch(channel, {});
      expect(result.ok ? 'ok' : result.error.code, channel).toBe('unknown-channel');
    }
  });

  it('passes a service failure through with its code, and hides nothing else as success', async () => {
    const full = createDispatch(handlers({ saveAs: () => Promise.reject(new DeskError('disk-full', 'No space')) }));
    expect(await full('files.saveAs', { suggestedName: 'a.pdf', bytes })).toEqual({ ok: false, error: { code: 'disk-full', message: 'No space' } });

    const log = vi.fn();
    const broken = createDispatch(handlers({ saveAs: () => Promise.reject(new TypeError('boom')) }), log);
    const result = await broken('files.saveAs', { suggestedName: 'a.pdf', bytes });
    expect(result.ok ? 'ok' : result.error.code).toBe('internal');
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses to pass on a response that breaks the contract', async () => {
    const wrong = createDispatch(handlers({ saveAs: () => Promise.resolve({ outcome: 'maybe' } as never) }));
    const result = await wrong('files.saveAs', { suggestedName: 'a.pdf', bytes });
    expect(result.ok ? 'ok' : result.error.code).toBe('internal');
  });

  it('gives the renderer a client that resolves values and rejects with typed errors', async () => {
    const client = createDeskClient(buildDeskApi(createDispatch(handlers())));
    await expect(client.app.info({})).resolves.toMatchObject({ version: '1.2.3', runtime: 'browser' });
    const failure = await client.files.saveAs({ suggestedName: 'a/b.pdf', bytes }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeskError);
    expect((failure as DeskError).code).toBe('invalid-request');
  });
});
