import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { Appointment, Membership } from '../../../../shared/domain/records';
import { derive } from '../../../db/derive';
import { useRecords, useRecordsWhere } from '../../../db/queries';
import { useSetting } from '../../../db/settings';
import { arrangedOrder } from './programme-order';

const noOrder: string[] = [];

/** The documents of one event to print, in the order of the ceremony; undefined while loading. */
export function usePrintQueue(eventId: string | undefined): IssuedDocument[] | undefined {
  const documents = useRecordsWhere('issuedDocuments', 'eventId', eventId);
  const memberships = useRecords('memberships', { includeDeleted: true });
  const appointments = useRecords('appointments', { includeDeleted: true });
  const orders = useSetting('printOrders');
  if (!documents || !memberships || !appointments || orders === undefined) return undefined;
  const saved = eventId ? orders?.[eventId] : undefined;
  return derive('print queue', [documents, memberships, appointments, saved ?? noOrder], () => {
    const membershipRoles = new Map<string, Membership['role']>(memberships.map((membership) => [membership.id, membership.role]));
    const appointmentRoles = new Map<string, Appointment['role']>(appointments.map((appointment) => [appointment.id, appointment.role]));
    const live = documents.filter((document) => !document.deleted && !document.revoked);
    return arrangedOrder(live, { membershipRoles, appointmentRoles }, saved);
  });
}
