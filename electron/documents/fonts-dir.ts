import { copyFile, mkdir, readlink, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The packaged app has <resources>/fonts laid out as electron-builder.yml copies it: fonts.css,
 * noto-serif-sc.css, noto-sans-sc.css and hanamin.css with noto-serif-sc/, lxgw-wenkai/, noto-sans-sc/, hanamin/ and blank.html (document-site.ts serves it)
 * beside them. Under Node (browser
 * mode, tests, benchmarks) the same layout is made in the checkout's own cache folder (two
 * checkouts on one machine never share it), linking to the font packages in its node_modules.
 */
export async function prepareFontsDir(repoRoot: string, dir = join(repoRoot, 'node_modules/.cache/alliance-desk-fonts')): Promise<string> {
  await mkdir(dir, { recursive: true });
  await copyFile(join(repoRoot, 'build/fonts.css'), join(dir, 'fonts.css'));
  for (const sheet of ['hanamin.css', 'noto-serif-sc.css', 'noto-sans-sc.css']) await copyFile(join(repoRoot, 'build', sheet), join(dir, sheet));
  // scripts/font-data.mjs lays out the same folders when it derives the fonts' coverage.
  const links: [string, string][] = [
    ['noto-serif-sc', join(repoRoot, 'node_modules/@fontsource/noto-serif-sc')],
    ['noto-sans-sc', join(repoRoot, 'node_modules/@fontsource/noto-sans-sc')],
    ['lxgw-wenkai', join(repoRoot, 'node_modules/lxgw-wenkai-webfont')],
    ['hanamin', join(repoRoot, 'node_modules/hanamin')],
  ];
  for (const [name, target] of links) {
    const current = await readlink(join(dir, name)).catch(() => undefined);
    if (current === target) continue;
    // A link left by a moved checkout is only a cache entry: made again.
    if (current !== undefined) await rm(join(dir, name), { force: true });
    // Test workers prepare the folder at the same time: a link another one just made is as good.
    await symlink(target, join(dir, name), 'dir').catch(async (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || (await readlink(join(dir, name))) !== target) throw error;
    });
  }
  await copyFile(join(repoRoot, 'build/blank.html'), join(dir, 'blank.html'));
  return dir;
}

export function fontsBaseUrlOf(dir: string): string {
  return pathToFileURL(dir).href;
}
