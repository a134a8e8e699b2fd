import type { Catalog } from '../../i18n/use-messages';

export const signingMessages: Catalog<{
  heading: string;
  none: string;
  makeKey: string;
  rotateKey: string;
  rotateHelp: string;
  keyId: string;
  createdAt: string;
  status: string;
  inUse: string;
  retired: (since: string) => string;
  address: string;
  addressHelp: string;
  addressInvalid: string;
  saveAddress: string;
  failed: string;
}> = {
  'zh-CN': {
    heading: '证书防伪签名',
    none: '尚无签名密钥：颁发的证书和聘书不带防伪二维码。密钥只保存在本机（秘书处），公钥随联盟信息同步。',
    makeKey: '生成签名密钥',
    rotateKey: '更换密钥',
    rotateHelp: '更换后新颁发的文件使用新密钥签名，旧密钥停用但仍可验证以前颁发的文件。',
    keyId: '密钥编号',
    createdAt: '生成时间',
    status: '状态',
    inUse: '使用中',
    retired: (since) => `${since} 起停用`,
    address: '验证页地址',
    addressHelp: '联盟网站上验证页的地址（https://…/verify.html）；填写后二维码为该页链接，手机扫码即可离线验证；不填则二维码只含签名数据。',
    addressInvalid: '请填写以 https:// 开头的网址（不含 #）。',
    saveAddress: '保存地址',
    failed: '操作失败，未做任何更改。',
  },
  en: {
    heading: 'Document signing',
    none: 'No signing key yet: licences and letters are issued without a verification QR code. The key stays on this secretariat desk; its public half syncs with the alliance.',
    makeKey: 'Make a signing key',
    rotateKey: 'Rotate the key',
    rotateHelp: 'New documents are signed with the new key; the old one is retired and still verifies what it signed.',
    keyId: 'Key id',
    createdAt: 'Made',
    status: 'Status',
    inUse: 'In use',
    retired: (since) => `Retired since ${since}`,
    address: 'Verification page address',
    addressHelp: 'Where the alliance publishes its verification page (https://…/verify.html): the QR then links there; left empty, it holds the signed code only.',
    addressInvalid: 'An address starting with https:// (without #).',
    saveAddress: 'Save address',
    failed: 'That did not work; nothing was changed.',
  },
};
