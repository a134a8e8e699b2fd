import type { DocumentTemplate } from '../domain/documents';

export type FrameKind = DocumentTemplate['frame'];

const red = '#b3121b';
const gold = '#b8892b';

/** A corner ornament: two nested Ls of lines (stroked) and a small diamond (filled), mirrored per corner. */
function corner(x: number, y: number, dx: number, dy: number, size: number): { lines: string; diamond: string } {
  const inner = size * 0.55;
  const gap = size * 0.16;
  const d = size * 0.12;
  const cx = x + dx * gap * 1.6;
  const cy = y + dy * gap * 1.6;
  return {
    lines: `M${x} ${y + dy * size}V${y}H${x + dx * size}M${x + dx * gap} ${y + dy * (gap + inner)}V${y + dy * gap}H${x + dx * (gap + inner)}`,
    diamond: `M${cx} ${cy - d}L${cx + d} ${cy}L${cx} ${cy + d}L${cx - d} ${cy}Z`,
  };
}

function corners(w: number, h: number, inset: number, size: number): { lines: string; diamonds: string } {
  const all = [corner(inset, inset, 1, 1, size), corner(w - inset, inset, -1, 1, size), corner(inset, h - inset, 1, -1, size), corner(w - inset, h - inset, -1, -1, size)];
  return { lines: all.map((c) => c.lines).join(''), diamonds: all.map((c) => c.diamond).join('') };
}

/**
 * The frame as inline SVG in millimetres: a few strokes per page. A CSS gradient or a full-page
 * raster would cost Chromium seconds per hundred pages; these cost nothing measurable.
 */
export function frameSvg(kind: FrameKind, widthMm: number, heightMm: number): string {
  if (kind === 'none') return '';
  const w = widthMm;
  const h = heightMm;
  const rect = (inset: number, stroke: number, color: string): string =>
    `<rect x="${inset}" y="${inset}" width="${w - 2 * inset}" height="${h - 2 * inset}" fill="none" stroke="${color}" stroke-width="${stroke}"/>`;
  const open = `<svg class="frame" xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}">`;
  if (kind === 'red-double') {
    const { lines, diamonds } = corners(w, h, 12.5, 16);
    return `${open}${rect(7, 1.6, red)}${rect(9.6, 0.35, red)}<path d="${lines}" fill="none" stroke="${red}" stroke-width="0.6"/><path d="${diamonds}" fill="${red}"/></svg>`;
  }
  const { lines, diamonds } = corners(w, h, 13.5, 24);
  return (
    `${open}${rect(6, 2.2, gold)}${rect(8.8, 0.4, gold)}${rect(10.2, 0.9, red)}` +
    `<path d="${lines}" fill="none" stroke="${gold}" stroke-width="0.9"/><path d="${diamonds}" fill="${gold}"/></svg>`
  );
}
