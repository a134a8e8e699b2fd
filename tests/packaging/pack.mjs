// `npm run test:package` (after `npm run build`): packs the app with electron-builder.yml, offline, and checks the result.
//
// The Electron binary cannot be downloaded here, so electron-builder packs a stand-in Electron distribution (a
// placeholder `electron` file, `LICENSE`, `version`, a few `locales/*.pak`) into a Linux `--dir` target, which
// needs no other download: no installer toolsets, no icon conversion. The placeholder carries an Electron fuse
// wire (the sentinel @electron/fuses looks for, with Electron's default fuse states), so the `electronFuses` of
// electron-builder.yml are really flipped and checked in the packed binary.
//
// Prints one line per check and ends with `N passed, M failed`; exits 1 when a check fails.
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { Arch, Platform, build } from 'electron-builder';
import yaml from 'js-yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const electronVersion = '45.4.1';
const started = Date.now();

let passed = 0;
const failures = [];
/** Records one check; `detail` explains a failure. */
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`  ok    ${name}`);
  } else {
    failures.push(name);
    console.log(`  FAIL  ${name}${detail ? `\n        ${detail}` : ''}`);
  }
  return ok;
}
function finish() {
  console.log(`\npacking test finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) console.log(`failed:\n${failures.map((name) => `  - ${name}`).join('\n')}`);
  console.log(`${passed} passed, ${failures.length} failed`);
  // An explicit exit: electron-builder's temp-file registers async-exit-hook, whose 'beforeExit' handler calls
  // process.exit(0) and would otherwise hide a failure's exit code.
  const code = failures.length > 0 ? 1 : 0;
  process.stdout.write('', () => process.exit(code));
}
const exists = (path) => stat(path).then(() => true, () => false);
const list = (items) => (items.length > 5 ? `${items.slice(0, 5).join(', ')} … (${items.length})` : items.join(', '));

// The fuses the packaged app must have, by electron-builder option name, and their index in the V1 fuse wire.
const expectedFuses = {
  runAsNode: [0, false],
  enableCookieEncryption: [1, true],
  enableNodeOptionsEnvironmentVariable: [2, false],
  enableNodeCliInspectArguments: [3, false],
  enableEmbeddedAsarIntegrityValidation: [4, true],
  onlyLoadAppFromAsar: [5, true],
  loadBrowserProcessSpecificV8Snapshot: [6, false],
  grantFileProtocolExtraPrivileges: [7, false],
};
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults, all opposite to the configuration above: RunAsNode, NodeOptions, NodeCliInspect and
// GrantFileProtocolExtraPrivileges on, the rest off ('1' = enabled, '0' = disabled).
const defaultFuseWire = '10110001';

/** Reads the fuse wire of an Electron binary as @electron/fuses writes it: sentinel, version 1, length, states. */
function readFuseWire(binary) {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at === -1) return undefined;
  const start = at + FUSE_SENTINEL.length;
  return { version: binary[start], states: binary.subarray(start + 2, start + 2 + binary[start + 1]).toString('latin1') };
}

/** A stand-in for an unpacked Electron distribution for Linux. */
async function createStandInElectron(dir) {
  await mkdir(join(dir, 'locales'), { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron binary of the packaging test, not runnable" >&2\nexit 1\n# fuse wire: ', 'latin1');
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, defaultFuseWire.length]), Buffer.from(defaultFuseWire, 'latin1'), Buffer.from('\n')]);
  await writeFile(join(dir, 'electron'), Buffer.concat([script, wire]));
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), electronVersion);
  await writeFile(join(dir, 'LICENSE'), 'stand-in for the Electron LICENSE\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in for the Chromium licences</title>\n');
  for (const locale of ['en-US', 'zh-CN', 'zh-TW', 'fr', 'de']) await writeFile(join(dir, 'locales', `${locale}.pak`), locale);
}

/** The font files (woff2, or WOFF for the Noto faces) a stylesheet points at, relative to the stylesheet. */
function fontUrls(css) {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+\.woff2?)['"]?\s*\)/g)].map((match) => match[1].replace(/^\.\//, ''));
}

async function checkIcons(config) {
  console.log('\nicons (pre-rendered, so electron-builder never downloads its icon converter):');
  const ico = await readFile(join(root, config.win.icon));
  const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + index * 16] || 256);
  check(`win.icon ${config.win.icon} is an ICO with a 256 px image (${icoSizes.join(', ')})`, ico.readUInt32LE(0) === 0x10000 && icoSizes.includes(256));
  const icns = await readFile(join(root, config.mac.icon));
  check(`mac.icon ${config.mac.icon} is an ICNS with a 1024 px image`, icns.toString('latin1', 0, 4) === 'icns' && icns.readUInt32BE(4) === icns.length && icns.includes('ic10'));
  const pngSize = (png) => (png.readUInt32BE(0) === 0x89504e47 ? [png.readUInt32BE(16), png.readUInt32BE(20)] : [0, 0]);
  const linuxDir = join(root, config.linux.icon);
  const linuxIcons = (await readdir(linuxDir)).filter((name) => /^\d+x\d+\.png$/.test(name));
  const wrong = [];
  for (const name of linuxIcons) {
    const [width, height] = pngSize(await readFile(join(linuxDir, name)));
    if (`${width}x${height}.png` !== name) wrong.push(`${name} is ${width}x${height}`);
  }
  check(`linux.icon ${config.linux.icon}/ holds NxN.png icons up to 512 px, each of its size`, linuxIcons.includes('512x512.png') && wrong.length === 0, wrong.join('; '));
  const [width, height] = pngSize(await readFile(join(root, 'build/icon.png')));
  check('build/icon.png is 1024×1024', width === 1024 && height === 1024, `it is ${width}×${height}`);
}

async function checkAsar(resources) {
  console.log('\napp.asar:');
  const archive = join(resources, 'app.asar');
  if (!check('resources/app.asar exists (asar: true)', await exists(archive))) return;
  check('no unpacked resources/app folder next to it', !(await exists(join(resources, 'app'))));
  const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  const files = entries.filter((entry) => asar.statFile(archive, entry.slice(1), false).files === undefined);
  for (const required of ['/package.json', '/dist/main/main.js', '/dist/preload/preload.cjs', '/dist/renderer/index.html']) {
    check(`contains ${required}`, files.includes(required));
  }
  const assets = files.filter((file) => /^\/dist\/renderer\/assets\/.+\.js$/.test(file));
  check(`contains the renderer's JavaScript assets (${list(assets.map((file) => file.split('/').pop()))})`, assets.length > 0);
  const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  check(`package.json has main "${packed.main}" and type "${packed.type}"`, packed.main === 'dist/main/main.js' && packed.type === 'module');
  check('package.json main points into the archive', files.includes(`/${packed.main}`));
  const built = await readFile(join(root, 'dist/main/main.js'));
  check('dist/main/main.js is the one just built', asar.extractFile(archive, 'dist/main/main.js').equals(built));
  const browserMode = entries.filter((entry) => entry.includes('browser-mode'));
  check('does not contain dist/browser-mode', browserMode.length === 0, list(browserMode));
  const nodeModules = entries.filter((entry) => entry.split('/').includes('node_modules'));
  check('does not contain node_modules', nodeModules.length === 0, list(nodeModules));
  const maps = files.filter((file) => file.endsWith('.map'));
  check('does not contain source maps', maps.length === 0, list(maps));
  const stray = files.filter((file) => file !== '/package.json' && !/^\/dist\/(main|preload|renderer)\//.test(file));
  check('holds nothing but package.json and dist/{main,preload,renderer}', stray.length === 0, list(stray));
}

/**
 * The code that ships in the app (issue 13.8): the preload, which runs beside every page, holds the
 * channel list and nothing else; the main bundle is minified; both keep their source maps in dist/
 * (left out of the archive, checkAsar) so a stack trace from an office's machine can be read.
 */
async function checkBundles() {
  console.log('\nbuilt bundles (dist/main, dist/preload):');
  const preload = await readFile(join(root, 'dist/preload/preload.cjs'), 'utf8');
  check(`the preload is under 20 kB (${(preload.length / 1024).toFixed(1)} kB)`, preload.length < 20 * 1024);
  check('the preload carries no schema library (zod)', !/\bZod[A-Z]|zod/.test(preload));
  const main = await readFile(join(root, 'dist/main/main.js'), 'utf8');
  const lines = main.split('\n').length;
  check(`dist/main/main.js is minified (${(main.length / 1024).toFixed(0)} kB in ${lines} lines)`, main.length > 1000 * lines);
  for (const [bundle, source] of [['dist/main/main.js', 'electron/main.ts'], ['dist/preload/preload.cjs', 'electron/preload.ts']]) {
    const text = bundle.endsWith('main.js') ? main : preload;
    const map = await readFile(join(root, `${bundle}.map`), 'utf8').then((json) => JSON.parse(json), () => undefined);
    const name = bundle.split('/').pop();
    check(`${bundle}.map is there, names ${source}, and ${name} points at it`, !!map && map.sources.some((file) => file.endsWith(source)) && text.includes(`//# sourceMappingURL=${name}.map`));
  }
}

async function checkFonts(resources) {
  console.log('\nbundled fonts (resources/fonts):');
  const fonts = join(resources, 'fonts');
  const index = await readFile(join(fonts, 'fonts.css'), 'utf8').catch(() => undefined);
  if (!check('resources/fonts/fonts.css exists', index !== undefined)) return;
  check('resources/fonts/blank.html, the page documents are laid out in, exists', await exists(join(fonts, 'blank.html')));
  const imports = [...index.matchAll(/@import\s+url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((match) => match[1].replace(/^\.\//, ''));
  // Each face's stylesheets are those fonts.css imports from its folder, or `sheet` beside fonts.css.
  const faces = [
    { family: 'Noto Serif SC', dir: 'noto-serif-sc', sheet: 'noto-serif-sc.css', files: 'files', licences: ['LICENSE'] },
    { family: 'LXGW WenKai', dir: 'lxgw-wenkai', licences: ['OFL.txt', 'LICENSE'] },
    { family: 'Noto Sans SC', dir: 'noto-sans-sc', sheet: 'noto-sans-sc.css', files: 'files', licences: ['LICENSE'] },
    { family: 'HanaMin', dir: 'hanamin', sheet: 'hanamin.css', licences: ['LICENSE-Hanazono.txt'], licence: 'Hanazono Font License' },
  ];
  for (const face of faces) {
    for (const licence of face.licences) {
      const text = await readFile(join(fonts, face.dir, licence), 'utf8').catch(() => '');
      check(`${face.dir}/${licence} is there`, text.length > 0);
    }
    const ofl = await readFile(join(fonts, face.dir, face.licences[0]), 'utf8').catch(() => '');
    check(`${face.family} is under the SIL Open Font License`, ofl.includes('SIL Open Font License'));
    if (face.licence) check(`${face.family} carries the ${face.licence}`, ofl.includes(face.licence));
    const sheets = imports.filter((path) => path.startsWith(`${face.dir}/`) || path === face.sheet);
    const referenced = new Set();
    for (const sheet of sheets) {
      const css = await readFile(join(fonts, sheet), 'utf8').catch(() => '');
      check(`${sheet} (imported by fonts.css) declares '${face.family}'`, css.includes(`font-family: '${face.family}'`));
      for (const url of fontUrls(css)) referenced.add(face.sheet === sheet ? url : join(face.dir, url));
    }
    const missing = [];
    for (const file of referenced) if (!(await exists(join(fonts, file)))) missing.push(file);
    check(`all ${referenced.size} ${face.family} subsets its stylesheets use are there`, referenced.size > 0 && missing.length === 0, `missing: ${list(missing)}`);
    const filesDir = face.sheet ? join(face.dir, face.files ?? '') : join(face.dir, 'files');
    const present = (await readdir(join(fonts, filesDir)).catch(() => [])).filter((name) => /\.woff2?$/.test(name)).map((name) => join(filesDir, name));
    const unused = present.filter((file) => !referenced.has(file));
    check(`no ${face.family} font file that no stylesheet uses`, unused.length === 0, list(unused));
  }
  const own = fontUrls(index);
  const ownMissing = [];
  for (const file of own) if (!(await exists(join(fonts, file)))) ownMissing.push(file);
  check(`the ${own.length} font file(s) fonts.css names itself (the shared 〇) are there`, ownMissing.length === 0, `missing: ${list(ownMissing)}`);
  const total = await sizeOf(fonts);
  console.log(`        (fonts take ${(total / 1024 / 1024).toFixed(1)} MB)`);
}

async function sizeOf(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOf(join(path, name));
  return total;
}

async function main() {
  console.log('packaging test: electron-builder.yml, Linux --dir target, stand-in Electron', electronVersion);
  const inputs = ['dist/main/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];
  const missingInputs = [];
  for (const input of inputs) if (!(await exists(join(root, input)))) missingInputs.push(input);
  if (!check('the app is built (dist/main, dist/preload, dist/renderer)', missingInputs.length === 0, `missing ${missingInputs.join(', ')}: run npm run build first`)) return;
  await checkBundles();

  const config = yaml.load(await readFile(join(root, 'electron-builder.yml'), 'utf8'));
  const fuses = config.electronFuses ?? {};
  const wantedFuses = Object.fromEntries(Object.entries(expectedFuses).map(([name, [, value]]) => [name, value]));
  check('electron-builder.yml sets exactly the expected electronFuses', JSON.stringify(Object.entries(fuses).sort()) === JSON.stringify(Object.entries(wantedFuses).sort()), `got ${JSON.stringify(fuses)}`);
  check('electron-builder.yml packs into an asar, with no node_modules rebuild', config.asar === true && config.npmRebuild === false);
  await checkIcons(config);

  const temp = await mkdtemp(join(tmpdir(), 'alliance-desk-pack-'));
  try {
    const electronDist = join(temp, 'electron-dist');
    const output = join(temp, 'release');
    await createStandInElectron(electronDist);

    console.log(`\nelectron-builder (output in ${output}):`);
    const packStarted = Date.now();
    let artifacts;
    try {
      artifacts = await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir', Arch.x64),
        // Merged over electron-builder.yml; electronFuses stay as configured and are flipped in the stand-in binary.
        config: { electronDist, electronVersion, directories: { output } },
        publish: 'never',
      });
    } catch (error) {
      check('electron-builder packs the Linux --dir target', false, error instanceof Error ? error.stack : String(error));
      return;
    }
    check(`electron-builder packs the Linux --dir target (${((Date.now() - packStarted) / 1000).toFixed(1)} s)`, Array.isArray(artifacts));

    const appDir = join(output, 'linux-unpacked');
    const resources = join(appDir, 'resources');
    console.log('\napplication folder:');
    if (!check('release/linux-unpacked/ exists', await exists(appDir))) return;
    const executable = join(appDir, config.linux.executableName);
    const binary = await readFile(executable).catch(() => undefined);
    check(`the Electron binary is renamed to ${config.linux.executableName} (linux.executableName)`, binary !== undefined && !(await exists(join(appDir, 'electron'))));
    check("Electron's licence is kept as LICENSE.electron.txt", await exists(join(appDir, 'LICENSE.electron.txt')));
    const locales = (await readdir(join(appDir, 'locales')).catch(() => [])).sort();
    check(`only the zh-CN and en-US locales are kept (electronLanguages): ${locales.join(', ')}`, locales.join() === 'en-US.pak,zh-CN.pak');

    console.log('\nfuses flipped in the packaged binary:');
    const wire = binary && readFuseWire(binary);
    if (check('the binary has a V1 fuse wire', wire?.version === 1 && wire.states.length === defaultFuseWire.length, JSON.stringify(wire))) {
      for (const [name, [index, value]] of Object.entries(expectedFuses)) {
        check(`${name} is ${value ? 'enabled' : 'disabled'}`, wire.states[index] === (value ? '1' : '0'), `fuse ${index} is '${wire.states[index]}'`);
      }
    }

    await checkAsar(resources);
    await checkFonts(resources);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  check('the packaging test runs to its end', false, error instanceof Error ? error.stack : String(error));
}
finish();
