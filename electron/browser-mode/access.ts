import { timingSafeEqual } from 'node:crypto';

export const secretCookie = 'desk_secret';

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only the loopback names under our own port: a DNS-rebound name pointing here is refused. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export const lockedPage = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>产教联盟工作台 Alliance Desk</title>
<body style="font-family:sans-serif;margin:3em;line-height:1.6">
<h1>请使用启动时显示的地址打开产教联盟工作台</h1>
<p>为保护数据，浏览器模式只接受带有本次启动密钥的地址。请复制 <code>npm start</code> 在终端中打印的完整地址。</p>
<h1 lang="en">Open Alliance Desk with the address printed at start</h1>
<p lang="en">To protect your data, browser mode only accepts the address carrying this start's secret. Copy the full address that <code>npm start</code> printed in the terminal.</p>
</body></html>`;
