/**
 * When an agreement counts as "expiring": in force (status active) and its term ends within the
 * next 90 days, today included. One definition for the alliance overview's figure and the
 * agreements list's `expiring=1` filter, so the figure and the list it links to always agree.
 */
export const expiringWindowDays = 90;

/** Today's date on this machine's calendar, as YYYY-MM-DD (not UTC: offices work in local time). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

export function isExpiringSoon(agreement: { status: string; termEnd: string | null }, today: string): boolean {
  const { status, termEnd } = agreement;
  return status === 'active' && termEnd !== null && termEnd >= today && termEnd <= addDays(today, expiringWindowDays);
}
