import { describe, expect, it } from 'vitest';
import { deletedIds, queueDocuments } from './queue-documents';

const doc = (number: string, recipientId: string, revoked = false, deleted = false) => ({ number, recipientId, revoked, deleted });

describe('which documents the print queue holds', () => {
  it('leaves out revoked and deleted documents and those whose recipient was deleted', () => {
    const units = [
      { id: 'school', deleted: false },
      { id: 'gone', deleted: true },
    ];
    const people = [{ id: 'ouyang', deleted: true }];
    const queue = queueDocuments(
      [doc('LSZZ-2026-KQ001', 'school'), doc('LSZZ-2026-KQ002', 'gone'), doc('LSZZ-2026-KQ003', 'school', true), doc('LSZZ-2026-KQ004', 'school', false, true), doc('LSZZ-2026-KQ005', 'ouyang')],
      deletedIds(units, people),
    );
    expect(queue.map((document) => document.number)).toEqual(['LSZZ-2026-KQ001']);
  });

  it('takes a document back when its recipient is restored', () => {
    const documents = [doc('LSZZ-2026-KQ002', 'gone')];
    expect(queueDocuments(documents, deletedIds([{ id: 'gone', deleted: true }]))).toHaveLength(0);
    expect(queueDocuments(documents, deletedIds([{ id: 'gone', deleted: false }]))).toHaveLength(1);
  });
});
