import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../shared/bridge/result';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { RowState } from './print-job';
import { printInOrder } from './print-job';

const doc = (id: string): IssuedDocument => ({ id, number: `N-${id}` }) as IssuedDocument;
const choice = { mode: 'silent' as const, printer: 'AllianceDeskPDF', copies: 1 };

describe('printing a queue in order', () => {
  it('prints each document and counts it once the spooler took it', async () => {
    const counted: string[] = [];
    const states: string[] = [];
    const run = await printInOrder([doc('a'), doc('b')], choice, {
      print: () => Promise.resolve({ outcome: 'sent', printer: 'AllianceDeskPDF', pages: 1 }),
      countPrints: (ids) => {
        counted.push(...ids);
        return Promise.resolve();
      },
      onState: (id, state: RowState) => states.push(`${id}:${state.state}`),
    });
    expect(run).toEqual({ outcome: 'done', printed: 2 });
    expect(counted).toEqual(['a', 'b']);
    expect(states).toEqual(['a:printing', 'a:printed', 'b:printing', 'b:printed']);
  });

  it('stops at an unreachable printer: the failed one and the rest are not counted or sent', async () => {
    const sent: string[] = [];
    const counted: string[] = [];
    const run = await printInOrder([doc('a'), doc('b'), doc('c')], choice, {
      print: (document) => {
        sent.push(document.id);
        return document.id === 'b' ? Promise.reject(new DeskError('printer-unreachable', 'off')) : Promise.resolve({ outcome: 'sent', printer: 'p', pages: 1 });
      },
      countPrints: (ids) => {
        counted.push(...ids);
        return Promise.resolve();
      },
      onState: () => undefined,
    });
    expect(run).toMatchObject({ outcome: 'failed', printed: 1, at: { id: 'b' } });
    expect(sent).toEqual(['a', 'b']);
    expect(counted).toEqual(['a']);
  });

  it('counts nothing when the dialog is cancelled', async () => {
    const counted: string[] = [];
    const run = await printInOrder([doc('a')], { ...choice, mode: 'dialog' }, {
      print: () => Promise.resolve({ outcome: 'cancelled' }),
      countPrints: (ids) => {
        counted.push(...ids);
        return Promise.resolve();
      },
      onState: () => undefined,
    });
    expect(run).toEqual({ outcome: 'cancelled', printed: 0 });
    expect(counted).toEqual([]);
  });
});
