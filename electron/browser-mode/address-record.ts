import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The browser keeps the registry per address (IndexedDB belongs to the origin), so browser mode
 * started on another port opens an empty registry although nothing is lost. The data folder
 * remembers the addresses it was served on, and a start on another address than the last one
 * says where the registry is.
 */

export const addressFileName = 'browser-mode-addresses.json';

export interface AddressUse {
  origin: string;
  lastStartedAt: string;
}

/** Most recent first; a missing or damaged file reads as none. */
export function readAddressUses(dataDir: string): AddressUse[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, addressFileName), 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((use): use is AddressUse => typeof (use as AddressUse).origin === 'string' && typeof (use as AddressUse).lastStartedAt === 'string');
  } catch {
    return [];
  }
}

/** The uses with this start first (kept to the last ten addresses). */
export function withAddressUse(uses: readonly AddressUse[], origin: string, at: Date): AddressUse[] {
  return [{ origin, lastStartedAt: at.toISOString() }, ...uses.filter((use) => use.origin !== origin)].slice(0, 10);
}

/** False where the folder cannot be written: browser mode still starts, it only cannot tell a later start where it ran. */
export function writeAddressUses(dataDir: string, uses: readonly AddressUse[]): boolean {
  try {
    writeFileSync(join(dataDir, addressFileName), `${JSON.stringify(uses, null, 2)}\n`, { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}

function portOf(origin: string): string {
  try {
    return new URL(origin).port;
  } catch {
    return '';
  }
}

/** The address the folder was last used with, when this start's is another; undefined on a first start and on the same address. */
export function registryElsewhere(uses: readonly AddressUse[], origin: string): AddressUse | undefined {
  const last = uses[0];
  return last && last.origin !== origin ? last : undefined;
}

/** What the terminal tells the user then: where the registry is and how to get back to it, in Chinese then English. */
export function addressNote(last: AddressUse, origin: string): string {
  const port = portOf(last.origin);
  const again = port ? `npm start -- --browser --port ${port}` : '';
  return [
    `注意：这个数据文件夹上次在 ${last.origin} 使用（${last.lastStartedAt}）。浏览器按地址分别保存登记册，本次地址 ${origin} 下看到的是另一份登记册，可能是空的——原来的数据没有丢失，仍在 ${last.origin} 下。${again ? `要打开原来的登记册，请停止本进程并运行：${again}` : ''}`,
    `Note: this data folder was last used at ${last.origin} (${last.lastStartedAt}). The browser keeps the registry per address, so ${origin} shows another registry, possibly empty — nothing is lost: your registry is still at ${last.origin}.${again ? ` To open it, stop this process and run: ${again}` : ''}`,
  ].join('\n');
}
