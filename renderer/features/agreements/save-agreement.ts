import type { Agreement } from '../../../shared/domain/records';
import type { RecordInput } from '../../../shared/domain/tables';
import { createRecord, RecordValidationError, updateRecord } from '../../db/mutate';

export type AgreementInput = RecordInput<'agreements'>;

export async function saveAgreement(input: AgreementInput, existing?: Agreement): Promise<Agreement> {
  // Caught here rather than by the schema so that an empty alliance reads "required", not "invalid".
  if (!input.allianceId) throw new RecordValidationError('agreements', [{ path: 'allianceId', problem: 'required' }]);
  return existing ? updateRecord('agreements', existing.id, input) : createRecord('agreements', input);
}
