import type { DocumentTemplate } from '../domain/documents';
import { escapeHtml } from './escape';
import { pageSizeMm } from './page-size';
import { fontsLink } from './render-html';

export interface CalibrationPageInput {
  template: Pick<DocumentTemplate, 'name' | 'paper' | 'orientation' | 'widthMm' | 'heightMm'>;
  /** The offsets being tried: the marks move by them, as every printout of the template will. */
  offsetMm: { x: number; y: number };
  fontsBaseUrl: string;
  /** Printed on the page so the sheet can be matched to the printer later. */
  printerName: string;
}

/** Where the cross marks are meant to land, from the sheet's top-left corner, in millimetres. */
export const calibrationMarkMm = 30;

function ruler(lengthMm: number, horizontal: boolean): string {
  const ticks: string[] = [];
  const labels: string[] = [];
  for (let at = 0; at <= lengthMm; at += 1) {
    const size = at % 10 === 0 ? 6 : at % 5 === 0 ? 4 : 2;
    ticks.push(horizontal ? `M${at} 0v${size}` : `M0 ${at}h${size}`);
    if (at % 10 === 0 && at > 0) {
      labels.push(horizontal ? `<text x="${at}" y="9.5" text-anchor="middle">${at}</text>` : `<text x="7.5" y="${at + 1}">${at}</text>`);
    }
  }
  return `<path d="${ticks.join('')}" stroke="#000" stroke-width="0.15"/>${labels.join('')}`;
}

function cross(x: number, y: number): string {
  return `<path d="M${x - 8} ${y}h16M${x} ${y - 8}v16" stroke="#c00" stroke-width="0.25"/><circle cx="${x}" cy="${y}" r="3" fill="none" stroke="#c00" stroke-width="0.25"/>`;
}

/**
 * A ruler page for calibrating a printer to a template's paper: millimetre rulers along the top and
 * left edges, a 10 mm grid, and cross marks that should land 30 mm from the edges. The user prints
 * it, measures where the marks really are, and moves the template by the difference. Drawn with
 * the template's offsets, so a second sheet shows whether they are right.
 */
export function renderCalibrationHtml(input: CalibrationPageInput): string {
  const { widthMm: w, heightMm: h } = pageSizeMm(input.template);
  const m = calibrationMarkMm;
  const grid: string[] = [];
  for (let x = 10; x < w; x += 10) grid.push(`M${x} 0V${h}`);
  for (let y = 10; y < h; y += 10) grid.push(`M0 ${y}H${w}`);
  const { x, y } = input.offsetMm;
  const note = `校准页 · ${escapeHtml(input.template.name)} · ${escapeHtml(input.printerName)} · 当前偏移 X ${x} mm，Y ${y} mm`;
  const help = `请用直尺测量左上角红色十字中心到纸张左边和上边的距离（应均为 ${m} mm），并在工作台的校准页面填写测量值。`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}" style="position:absolute;left:${x}mm;top:${y}mm" font-family="'Noto Serif SC'" font-size="3">
<path d="${grid.join('')}" stroke="#bbb" stroke-width="0.1"/>
${ruler(w, true)}<g>${ruler(h, false)}</g>
${cross(m, m)}${cross(w - m, m)}${cross(m, h - m)}${cross(w - m, h - m)}${cross(w / 2, h / 2)}
<text x="${w / 2}" y="${m + 16}" text-anchor="middle" font-size="4.2">${note}</text>
<text x="${w / 2}" y="${m + 23}" text-anchor="middle" font-size="3.6">${escapeHtml(help)}</text>
</svg>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline' 'self' file: app: http://127.0.0.1:* http://localhost:*; font-src 'self' file: app: http://127.0.0.1:* http://localhost:* data:">
<title>校准页</title>
${fontsLink(input.fontsBaseUrl)}
<style>@page{size:${w}mm ${h}mm;margin:0}html,body{margin:0}.page{position:relative;width:${w}mm;height:${h}mm;overflow:hidden}</style>
</head><body><section class="page">${svg}</section></body></html>`;
}

/** The offsets that put the marks where they belong, from where they landed with the current ones. */
export function correctedOffset(current: { x: number; y: number }, measured: { x: number; y: number }): { x: number; y: number } {
  const round = (value: number): number => Math.round(value * 10) / 10;
  return { x: round(current.x + calibrationMarkMm - measured.x), y: round(current.y + calibrationMarkMm - measured.y) };
}
