import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter(Boolean);
}

describe('application menu', () => {
  it('speaks Chinese or English with the same items', () => {
    const zh = buildMenuTemplate('zh-CN', { showAbout: vi.fn() });
    const en = buildMenuTemplate('en', { showAbout: vi.fn() });
    expect(labels(zh).slice(0, 5)).toEqual(['文件', '退出', '编辑', '撤销', '重做']);
    expect(labels(en).slice(0, 5)).toEqual(['File', 'Quit', 'Edit', 'Undo', 'Redo']);
    expect(labels(zh)).toHaveLength(labels(en).length);
    expect(labels(zh)).toContain('关于产教联盟工作台');
  });

  it('opens About from the Help menu', () => {
    const showAbout = vi.fn();
    const help = buildMenuTemplate('en', { showAbout }).at(-1);
    const about = Array.isArray(help?.submenu) ? help.submenu[0] : undefined;
    // Electron passes the item, window and event; the About action uses none of them.
    (about?.click as (() => void) | undefined)?.();
    expect(showAbout).toHaveBeenCalledOnce();
  });
});
