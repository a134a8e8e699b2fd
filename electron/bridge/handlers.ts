import type { AppInfo } from '../../shared/bridge/app';
import type { SaveAsRequest, SaveAsResult } from '../../shared/bridge/files';
import type { Locale } from '../../shared/i18n/locale';
import type { DocumentsService } from '../documents/documents-service';
import type { BackupStore } from '../services/backup-store';
import type { SigningService } from '../services/signing';
import type { SyncService } from '../services/sync-client';
import type { BridgeHandlers } from './dispatch';

/** The services behind the bridge; each runtime (Electron, browser mode) supplies its own where they differ. */
export interface DeskServices {
  appInfo(): Promise<AppInfo>;
  saveAs(request: SaveAsRequest): Promise<SaveAsResult>;
  setLocale(locale: Locale): void;
  /** Rendering documents to PDF, exporting and printing them (electron/documents). */
  documents: DocumentsService;
  /** Requests to the sync server with this device's token, which never leaves the main process. */
  sync: SyncService;
  backups: BackupStore;
  /** The alliance's signing keys, whose private halves never leave the main process (but under a passphrase). */
  signing: SigningService;
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
    documents: {
      exportPdf: (request) => services.documents.exportPdf(request),
      exportPdfFiles: (request) => services.documents.exportPdfFiles(request),
      print: (request) => services.documents.print(request),
      listPrinters: () => services.documents.listPrinters(),
      progress: (request) => services.documents.progress(request),
    },
    sync: {
      status: () => services.sync.status(),
      enrol: (request) => services.sync.enrol(request),
      forget: () => services.sync.forget(),
      push: (request) => services.sync.push(request),
      pull: (request) => services.sync.pull(request),
      hasAttachment: (request) => services.sync.hasAttachment(request),
      putAttachment: (request) => services.sync.putAttachment(request),
      getAttachment: (request) => services.sync.getAttachment(request),
    },
    backup: {
      storeAutomatic: ({ bytes }) => services.backups.storeAutomatic(bytes),
      listAutomatic: async () => ({ backups: await services.backups.listAutomatic() }),
      readAutomatic: async ({ name }) => ({ bytes: await services.backups.readAutomatic(name) }),
    },
    verification: {
      makeKey: () => services.signing.makeKey(),
      sign: async ({ keyId, documents }) => ({ codes: await services.signing.sign(keyId, documents) }),
      exportKey: async ({ keyId, passphrase }) => ({ file: await services.signing.exportKey(keyId, passphrase) }),
      importKey: ({ file, passphrase }) => services.signing.importKey(file, passphrase),
    },
  };
}
