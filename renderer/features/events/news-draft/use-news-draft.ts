import { useEffect, useState } from 'react';
import type { EventRecord } from '../../../../shared/domain/records';
import type { Locale } from '../../../../shared/i18n/locale';
import type { NewsDraft } from '../../../../shared/reports/news-draft';
import { newsDraft } from '../../../../shared/reports/news-draft';
import { readNewsInput } from './read-news-input';

/** The event's news draft while the dialog is open, read from the registry when it opens. */
export function useNewsDraft(event: EventRecord, locale: Locale, open: boolean): { draft: NewsDraft | undefined; failed: boolean } {
  const [state, setState] = useState<{ draft: NewsDraft | undefined; failed: boolean }>({ draft: undefined, failed: false });
  useEffect(() => {
    if (!open) return undefined;
    let current = true;
    readNewsInput(event, locale).then(
      (input) => current && setState({ draft: newsDraft(input), failed: false }),
      () => current && setState({ draft: undefined, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [event, locale, open]);
  return state;
}
