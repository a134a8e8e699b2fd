import type { Catalog } from '../../../i18n/use-messages';

export const officeSetupMessages: Catalog<{
  title: string;
  intro: string;
  officeCode: string;
  firstNumber: (kind: string, number: string) => string;
  required: string;
  invalid: string;
  usedElsewhere: (code: string, number: string) => string;
  issuerName: string;
  issuerHelp: string;
  imagesHeading: string;
  imagesHelp: string;
  logo: string;
  seal: string;
  signature: string;
  cancel: string;
  save: string;
  saving: string;
  failed: string;
  neededAlert: string;
  openSetup: string;
  setUpAndIssue: string;
}> = {
  'zh-CN': {
    title: '首次签发前的办公室设置',
    intro: '证书编号一经签发即不可更改。本机为该联盟签发第一份证书前，请确认本办公室的代码和落款信息；各办公室代码不同，离线签发的编号才不会重复。',
    officeCode: '本办公室代码',
    firstNumber: (kind, number) => `1–4 个英文字母。本机签发的第一份${kind}编号为 ${number}`,
    required: '请填写办公室代码',
    invalid: '只能是 1–4 个英文字母',
    usedElsewhere: (code, number) => `代码 ${code} 已被另一台电脑使用（如编号 ${number}）：两台电脑用同一代码会签出重复的编号，请另选一个。`,
    issuerName: '落款单位',
    issuerHelp: '印在证书和聘书的落款处，默认为联盟名称',
    imagesHeading: '印章、标志和签名（可选）',
    imagesHelp: '扫描图片印在模板留出的位置；没有印章图片时，打印后手工盖章。也可以稍后在联盟信息中补充。',
    logo: '联盟标志',
    seal: '联盟印章',
    signature: '负责人签名',
    cancel: '取消',
    save: '保存设置',
    saving: '正在保存…',
    failed: '保存失败，未做任何更改，请重试。',
    neededAlert: '本机尚未为该联盟签发过证书：签发前请先完成办公室设置（办公室代码、落款单位和印章），编号在设置后分配。',
    openSetup: '办公室设置',
    setUpAndIssue: '设置办公室后签发',
  },
  en: {
    title: 'Set up this office before its first document',
    intro: 'Document numbers are permanent. Before this computer issues its first document for this alliance, confirm this office’s code and what the documents print as issuer; each office needs its own code, so numbers issued offline never repeat.',
    officeCode: 'Office code',
    firstNumber: (kind, number) => `One to four letters. The first ${kind} this computer issues will be numbered ${number}`,
    required: 'Enter an office code',
    invalid: 'One to four letters only',
    usedElsewhere: (code, number) => `Another computer already uses the code ${code} (e.g. ${number}): two computers with one code would issue the same numbers. Choose another.`,
    issuerName: 'Issuer',
    issuerHelp: 'Printed as the issuer of licences and letters; the alliance’s name unless changed',
    imagesHeading: 'Seal, logo and signature (optional)',
    imagesHelp: 'Scans are printed where the template places them; without a seal scan, stamp the printouts by hand. They can also be added later in the alliance’s details.',
    logo: 'Alliance logo',
    seal: 'Alliance seal',
    signature: 'Signature',
    cancel: 'Cancel',
    save: 'Save set-up',
    saving: 'Saving…',
    failed: 'Could not save; nothing was changed. Please try again.',
    neededAlert: 'This computer has not issued documents for this alliance yet: set up this office (its code, the issuer and the seal) first; numbers are given after the set-up.',
    openSetup: 'Set up office',
    setUpAndIssue: 'Set up office to issue',
  },
};
