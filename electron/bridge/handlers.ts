import type { AppInfo } from '../../shared/bridge/app';
import type { SaveAsRequest, SaveAsResult } from '../../shared/bridge/files';
import type { Locale } from '../../shared/i18n/locale';
import type { BridgeHandlers } from './dispatch';

/** The services behind the bridge; each runtime (Electron, browser mode) supplies its own where they differ. */
export interface DeskServices {
  appInfo(): Promise<AppInfo>;
  saveAs(request: SaveAsRequest): Promise<SaveAsResult>;
  setLocale(locale: Locale): void;
}

export function createHandlers(services: DeskServices): BridgeHandlers {
  return {
    app: {
      info: () => services.appInfo(),
      setLocale: ({ locale }) => {
        services.setLocale(locale);
        return Promise.resolve({});
      },
    },
    files: {
      saveAs: (request) => services.saveAs(request),
    },
  };
}
