import { useState } from 'react';
import type { Alliance } from '../../../../shared/domain/records';
import type { templateKinds } from '../../../../shared/domain/vocabulary';
import type { OfficeCodeCheck } from '../../../../shared/documents/office-codes';
import { nextNumber, normalizeOfficeCode } from '../../../../shared/documents/numbering';
import type { OfficeNumbering } from '../../../db/office-numbering';
import type { SetupDraft } from './office-setup';
import { checkSetupCode, setupDraftOf } from './office-setup';
import { OfficeCodeRefusedError, saveOfficeSetup } from './save-office-setup';

type TemplateKind = (typeof templateKinds.values)[number];

export interface OfficeSetupForm {
  draft: SetupDraft;
  set: <K extends keyof SetupDraft>(key: K, value: SetupDraft[K]) => void;
  /** Why the code typed cannot be used, live as it is typed (and as syncs bring other offices' numbers). */
  codeCheck: OfficeCodeCheck | null;
  /** The number the first document of this kind would get with the code typed. */
  firstNumber: string | undefined;
  saving: boolean;
  failed: boolean;
  save: () => void;
}

/** The set-up dialog's state: mounted when the dialog opens, so the draft starts from the records then. */
export function useOfficeSetupForm(input: {
  numbering: OfficeNumbering;
  alliance: Alliance;
  kind: TemplateKind;
  issuedOn: string;
  onDone: (code: string) => void;
}): OfficeSetupForm {
  const { numbering, alliance, kind, issuedOn, onDone } = input;
  const [draft, setDraft] = useState(() => setupDraftOf(numbering, alliance));
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [refused, setRefused] = useState<OfficeCodeCheck | null>(null);
  const codeCheck = checkSetupCode(draft, numbering) ?? refused;
  const code = normalizeOfficeCode(draft.officeCode);
  const firstNumber = codeCheck ? undefined : nextNumber(alliance, kind, issuedOn, code, numbering.known);

  const save = (): void => {
    if (codeCheck) return;
    setSaving(true);
    setFailed(false);
    saveOfficeSetup(draft, alliance)
      .then(onDone)
      .catch((error: unknown) => {
        if (error instanceof OfficeCodeRefusedError) setRefused(error.check);
        else setFailed(true);
      })
      .finally(() => setSaving(false));
  };

  return {
    draft,
    set: (key, value) => {
      setRefused(null);
      setDraft((previous) => ({ ...previous, [key]: value }));
    },
    codeCheck,
    firstNumber,
    saving,
    failed,
    save,
  };
}
