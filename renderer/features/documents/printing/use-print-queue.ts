import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { Appointment, Membership } from '../../../../shared/domain/records';
import { derive } from '../../../db/derive';
import { useRecords, useRecordsWhere } from '../../../db/queries';
import { useSetting } from '../../../db/settings';
import type { DocumentOutputs } from '../print-status';
import { useOutputsByDocument } from '../use-document-outputs';
import { arrangedOrder } from './programme-order';
import { deletedIds, queueDocuments } from './queue-documents';

const noOrder: string[] = [];

export interface PrintQueue {
  /** The documents to hand out, in the order of the ceremony. */
  rows: IssuedDocument[];
  /** What the print log says of each: prints and exports apart. */
  outputs: ReadonlyMap<string, DocumentOutputs>;
}

/** The documents of one event to print, in the order of the ceremony, with their print log; undefined while loading. */
export function usePrintQueue(eventId: string | undefined): PrintQueue | undefined {
  const documents = useRecordsWhere('issuedDocuments', 'eventId', eventId);
  const memberships = useRecords('memberships', { includeDeleted: true });
  const appointments = useRecords('appointments', { includeDeleted: true });
  const units = useRecords('units', { includeDeleted: true });
  const people = useRecords('people', { includeDeleted: true });
  const outputs = useOutputsByDocument();
  const orders = useSetting('printOrders');
  if (!documents || !memberships || !appointments || !units || !people || !outputs || orders === undefined) return undefined;
  const saved = eventId ? orders?.[eventId] : undefined;
  const rows = derive('print queue', [documents, memberships, appointments, units, people, saved ?? noOrder], () => {
    const membershipRoles = new Map<string, Membership['role']>(memberships.map((membership) => [membership.id, membership.role]));
    const appointmentRoles = new Map<string, Appointment['role']>(appointments.map((appointment) => [appointment.id, appointment.role]));
    return arrangedOrder(queueDocuments(documents, deletedIds(units, people)), { membershipRoles, appointmentRoles }, saved);
  });
  return { rows, outputs };
}
