import { DeskError } from '../../shared/bridge/result';
import { useT } from '../i18n/locale-context';
import { overflowMessage } from './overflow-message';

/** The one place where a failure becomes words for the user, in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (!(error instanceof DeskError)) return t.errors.unexpected;
    return error.code === 'text-overflow' ? overflowMessage(t, error.details ?? []) : t.errors[error.code];
  };
}
