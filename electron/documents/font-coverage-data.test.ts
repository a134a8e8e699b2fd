import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageModule, fontCoverage, hanaminSheet, notoPackageSheets, notoSheet } from '../../scripts/font-data.mjs';
import { prepareFontsDir } from './fonts-dir';
import { repoRoot } from './test-support';

// When one of these fails, a font package or build/fonts.css changed: `node scripts/font-data.mjs` writes both again.
describe('the files derived from the bundled fonts', () => {
  it('build/hanamin.css is the Han slices of the hanamin package', async () => {
    const packageCss = await readFile(join(repoRoot, 'node_modules/hanamin/HanaMin.css'), 'utf8');
    expect(await readFile(join(repoRoot, 'build/hanamin.css'), 'utf8')).toBe(hanaminSheet(packageCss));
  });

  it('build/noto-serif-sc.css and build/noto-sans-sc.css name the WOFF files of the packages’ slices', async () => {
    for (const folder of ['noto-serif-sc', 'noto-sans-sc'] as const) {
      const sheet = await readFile(join(repoRoot, `build/${folder}.css`), 'utf8');
      expect(sheet).toBe(notoSheet(folder, await notoPackageSheets(folder)));
      expect(sheet).not.toContain('.woff2');
    }
  });

  it('font-coverage-data.ts holds what the cmaps of the bundled woff2 files hold', async () => {
    const coverage = await fontCoverage(await prepareFontsDir(repoRoot));
    expect(Object.keys(coverage)).toEqual(['HanaMin', 'LXGW WenKai', 'Noto Sans SC', 'Noto Serif SC']);
    expect(await readFile(join(repoRoot, 'shared/documents/font-coverage-data.ts'), 'utf8')).toBe(coverageModule(coverage));
  }, 60_000);
});
