import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { askBeforeUnload, unloadQuestion } from './unload-question';

function unloadBlocked(contents: EventEmitter): boolean {
  let unloads = false;
  contents.emit('will-prevent-unload', { preventDefault: () => (unloads = true) });
  return unloads;
}

describe('closing the window over unsaved changes', () => {
  it('asks, and closes only when the user chooses to discard', () => {
    const contents = new EventEmitter();
    const answers = [0, 1];
    askBeforeUnload(contents as unknown as Pick<WebContents, 'on'>, () => answers.shift() === 0);
    expect(unloadBlocked(contents)).toBe(true);
    expect(unloadBlocked(contents)).toBe(false);
  });

  it('asks in the interface language, keeping the changes by default', () => {
    const zh = unloadQuestion('zh-CN');
    expect(zh.buttons).toEqual(['放弃修改并关闭', '继续编辑']);
    expect(zh.cancelId).toBe(1);
    expect(zh.defaultId).toBe(1);
    expect(unloadQuestion('en').title).toBe('Unsaved changes');
  });
});
