import { copyFile, mkdir, readlink, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The packaged app has <resources>/fonts laid out as electron-builder.yml copies it: fonts.css with
 * noto-serif-sc/ and lxgw-wenkai/ beside it. Under Node (browser mode, tests, benchmarks) the same
 * layout is made once in the temporary folder, linking to the font packages in node_modules.
 */
export async function prepareFontsDir(repoRoot: string, dir = join(tmpdir(), 'alliance-desk-fonts')): Promise<string> {
  await mkdir(dir, { recursive: true });
  await copyFile(join(repoRoot, 'build/fonts.css'), join(dir, 'fonts.css'));
  const links: [string, string][] = [
    ['noto-serif-sc', join(repoRoot, 'node_modules/@fontsource/noto-serif-sc')],
    ['lxgw-wenkai', join(repoRoot, 'node_modules/lxgw-wenkai-webfont')],
  ];
  for (const [name, target] of links) {
    const current = await readlink(join(dir, name)).catch(() => undefined);
    if (current === target) continue;
    if (current !== undefined) throw new Error(`${join(dir, name)} points elsewhere (${current})`);
    await symlink(target, join(dir, name), 'dir');
  }
  await writeFile(join(dir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title></title>');
  return dir;
}

export function fontsBaseUrlOf(dir: string): string {
  return pathToFileURL(dir).href;
}
