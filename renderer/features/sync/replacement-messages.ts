import type { Catalog } from '../../i18n/use-messages';

interface ReplacementMessages {
  heading: string;
  intro: string;
  /** 「你的修改已被 丽水职高办公室 的修改替换」 */
  replaced: (office: string) => string;
  values: (mine: string, theirs: string) => string;
  keepMine: string;
  kept: string;
  keepFailed: string;
  notAllowed: string;
  deletedRecord: string;
}

export const replacementMessages: Catalog<ReplacementMessages> = {
  'zh-CN': {
    heading: '被替换的修改',
    intro: '两个办公室修改了同一项内容时，以较晚的修改为准。以下是本机的修改被其他办公室替换的地方；需要时可以保留本机的内容，它会作为新的修改同步给所有办公室。',
    replaced: (office) => `你的修改已被 ${office} 的修改替换`,
    values: (mine, theirs) => `本机：${mine} → 现在：${theirs}`,
    keepMine: '保留我的',
    kept: '已保留本机的内容，下次同步时送达其他办公室。',
    keepFailed: '未能保留本机的内容，记录没有改动。',
    notAllowed: '本机的角色不允许修改这项内容，无法保留。',
    deletedRecord: '（已删除的记录）',
  },
  en: {
    heading: 'Replaced changes',
    intro: 'When two offices change the same item, the later change wins. Here is where another office’s change replaced one made on this computer; you can keep this computer’s value, which syncs to every office as a new change.',
    replaced: (office) => `Your change was replaced by a change from ${office}`,
    values: (mine, theirs) => `This computer: ${mine} → now: ${theirs}`,
    keepMine: 'Keep mine',
    kept: 'This computer’s value is kept; the next sync delivers it to the other offices.',
    keepFailed: 'Could not keep this computer’s value; the record is unchanged.',
    notAllowed: 'This computer’s role does not allow changing this item, so it cannot be kept.',
    deletedRecord: '(deleted record)',
  },
};
