const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1–31 as written on certificates: 十, 十一, 二十, 二十一, 三十一. */
function chineseNumber(value: number): string {
  if (value < 10) return digits[value] ?? '';
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${ones === 0 ? '' : (digits[ones] ?? '')}`;
}

function parseIso(iso: string): { year: string; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { year, month: m, day: d } : undefined;
}

/**
 * The date as Chinese certificates and official documents write it: the year digit by digit with
 * 〇 for zero (二〇二六年), month and day as numbers (十一月, 二十一日). `day: false` leaves the day
 * out (二〇二六年十一月), as licences usually do. Returns undefined for anything but YYYY-MM-DD.
 */
export function chineseDate(iso: string, options: { day?: boolean } = {}): string | undefined {
  const parsed = parseIso(iso);
  if (!parsed) return undefined;
  const year = parsed.year.replace(/\d/g, (digit) => digits[Number(digit)] ?? '');
  const month = `${year}年${chineseNumber(parsed.month)}月`;
  return options.day === false ? month : `${month}${chineseNumber(parsed.day)}日`;
}
