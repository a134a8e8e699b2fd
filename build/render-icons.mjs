// Renders build/icon.svg into the icon files electron-builder uses, so that packaging never has to convert
// icons itself (electron-builder 26 downloads an icon toolset for that, which an offline build cannot do):
//   build/icon.png          1024×1024, the master raster
//   build/icons/NxN.png     the Linux icon set (AppImage, deb)
//   build/icon.ico          Windows (exe, NSIS): 16–128 px as 32-bit BMP, 256 px as PNG
//   build/icon.icns         macOS: PNG entries 16–1024 px
// Run with `node build/render-icons.mjs` after editing icon.svg; it needs playwright-core and a Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). The outputs are committed; packaging does not run this script.
/* global Image, OffscreenCanvas -- used in code that page.evaluate runs in Chromium */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types that hold PNG data, with the pixel size each one expects.
const icnsTypes = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];

const svg = await readFile(here('./icon.svg'));
const svgUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });

/** @param {number} size @returns {Promise<Buffer>} a PNG of the icon at size×size, transparent outside the tile */
async function renderPng(size) {
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">
    <img id="icon" src="${svgUrl}" width="${size}" height="${size}" style="display:block"></body></html>`);
  await page.locator('#icon').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** @param {Buffer} png @returns {Promise<Uint8Array>} its pixels as RGBA rows, top row first */
async function decodePng(png) {
  const rgba = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const context = canvas.getContext('2d', { colorSpace: 'srgb' });
    context.drawImage(img, 0, 0);
    return Array.from(context.getImageData(0, 0, img.width, img.height).data);
  }, `data:image/png;base64,${png.toString('base64')}`);
  return Uint8Array.from(rgba);
}

/** A 32-bit BGRA DIB as an ICO entry holds it: BITMAPINFOHEADER (double height), bottom-up pixels, AND mask. */
function bmpEntry(rgba, size) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4, 20);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (rgba[(y * size + x) * 4 + 3] === 0) mask[(size - 1 - y) * maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

function ico(entries) {
  const head = Buffer.alloc(6 + 16 * entries.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(entries.length, 4);
  let offset = head.length;
  entries.forEach(({ size, data }, index) => {
    const at = 6 + 16 * index;
    head[at] = size >= 256 ? 0 : size;
    head[at + 1] = size >= 256 ? 0 : size;
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(data.length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...entries.map((entry) => entry.data)]);
}

function icns(entries) {
  const chunks = entries.map(({ type, data }) => {
    const chunkHead = Buffer.alloc(8);
    chunkHead.write(type, 0, 'latin1');
    chunkHead.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([chunkHead, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

try {
  const pngs = new Map();
  for (const size of new Set([...linuxSizes, ...icoSizes, ...icnsTypes.map(([, size]) => size), 1024])) {
    pngs.set(size, await renderPng(size));
  }

  await writeFile(here('./icon.png'), pngs.get(1024));

  await rm(here('./icons'), { recursive: true, force: true });
  await mkdir(here('./icons'));
  for (const size of linuxSizes) await writeFile(here(`./icons/${size}x${size}.png`), pngs.get(size));

  const icoEntries = [];
  for (const size of icoSizes) {
    icoEntries.push({ size, data: size >= 256 ? pngs.get(size) : bmpEntry(await decodePng(pngs.get(size)), size) });
  }
  await writeFile(here('./icon.ico'), ico(icoEntries));

  await writeFile(here('./icon.icns'), icns(icnsTypes.map(([type, size]) => ({ type, data: pngs.get(size) }))));

  console.log(`icons rendered from icon.svg: icon.png, icons/{${linuxSizes.join(',')}}.png, icon.ico, icon.icns`);
} finally {
  await browser.close();
}
