import { describe, expect, it } from 'vitest';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { Appointment, Membership } from '../../../../shared/domain/records';
import { arrangedOrder, moved, programmeOrder } from './programme-order';

let counter = 0;
function issued(kind: IssuedDocument['kind'], number: string, sourceId: string): IssuedDocument {
  counter += 1;
  return {
    id: `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    deleted: false,
    allianceId: '00000000-0000-7000-8000-aaaaaaaaaaaa',
    templateId: '00000000-0000-7000-8000-bbbbbbbbbbbb',
    kind,
    number,
    recipientType: kind === 'appointment-letter' ? 'person' : 'unit',
    recipientId: '00000000-0000-7000-8000-cccccccccccc',
    recipientName: number,
    printedTexts: {},
    issuedOn: '2026-11-12',
    eventId: null,
    sourceId,
    printCount: 0,
    revoked: false,
    revokedReason: '',
    revokedOn: null,
    qr: null,
  };
}

const memberships = new Map<string, Membership['role']>([
  ['m-member', 'member-unit'],
  ['m-lead', 'lead-unit'],
  ['m-consultant', 'consultant-unit'],
  ['m-council', 'council-unit'],
]);
const appointments = new Map<string, Appointment['role']>([
  ['a-member', 'member'],
  ['a-chair', 'chair'],
]);
const sources = { membershipRoles: memberships, appointmentRoles: appointments };

describe('the print queue of a ceremony', () => {
  const expert = issued('appointment-letter', 'X-2026-009', 'a-member');
  const chair = issued('appointment-letter', 'X-2026-010', 'a-chair');
  const member2 = issued('unit-licence', 'X-2026-011', 'm-member');
  const member1 = issued('unit-licence', 'X-2026-002', 'm-member');
  const lead = issued('unit-licence', 'X-2026-005', 'm-lead');
  const consultant = issued('unit-licence', 'X-2026-007', 'm-consultant');
  const council = issued('unit-licence', 'X-2026-006', 'm-council');
  const all = [expert, chair, member2, member1, lead, consultant, council];

  it('follows the programme: consultant, lead, council, members by number, then the experts', () => {
    expect(programmeOrder(all, sources).map((document) => document.number)).toEqual([
      'X-2026-007',
      'X-2026-005',
      'X-2026-006',
      'X-2026-002',
      'X-2026-011',
      'X-2026-010',
      'X-2026-009',
    ]);
  });

  it('keeps the order the user arranged, adding new documents after it and dropping ones gone', () => {
    const saved = [member2.id, lead.id, 'gone-id'];
    expect(arrangedOrder(all, sources, saved).map((document) => document.number)).toEqual([
      'X-2026-011',
      'X-2026-005',
      'X-2026-007',
      'X-2026-006',
      'X-2026-002',
      'X-2026-010',
      'X-2026-009',
    ]);
  });

  it('moves a row up or down, never out of the list', () => {
    expect(moved(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});
