import { describe, expect, it } from 'vitest';
import { findEndpoint, listEndpoints } from './contract';

describe('bridge contract', () => {
  it('lists every endpoint under its channel name', () => {
    expect(listEndpoints().map((endpoint) => endpoint.channel)).toEqual(['app.info', 'app.setLocale', 'files.saveAs']);
  });

  it('finds endpoints by channel and nothing inherited from Object', () => {
    expect(findEndpoint('files.saveAs')).toBeDefined();
    for (const channel of ['files', 'files.', 'app.constructor', '__proto__.info', 'toString.call', 'app.info.extra']) {
      expect(findEndpoint(channel), channel).toBeUndefined();
    }
  });
});
