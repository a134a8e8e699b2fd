import type { AttachmentProblem } from '../../db/attachments';
import type { Catalog } from '../../i18n/use-messages';

export const attachmentMessages: Catalog<{
  add: string;
  remove: (name: string) => string;
  removed: (name: string) => string;
  undo: string;
  none: string;
  loading: string;
  missing: string;
  close: string;
  full: (fileName: string, max: number) => string;
  refused: (fileName: string, problem: AttachmentProblem) => string;
  saveFailed: string;
}> = {
  'zh-CN': {
    add: '添加',
    remove: (name) => `移除 ${name}`,
    removed: (name) => `已移除 ${name}`,
    undo: '撤销',
    none: '暂无',
    loading: '正在读取……',
    missing: '本机尚无此文件（待同步）',
    close: '关闭',
    full: (fileName, max) => `${fileName}：最多 ${max} 个文件，未添加`,
    refused: (fileName, problem) =>
      `${fileName}：${{ 'too-large': '文件超过 20 MB，未保存', 'unsupported-type': '只能添加图片（JPG、PNG、GIF、WebP、BMP）或 PDF 扫描件', empty: '文件是空的' }[problem]}`,
    saveFailed: '保存失败，请重试。',
  },
  en: {
    add: 'Add',
    remove: (name) => `Remove ${name}`,
    removed: (name) => `Removed ${name}`,
    undo: 'Undo',
    none: 'None yet',
    loading: 'Loading…',
    missing: 'Not on this device yet (awaiting sync)',
    close: 'Close',
    full: (fileName, max) => `${fileName}: at most ${max} files, not added`,
    refused: (fileName, problem) =>
      `${fileName}: ${{ 'too-large': 'larger than 20 MB, not saved', 'unsupported-type': 'only images (JPG, PNG, GIF, WebP, BMP) or PDF scans can be added', empty: 'the file is empty' }[problem]}`,
    saveFailed: 'Could not save; please try again.',
  },
};
