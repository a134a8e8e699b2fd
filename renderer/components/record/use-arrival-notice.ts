import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A confirmation handed over by the screen that navigated here (e.g. "created" from the new-record
 * form). It is taken out of the history entry at once, so a reload or Back does not repeat it.
 */
export function useArrivalNotice(): [string | undefined, (message: string | undefined) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const [message, setMessage] = useState(typeof notice === 'string' ? notice : undefined);
  useEffect(() => {
    if (notice !== undefined) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [notice, navigate, location.pathname, location.search]);
  return [message, setMessage];
}
