import { describe, expect, it } from 'vitest';
import type { PrintLogEntry } from '../../../shared/domain/print-log';
import { isPrinted, noOutputs, outputsByDocument, outputsOf, waitingToPrint } from './print-status';

const waitingCount = (documents: { id: string }[], outputs: ReturnType<typeof outputsByDocument>) => waitingToPrint(documents, outputs).length;

type Entry = Pick<PrintLogEntry, 'documentId' | 'action' | 'copies' | 'at' | 'deleted'>;
const entry = (documentId: string, action: Entry['action'], at: string, copies = 1, deleted = false): Entry => ({ documentId, action, copies, at, deleted });

describe('the print status of issued documents', () => {
  it('counts prints and exports apart, with the copies printed', () => {
    const outputs = outputsByDocument([
      entry('a', 'export', '2026-11-12T08:00:00.000Z'),
      entry('a', 'print', '2026-11-12T09:00:00.000Z', 2),
      entry('a', 'print', '2026-11-12T09:05:00.000Z'),
      entry('b', 'export', '2026-11-12T08:00:00.000Z'),
      entry('b', 'export', '2026-11-12T08:10:00.000Z'),
    ]);
    expect(outputsOf(outputs, 'a')).toEqual({ prints: 2, copies: 3, exports: 1, earlier: 0, lastAt: '2026-11-12T09:05:00.000Z' });
    expect(outputsOf(outputs, 'b')).toEqual({ prints: 0, copies: 0, exports: 2, earlier: 0, lastAt: '2026-11-12T08:10:00.000Z' });
    expect(outputsOf(outputs, 'c')).toBe(noOutputs);
  });

  it('reads an exported document as not printed, and so does an old count that mixed the two', () => {
    const outputs = outputsByDocument([entry('a', 'export', '2026-11-12T08:00:00.000Z'), entry('b', 'earlier', '2026-11-01T08:00:00.000Z', 3)]);
    expect(isPrinted(outputsOf(outputs, 'a'))).toBe(false);
    expect(outputsOf(outputs, 'b')).toMatchObject({ prints: 0, earlier: 3 });
    expect(isPrinted(outputsOf(outputs, 'b'))).toBe(false);
  });

  it('leaves out deleted entries', () => {
    const outputs = outputsByDocument([entry('a', 'print', '2026-11-12T09:00:00.000Z', 1, true)]);
    expect(isPrinted(outputsOf(outputs, 'a'))).toBe(false);
  });

  it('counts the queue’s documents still to print: an export leaves the count, a print lowers it', () => {
    const documents = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const log: Entry[] = [];
    expect(waitingCount(documents, outputsByDocument(log))).toBe(3);
    log.push(entry('a', 'export', '2026-11-12T08:00:00.000Z'), entry('b', 'export', '2026-11-12T08:00:00.000Z'), entry('c', 'export', '2026-11-12T08:00:00.000Z'));
    expect(waitingCount(documents, outputsByDocument(log))).toBe(3);
    log.push(entry('b', 'print', '2026-11-12T09:00:00.000Z'));
    expect(waitingCount(documents, outputsByDocument(log))).toBe(2);
    // A row printed in this run leaves at once, before the log's write is read back.
    expect(waitingToPrint(documents, outputsByDocument(log), new Set(['a'])).map((document) => document.id)).toEqual(['c']);
  });
});
