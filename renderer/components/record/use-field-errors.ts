import { useCallback, useState } from 'react';
import { RecordValidationError } from '../../db/mutate';
import { useLocale } from '../../i18n/locale-context';
import { wordProblem } from '../../i18n/problems';

/**
 * Runs a save and turns a refused record into a message under each field at fault; any other
 * failure is handed to `onOtherError`.
 */
export function useFieldErrors(): {
  errors: Record<string, string>;
  run: <R>(save: () => Promise<R>, onOtherError: (error: unknown) => void) => Promise<R | undefined>;
  clear: () => void;
} {
  const { locale } = useLocale();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = useCallback(
    async <R,>(save: () => Promise<R>, onOtherError: (error: unknown) => void): Promise<R | undefined> => {
      try {
        const result = await save();
        setErrors({});
        return result;
      } catch (error) {
        if (error instanceof RecordValidationError) {
          setErrors(Object.fromEntries(error.issues.map((issue) => [issue.path.split('.')[0] ?? issue.path, wordProblem(locale, issue)])));
        } else {
          onOtherError(error);
        }
        return undefined;
      }
    },
    [locale],
  );
  return { errors, run, clear: useCallback(() => setErrors({}), []) };
}
