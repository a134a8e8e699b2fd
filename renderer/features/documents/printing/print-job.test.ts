import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../shared/bridge/result';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { LoggedPrint } from '../print-log';
import type { PrintDeps, RowState } from './print-job';
import { printInOrder, unconfirmed } from './print-job';

const doc = (id: string): IssuedDocument => ({ id, number: `N-${id}` }) as IssuedDocument;
const choice = { mode: 'silent' as const, printer: 'AllianceDeskPDF', copies: 1 };

function deps(overrides: Partial<PrintDeps> = {}): { deps: PrintDeps; logged: { id: string; print: LoggedPrint }[]; states: string[] } {
  const logged: { id: string; print: LoggedPrint }[] = [];
  const states: string[] = [];
  return {
    logged,
    states,
    deps: {
      print: () => Promise.resolve({ outcome: 'sent', printer: 'AllianceDeskPDF', jobId: 'AllianceDeskPDF-7', pages: 1 }),
      confirm: () => Promise.reject(new Error('not asked in this test')),
      logPrint: (document, print) => {
        logged.push({ id: document.id, print });
        return Promise.resolve();
      },
      onState: (id, state: RowState) => states.push(`${id}:${state.state}`),
      ...overrides,
    },
  };
}

describe('printing a queue in order', () => {
  it('prints each document and logs the print once the spooler took it, with its printer, copies and job', async () => {
    const { deps: d, logged, states } = deps();
    const run = await printInOrder([doc('a'), doc('b')], { ...choice, copies: 2 }, d);
    expect(run).toEqual({ outcome: 'done', printed: 2 });
    expect(logged).toEqual([
      { id: 'a', print: { route: 'spooler', printer: 'AllianceDeskPDF', copies: 2, jobId: 'AllianceDeskPDF-7' } },
      { id: 'b', print: { route: 'spooler', printer: 'AllianceDeskPDF', copies: 2, jobId: 'AllianceDeskPDF-7' } },
    ]);
    expect(states).toEqual(['a:printing', 'a:printed', 'b:printing', 'b:printed']);
  });

  it('stops at an unreachable printer: the failed one and the rest are not logged or sent', async () => {
    const sent: string[] = [];
    const { deps: d, logged } = deps({
      print: (document) => {
        sent.push(document.id);
        return document.id === 'b' ? Promise.reject(new DeskError('printer-unreachable', 'off')) : Promise.resolve({ outcome: 'sent', printer: 'p', pages: 1 });
      },
    });
    const run = await printInOrder([doc('a'), doc('b'), doc('c')], choice, d);
    expect(run).toMatchObject({ outcome: 'failed', printed: 1, at: { id: 'b' } });
    expect(sent).toEqual(['a', 'b']);
    expect(logged.map((entry) => entry.id)).toEqual(['a']);
  });

  it('logs nothing when the system dialog is cancelled, and logs a dialog print by the printer the dialog used', async () => {
    const cancelled = deps({ print: () => Promise.resolve({ outcome: 'cancelled' }) });
    expect(await printInOrder([doc('a')], { ...choice, mode: 'dialog' }, cancelled.deps)).toEqual({ outcome: 'cancelled', printed: 0 });
    expect(cancelled.logged).toEqual([]);

    const printed = deps({ print: () => Promise.resolve({ outcome: 'sent', printer: 'HP_LaserJet', pages: 1 }) });
    await printInOrder([doc('a')], { mode: 'dialog', printer: null, copies: 1 }, printed.deps);
    expect(printed.logged).toEqual([{ id: 'a', print: { route: 'system-dialog', printer: 'HP_LaserJet', copies: 1, jobId: undefined } }]);
  });

  it('asks whether the browser’s dialog printed: 已打印 logs it, 未打印 logs nothing and stops', async () => {
    const answers = [true, false];
    const asked: string[] = [];
    const { deps: d, logged, states } = deps({
      print: () => Promise.resolve(unconfirmed),
      confirm: (document) => {
        asked.push(document.id);
        return Promise.resolve(answers.shift() ?? false);
      },
    });
    const run = await printInOrder([doc('a'), doc('b'), doc('c')], { mode: 'dialog', printer: null, copies: 1 }, d);
    expect(run).toMatchObject({ outcome: 'not-printed', printed: 1, at: { id: 'b' } });
    expect(asked).toEqual(['a', 'b']);
    expect(logged).toEqual([{ id: 'a', print: { route: 'browser-dialog', printer: '', copies: 1 } }]);
    expect(states).toEqual(['a:printing', 'a:confirming', 'a:printed', 'b:printing', 'b:confirming', 'b:not-printed']);
  });
});
