import { DeskError } from '../../shared/bridge/result';
import { parseOverflowDetail } from '../../shared/documents/fit-text';
import type { Messages } from '../i18n/zh-CN';
import { useT } from '../i18n/locale-context';

const shownOverflows = 5;

/** A refused document names the texts that do not fit, by page and element. */
function overflowMessage(t: Messages, details: readonly string[]): string {
  const overflows = details.flatMap((detail) => parseOverflowDetail(detail) ?? []);
  const named = overflows.slice(0, shownOverflows).map((overflow) => t.errors.overflowAt(overflow.page + 1, overflow.elementId, overflow.lines, overflow.maxLines));
  if (overflows.length > shownOverflows) named.push(t.errors.moreOverflows(overflows.length - shownOverflows));
  return named.length > 0 ? `${t.errors['text-overflow']} ${named.join(t.errors.overflowSeparator)}` : t.errors['text-overflow'];
}

/** The one place where a failure becomes words for the user, in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (!(error instanceof DeskError)) return t.errors.unexpected;
    return error.code === 'text-overflow' ? overflowMessage(t, error.details ?? []) : t.errors[error.code];
  };
}
