import { useCallback, useState } from 'react';
import { RecordValidationError } from '../../db/mutate';
import { problemMessages } from '../../i18n/problems';
import { useMessages } from '../../i18n/use-messages';

/**
 * Runs a save and turns a refused record into a message under each field at fault; any other
 * failure is handed to `onOtherError`.
 */
export function useFieldErrors(): {
  errors: Record<string, string>;
  run: <R>(save: () => Promise<R>, onOtherError: (error: unknown) => void) => Promise<R | undefined>;
  clear: () => void;
} {
  const words = useMessages(problemMessages);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = useCallback(
    async <R,>(save: () => Promise<R>, onOtherError: (error: unknown) => void): Promise<R | undefined> => {
      try {
        const result = await save();
        setErrors({});
        return result;
      } catch (error) {
        if (error instanceof RecordValidationError) {
          setErrors(Object.fromEntries(error.issues.map((issue) => [issue.path.split('.')[0] ?? issue.path, words[issue.problem]])));
        } else {
          onOtherError(error);
        }
        return undefined;
      }
    },
    [words],
  );
  return { errors, run, clear: useCallback(() => setErrors({}), []) };
}
