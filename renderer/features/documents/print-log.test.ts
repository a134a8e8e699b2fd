import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { officeCodeFromDeviceId } from '../../../shared/documents/numbering';
import { DeskDatabase } from '../../db/database';
import { ensureDeviceId, writeSetting } from '../../db/settings';
import { joinPath, logExports, logPrint } from './print-log';
import { outputsByDocument, outputsOf, waitingToPrint } from './print-status';

const waitingCount = (documents: { id: string }[], outputs: ReturnType<typeof outputsByDocument>) => waitingToPrint(documents, outputs).length;

let counter = 0;
const opened: DeskDatabase[] = [];
function fresh(): DeskDatabase {
  counter += 1;
  const db = new DeskDatabase(`desk-print-log-${counter}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const allianceId = uuidv7();
const school = { id: uuidv7(), allianceId };
const sibot = { id: uuidv7(), allianceId };
const at = Date.UTC(2026, 10, 12, 9, 30);

describe('the print log', () => {
  it('logs a print with its printer, copies, time and office, queued for sync', async () => {
    const db = fresh();
    await writeSetting('officeCode', 'KQ', db);
    await logPrint(school, { route: 'spooler', printer: 'Alliance_Desk_PDF', copies: 2, jobId: 'Alliance_Desk_PDF-12' }, db, () => at);
    const [entry] = await db.recordTable('printLog').toArray();
    expect(entry).toMatchObject({ documentId: school.id, allianceId, action: 'print', route: 'spooler', printer: 'Alliance_Desk_PDF', copies: 2, jobId: 'Alliance_Desk_PDF-12', at: new Date(at).toISOString(), officeCode: 'KQ', deviceId: await ensureDeviceId(db) });
    const outbox = await db.outbox.toArray();
    expect(outbox.flatMap((row) => row.changes.map((change) => change.table))).toEqual(['printLog']);
  });

  it('names the office by the code derived from the device id until one is set', async () => {
    const db = fresh();
    await logPrint(school, { route: 'browser-dialog', printer: '', copies: 1 }, db, () => at);
    const [entry] = await db.recordTable('printLog').toArray();
    expect(entry?.officeCode).toBe(officeCodeFromDeviceId(await ensureDeviceId(db)));
  });

  it('logs the export of a batch apart from its prints, one entry per document in one write, and the queue still waits for both', async () => {
    const db = fresh();
    const folder = '/home/秘书处/证书/2026年丽水产教融合共同体成立大会';
    const names = ['LSZZ-2026-KQ001-丽水市职业高级中学.pdf', 'LSZZ-2026-KQ002-丽水思博特精密制造有限公司.pdf'];
    await logExports([school, sibot], 'folder', (index) => joinPath(folder, names[index] ?? ''), db, () => at);
    expect(await db.outbox.count()).toBe(1);
    const entries = await db.recordTable('printLog').toArray();
    expect(entries.map((entry) => [entry.action, entry.exportTarget, entry.exportedTo])).toEqual(
      expect.arrayContaining([
        ['export', 'folder', `${folder}/${names[0] ?? ''}`],
        ['export', 'folder', `${folder}/${names[1] ?? ''}`],
      ]),
    );
    expect(waitingCount([school, sibot], outputsByDocument(entries))).toBe(2);

    await logPrint(sibot, { route: 'spooler', printer: 'Alliance_Desk_PDF', copies: 1 }, db, () => at + 1000);
    const outputs = outputsByDocument(await db.recordTable('printLog').toArray());
    expect(waitingCount([school, sibot], outputs)).toBe(1);
    expect(outputsOf(outputs, sibot.id)).toMatchObject({ prints: 1, exports: 1 });
  });

  it('joins a folder and a file name with the folder’s own separator', () => {
    expect(joinPath('C:\\Users\\秘书处\\证书', 'a.pdf')).toBe('C:\\Users\\秘书处\\证书\\a.pdf');
    expect(joinPath('/tmp/证书/', 'a.pdf')).toBe('/tmp/证书/a.pdf');
  });
});
