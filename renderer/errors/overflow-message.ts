import { parseOverflowDetail } from '../../shared/documents/fit-text';
import type { Messages } from '../i18n/zh-CN';

const shownOverflows = 5;

/** A refused document ('text-overflow') names the texts that do not fit, by page (from 1) and element. */
export function overflowMessage(t: Messages, details: readonly string[]): string {
  const overflows = details.flatMap((detail) => parseOverflowDetail(detail) ?? []);
  const named = overflows.slice(0, shownOverflows).map((overflow) => t.errors.overflowAt(overflow.page + 1, overflow.elementId, overflow.lines, overflow.maxLines));
  if (overflows.length > shownOverflows) named.push(t.errors.moreOverflows(overflows.length - shownOverflows));
  return named.length > 0 ? `${t.errors['text-overflow']} ${named.join(t.errors.overflowSeparator)}` : t.errors['text-overflow'];
}
