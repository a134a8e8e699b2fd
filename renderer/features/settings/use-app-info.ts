import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/bridge/app';
import { desk } from '../../bridge/desk';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/** What the main process says about this installation (version, data folder, runtime). */
export function useAppInfo(): Loadable<AppInfo> {
  const [info, setInfo] = useState<Loadable<AppInfo>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    desk.app.info({}).then(
      (value) => current && setInfo({ state: 'ready', value }),
      (error: unknown) => current && setInfo({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return info;
}
