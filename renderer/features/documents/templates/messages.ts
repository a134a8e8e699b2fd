import type { Catalog } from '../../../i18n/use-messages';

export const editorMessages: Catalog<{
  newTitle: string;
  builtInNotice: string;
  copy: string;
  save: string;
  saved: string;
  saveFailed: string;
  invalid: (paths: string) => string;
  notFound: string;
  backToList: string;
  pageHeading: string;
  name: string;
  kind: string;
  alliance: string;
  allAlliances: string;
  paper: string;
  orientation: string;
  widthMm: string;
  heightMm: string;
  frame: string;
  frames: Record<'none' | 'red-double' | 'gold-ornate', string>;
  background: string;
  backgroundMode: string;
  backgroundHelp: string;
  uploadBackground: string;
  removeBackground: string;
  elementsHeading: string;
  addText: string;
  addImage: string;
  remove: string;
  moveUp: string;
  moveDown: string;
  imageSources: { logo: string; seal: string; signature: string; upload: string };
  qrElement: string;
  qrSizeMm: string;
  qrHelp: string;
  content: string;
  contentHelp: string;
  insertField: string;
  font: string;
  sizePt: string;
  bold: string;
  rotated: string;
  color: string;
  align: string;
  aligns: Record<'left' | 'center' | 'right' | 'justify', string>;
  letterSpacing: string;
  lineHeight: string;
  indentMm: string;
  maxLines: string;
  minSizePt: string;
  fitHelp: string;
  boxHeight: (millimetres: string) => string;
  xMm: string;
  yMm: string;
  elementWidthMm: string;
  elementHeightMm: string;
  opacity: string;
  source: string;
  uploadImage: string;
  uploadFailed: string;
  previewHeading: string;
  previewHelp: string;
  dragHandle: string;
  position: (x: number, y: number) => string;
  newText: string;
  emptyElement: string;
}> = {
  'zh-CN': {
    newTitle: '新建模板',
    builtInNotice: '内置模板不能直接修改。复制一份后即可调整文字、位置和纸张，适配本联盟的预印纸张。',
    copy: '复制修改',
    save: '保存模板',
    saved: '模板已保存',
    saveFailed: '保存失败，未做任何更改。',
    invalid: (paths) => `有数值不符合要求：${paths}`,
    notFound: '找不到这个模板。',
    backToList: '返回证书与聘书',
    pageHeading: '纸张与版式',
    name: '模板名称',
    kind: '文书类型',
    alliance: '适用联盟',
    allAlliances: '所有联盟',
    paper: '纸张',
    orientation: '方向',
    widthMm: '宽（毫米）',
    heightMm: '高（毫米）',
    frame: '边框',
    frames: { none: '无', 'red-double': '红色双线', 'gold-ornate': '金色花边' },
    background: '底图（预印纸张扫描件）',
    backgroundMode: '底图用途',
    backgroundHelp: '“仅预览”用于已印好花边的证书纸：底图只在预览中显示，方便对位，打印时不输出。',
    uploadBackground: '上传底图',
    removeBackground: '移除底图',
    elementsHeading: '内容元素',
    addText: '添加文字',
    addImage: '添加图片',
    remove: '删除',
    moveUp: '上移',
    moveDown: '下移',
    imageSources: { logo: '联盟标志', seal: '联盟印章', signature: '联盟负责人签名', upload: '上传的图片' },
    qrElement: '防伪验证二维码',
    qrSizeMm: '边长（毫米，含留白）',
    qrHelp: '颁发时由联盟签名密钥签名，内容与证书文字一致；扫码即可离线验证真伪。边长不宜小于 25 毫米。',
    content: '文字内容',
    contentHelp: '可混合固定文字和字段，如：兹聘请{recipientName}为{body}{position}',
    insertField: '插入字段',
    font: '字体',
    sizePt: '字号（磅）',
    bold: '加粗',
    rotated: '倒置 180°（桌签对折后的另一面）',
    color: '颜色',
    align: '对齐',
    aligns: { left: '左对齐', center: '居中', right: '右对齐', justify: '两端对齐' },
    letterSpacing: '字间距（em）',
    lineHeight: '行高',
    indentMm: '首行缩进（毫米）',
    maxLines: '最多行数',
    minSizePt: '最小字号（磅）',
    boxHeight: (millimetres) => `框高 ${millimetres} mm。`,
    fitHelp: '文字先在宽度内换行，行数超过“最多行数”时缩小字号，最小到“最小字号”；仍放不下的不能签发。留出的高度为 最多行数 × 行高 × 字号，不要压到下面的元素。',
    xMm: '左边距（毫米）',
    yMm: '上边距（毫米）',
    elementWidthMm: '宽（毫米）',
    elementHeightMm: '高（毫米）',
    opacity: '不透明度',
    source: '图片',
    uploadImage: '上传图片',
    uploadFailed: '图片未能保存（仅支持 PNG、JPEG、GIF、WebP，20 MB 以内）。',
    previewHeading: '预览（示例数据）',
    previewHelp: '与打印和导出的 PDF 使用同一份版面。可直接拖动虚线框移动所选元素。',
    dragHandle: '拖动以移动所选元素',
    position: (x, y) => `左 ${x} mm · 上 ${y} mm`,
    newText: '新文字',
    emptyElement: '（空）',
  },
  en: {
    newTitle: 'New template',
    builtInNotice: 'Built-in templates cannot be changed. Copy one to adjust its texts, positions and paper to your pre-printed stock.',
    copy: 'Copy to customise',
    save: 'Save template',
    saved: 'Template saved',
    saveFailed: 'Could not save; nothing was changed.',
    invalid: (paths) => `Some values are out of range: ${paths}`,
    notFound: 'This template does not exist.',
    backToList: 'Back to Documents',
    pageHeading: 'Paper and layout',
    name: 'Name',
    kind: 'Kind',
    alliance: 'Alliance',
    allAlliances: 'All alliances',
    paper: 'Paper',
    orientation: 'Orientation',
    widthMm: 'Width (mm)',
    heightMm: 'Height (mm)',
    frame: 'Frame',
    frames: { none: 'None', 'red-double': 'Red double line', 'gold-ornate': 'Gold ornament' },
    background: 'Background (a scan of the pre-printed paper)',
    backgroundMode: 'Background is',
    backgroundHelp: '“Preview only” is for stock with a printed border: the scan shows in the preview to place the text, and is not printed.',
    uploadBackground: 'Upload a background',
    removeBackground: 'Remove the background',
    elementsHeading: 'Elements',
    addText: 'Add text',
    addImage: 'Add image',
    remove: 'Remove',
    moveUp: 'Up',
    moveDown: 'Down',
    imageSources: { logo: 'Alliance logo', seal: 'Alliance seal', signature: 'Alliance signature', upload: 'An uploaded image' },
    qrElement: 'Verification QR code',
    qrSizeMm: 'Side (mm, margin included)',
    qrHelp: 'Signed with the alliance key at issuing, saying what the document’s text says; anyone can verify it offline by scanning. Keep it at least 25 mm.',
    content: 'Text',
    contentHelp: 'Free text and fields, e.g. 兹聘请{recipientName}为{body}{position}',
    insertField: 'Insert a field',
    font: 'Font',
    sizePt: 'Size (pt)',
    bold: 'Bold',
    rotated: 'Upside down (the far side of a folded table card)',
    color: 'Colour',
    align: 'Alignment',
    aligns: { left: 'Left', center: 'Centre', right: 'Right', justify: 'Justify' },
    letterSpacing: 'Letter spacing (em)',
    lineHeight: 'Line height',
    indentMm: 'First-line indent (mm)',
    maxLines: 'Most lines',
    minSizePt: 'Smallest size (pt)',
    boxHeight: (millimetres) => `Box height ${millimetres} mm.`,
    fitHelp: 'Text wraps within the width; if it needs more lines than “Most lines”, it shrinks, down to “Smallest size”; what still does not fit cannot be issued. Its box is most lines × line height × size high: keep it clear of the element below.',
    xMm: 'From left (mm)',
    yMm: 'From top (mm)',
    elementWidthMm: 'Width (mm)',
    elementHeightMm: 'Height (mm)',
    opacity: 'Opacity',
    source: 'Image',
    uploadImage: 'Upload an image',
    uploadFailed: 'The image was not stored (PNG, JPEG, GIF or WebP up to 20 MB only).',
    previewHeading: 'Preview (sample data)',
    previewHelp: 'The same layout as the print and the exported PDF. Drag the dashed frame to move the selected element.',
    dragHandle: 'Drag to move the selected element',
    position: (x, y) => `${x} mm from left · ${y} mm from top`,
    newText: 'New text',
    emptyElement: '(empty)',
  },
};
