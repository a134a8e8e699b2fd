/** `LSZZ-2026-KQ017-丽水市职业高级中学.pdf`: what a folder of exported documents sorts and reads by. */
export function documentFileName(number: string, recipientName: string): string {
  const safe = (text: string): string =>
    text
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
      .replace(/\s+/g, ' ')
      .trim();
  return `${safe(number)}-${safe(recipientName)}`.slice(0, 190) + '.pdf';
}
