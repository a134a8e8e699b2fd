import { useCallback, useState } from 'react';
import type { Calibration, PrintChoice } from '../../../../shared/documents/print-settings';
import { defaultPrintChoice } from '../../../../shared/documents/print-settings';
import { useSetting, writeSetting } from '../../../db/settings';

/** This device's printing choice and calibration (device settings); undefined while loading. */
export function usePrintSetup(): { choice: PrintChoice; calibration: Calibration | null; setChoice: (next: PrintChoice) => void } | undefined {
  const stored = useSetting('printChoice');
  const calibration = useSetting('calibration');
  // Shown at once, before the setting's write comes back through the live query.
  const [chosen, setChosen] = useState<PrintChoice>();
  const setChoice = useCallback((next: PrintChoice) => {
    setChosen(next);
    void writeSetting('printChoice', next);
  }, []);
  if (stored === undefined || calibration === undefined) return undefined;
  return { choice: chosen ?? stored ?? defaultPrintChoice, calibration, setChoice };
}
