import { describe, expect, it } from 'vitest';
import { findEndpoint, listEndpoints } from './contract';

describe('bridge contract', () => {
  it('lists every endpoint under its channel name', () => {
    const channels = listEndpoints().map((endpoint) => endpoint.channel);
    expect(channels).toEqual(expect.arrayContaining(['app.info', 'app.setLocale', 'files.saveAs', 'sync.enrol', 'sync.push', 'sync.pull', 'backup.storeAutomatic', 'documents.exportPdf', 'documents.exportPdfFiles', 'documents.print', 'documents.listPrinters']));
    expect(channels.every((channel) => /^[a-z]+\.[a-zA-Z]+$/.test(channel))).toBe(true);
  });

  it('finds endpoints by channel and nothing inherited from Object', () => {
    expect(findEndpoint('files.saveAs')).toBeDefined();
    for (const channel of ['files', 'files.', 'app.constructor', '__proto__.info', 'toString.call', 'app.info.extra']) {
      expect(findEndpoint(channel), channel).toBeUndefined();
    }
  });
});
