import { DeskError } from '../../shared/bridge/result';
import { useT } from '../i18n/locale-context';

/** The one place where a failure becomes words for the user, in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) => (error instanceof DeskError ? t.errors[error.code] : t.errors.unexpected);
}
