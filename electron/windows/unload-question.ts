import type { MessageBoxSyncOptions, WebContents } from 'electron';
import type { Locale } from '../../shared/i18n/locale';

/**
 * A form with unsaved changes cancels the window's unload (beforeunload, see the renderer's
 * UnsavedChangesProvider). A browser then asks the user; Electron asks nothing and only keeps the
 * window open, so the window would refuse to close without a word. The main process asks instead.
 */
export function unloadQuestion(locale: Locale): MessageBoxSyncOptions {
  const zh = locale === 'zh-CN';
  return {
    type: 'question',
    buttons: zh ? ['放弃修改并关闭', '继续编辑'] : ['Discard changes and close', 'Keep editing'],
    defaultId: 1,
    cancelId: 1,
    title: zh ? '有未保存的修改' : 'Unsaved changes',
    message: zh ? '这里的修改还没有保存。关闭后，这些修改会丢失。' : 'Your changes here are not saved yet. If you close, they are lost.',
  };
}

/** `leave()` asks and says whether to unload anyway; preventDefault on this event lets the unload go ahead. */
export function askBeforeUnload(contents: Pick<WebContents, 'on'>, leave: () => boolean): void {
  contents.on('will-prevent-unload', (event) => {
    if (leave()) event.preventDefault();
  });
}
