import type { SaveAsResult } from '../../../shared/bridge/files';
import { desk } from '../../bridge/desk';
import { readSetting } from '../../db/settings';
import { isStoragePersisted } from '../../db/storage';

/** Collects what technical support asks for first and hands it to files.saveAs as a JSON file. */
export async function exportDiagnostics(now: Date = new Date()): Promise<SaveAsResult> {
  const [app, deviceId, officeName, locale, persisted, estimate] = await Promise.all([
    desk.app.info({}),
    readSetting('deviceId'),
    readSetting('officeName'),
    readSetting('locale'),
    isStoragePersisted(),
    navigator.storage.estimate(),
  ]);
  const report = {
    generatedAt: now.toISOString(),
    app,
    device: { deviceId, officeName, locale, userAgent: navigator.userAgent, languages: navigator.languages },
    storage: { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null },
  };
  return desk.files.saveAs({
    suggestedName: `alliance-desk-diagnostics-${now.toISOString().slice(0, 10)}.json`,
    bytes: new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`),
    mimeType: 'application/json',
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
}
