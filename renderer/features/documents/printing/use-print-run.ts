import { useState } from 'react';
import { DeskError } from '../../../../shared/bridge/result';
import type { Alliance } from '../../../../shared/domain/records';
import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import { findBuiltInTemplate } from '../../../../shared/documents/built-in-templates';
import type { Calibration, PrintChoice } from '../../../../shared/documents/print-settings';
import { logPrint } from '../print-log';
import { printIssuedDocument } from './print-document';
import type { PrintRun, RowState } from './print-job';
import { printInOrder } from './print-job';

export interface PrintRunSources {
  templates: readonly DocumentTemplate[];
  alliances: readonly Pick<Alliance, 'id' | 'logo' | 'seal'>[];
  choice: PrintChoice;
  calibration: Calibration | null;
  systemDialog: boolean;
  templateMissing: string;
}

/** A question waiting for the user: did the browser's dialog print this document? */
export interface PendingConfirmation {
  document: IssuedDocument;
  answer: (printed: boolean) => void;
}

export interface PrintRunState {
  states: ReadonlyMap<string, RowState>;
  busy: boolean;
  outcome: PrintRun | undefined;
  confirming: PendingConfirmation | undefined;
  run: (documents: readonly IssuedDocument[]) => Promise<void>;
}

/** The queue's printing: one run at a time, each row's state, and the question after a browser print. */
export function usePrintRun(sources: PrintRunSources): PrintRunState {
  const [states, setStates] = useState<ReadonlyMap<string, RowState>>(new Map());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PrintRun>();
  const [confirming, setConfirming] = useState<PendingConfirmation>();

  const templateOf = (document: IssuedDocument): DocumentTemplate | undefined => findBuiltInTemplate(document.templateId) ?? sources.templates.find((template) => template.id === document.templateId);
  const run = async (documents: readonly IssuedDocument[]): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    const result = await printInOrder(documents, sources.choice, {
      print: (document, choice) => {
        const template = templateOf(document);
        if (!template) return Promise.reject(new DeskError('render-failed', sources.templateMissing));
        const alliance = sources.alliances.find((candidate) => candidate.id === document.allianceId) ?? null;
        return printIssuedDocument(document, choice, { template, alliance, calibration: sources.calibration, systemDialog: sources.systemDialog });
      },
      confirm: (document) =>
        new Promise<boolean>((resolve) => {
          setConfirming({
            document,
            answer: (printed) => {
              setConfirming(undefined);
              resolve(printed);
            },
          });
        }),
      logPrint: (document, print) => logPrint(document, print),
      onState: (id, state) => setStates((current) => new Map(current).set(id, state)),
    });
    setOutcome(result);
    setBusy(false);
  };
  return { states, busy, outcome, confirming, run };
}
