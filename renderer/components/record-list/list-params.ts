import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's search, filters and sort live in the URL (`?q=…&kind=…&sort=name`), so a figure on
 * the overview can link to exactly the filtered list it counts, and Back restores the list.
 */
export function useListParams(): {
  params: URLSearchParams;
  get: (name: string) => string;
  set: (name: string, value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (name: string, value: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === '') next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { params, get: (name) => params.get(name) ?? '', set };
}
