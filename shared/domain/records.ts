import { z } from 'zod';
import {
  agreementKinds,
  agreementStatuses,
  allianceKinds,
  appointmentBodies,
  appointmentRoles,
  eventKinds,
  membershipRoles,
  membershipStatuses,
  participantRoles,
  unitKinds,
} from './vocabulary';
import { numberSeriesValues } from '../documents/numbering';
import { choice, creditCode, sha256, email, endNotBeforeStart, isoDate, optionalDate, optionalRecordId, optionalText, phone, recordBase, recordId, requiredText } from './fields';


export const allianceSchema = z.object({
  ...recordBase,
  name: requiredText(100),
  shortName: optionalText(40),
  kind: choice(allianceKinds.values),
  foundedOn: optionalDate,
  region: optionalText(60),
  guidingDepartments: z.array(requiredText(60)).max(20, 'too-long').default([]),
  aims: optionalText(2000),
  description: optionalText(5000),
  /** The letters that open a document number, e.g. LSZZ in LSZZ-2026-017. */
  numberPrefix: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === '' || /^[A-Z][A-Z0-9]{1,9}$/.test(value), 'number-prefix')
    .default(''),
  /**
   * How document numbers are made: {prefix}, {year}, {office} (the issuing office's code, which
   * keeps two offices working offline from making the same number) and {seq} or {seq:000}.
   */
  numberPattern: z
    .string()
    .trim()
    .max(60, 'too-long')
    .refine((value) => value.includes('{office}') && /\{seq(:0+)?\}/.test(value), 'number-pattern')
    .default('{prefix}-{year}-{office}{seq:000}'),
  /** Each kind of document in its own number series (证书 …-Z001, 聘书 …-P001), or one series for all (shared/documents/numbering.ts). */
  numberSeries: choice(numberSeriesValues).default('per-kind'),
  /** The name printed as issuer on its documents ({issuerName}); empty: the alliance's name. */
  issuerName: optionalText(100),
  logo: sha256.nullable().default(null),
  seal: sha256.nullable().default(null),
  /** A scanned signature, printed where a template places the alliance's signature. */
  signature: sha256.nullable().default(null),
  /**
   * The public halves of the alliance's document signing keys (shared/verification/), oldest
   * first: the newest unretired signs, and every one still verifies what it signed.
   */
  signingKeys: z
    .array(
      z.object({
        keyId: z.string().regex(/^[0-9a-f]{16}$/, 'invalid'),
        publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'invalid'),
        createdAt: z.string(),
        retiredAt: z.string().optional(),
      }),
    )
    .max(50, 'too-long')
    .default([]),
  /** Where the alliance publishes its verification page: the QR then links there, else holds the bare code. */
  verificationAddress: z
    .string()
    .trim()
    .max(200, 'too-long')
    .refine((value) => value === '' || /^https:\/\/[^\s#]+$/i.test(value), 'invalid')
    .default(''),
});

export const unitSchema = z.object({
  ...recordBase,
  name: requiredText(100),
  shortName: optionalText(40),
  kind: choice(unitKinds.values),
  creditCode,
  region: optionalText(60),
  address: optionalText(200),
  contactName: optionalText(40),
  contactPhone: phone,
  contactEmail: email,
  website: optionalText(200),
});

export const membershipSchema = z.object({
  ...recordBase,
  allianceId: recordId,
  unitId: recordId,
  role: choice(membershipRoles.values),
  joinedOn: optionalDate,
  status: choice(membershipStatuses.values).default('active'),
  representativeId: optionalRecordId,
});

export const personSchema = z.object({
  ...recordBase,
  name: requiredText(40),
  unitId: optionalRecordId,
  position: optionalText(60),
  title: optionalText(60),
  phone,
  email,
  expertise: optionalText(500),
});

export const appointmentSchema = z
  .object({
    ...recordBase,
    allianceId: recordId,
    personId: recordId,
    body: choice(appointmentBodies.values),
    role: choice(appointmentRoles.values),
    termStart: optionalDate,
    termEnd: optionalDate,
  })
  .superRefine(endNotBeforeStart('termStart', 'termEnd'));

export const agendaItemSchema = z.object({
  time: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid-time'),
  title: requiredText(200),
  speaker: optionalText(100),
});

export const eventSchema = z
  .object({
    ...recordBase,
    allianceId: recordId,
    kind: choice(eventKinds.values),
    title: requiredText(200),
    startsOn: isoDate,
    endsOn: optionalDate,
    venue: optionalText(200),
    hostUnitId: optionalRecordId,
    agenda: z.array(agendaItemSchema).max(100, 'too-long').default([]),
    minutes: optionalText(20000),
    photos: z.array(sha256).max(200, 'too-long').default([]),
  })
  .superRefine(endNotBeforeStart('startsOn', 'endsOn'));

export const participantSchema = z
  .object({
    ...recordBase,
    allianceId: recordId,
    eventId: recordId,
    personId: optionalRecordId,
    unitId: optionalRecordId,
    role: choice(participantRoles.values),
  })
  .superRefine((participant, context) => {
    if ((participant.personId === null) === (participant.unitId === null)) {
      context.addIssue({ code: 'custom', message: 'participant-target', path: ['personId'] });
    }
  });

export const agreementSchema = z
  .object({
    ...recordBase,
    allianceId: recordId,
    kind: choice(agreementKinds.values),
    title: requiredText(200),
    partyUnitIds: z.array(recordId).refine((ids) => new Set(ids).size >= 2, 'two-parties'),
    signatoryIds: z.array(recordId).default([]),
    signedOn: optionalDate,
    eventId: optionalRecordId,
    termStart: optionalDate,
    termEnd: optionalDate,
    status: choice(agreementStatuses.values).default('active'),
    scans: z.array(sha256).max(50, 'too-long').default([]),
  })
  .superRefine(endNotBeforeStart('termStart', 'termEnd'));

export type Alliance = z.output<typeof allianceSchema>;
export type Unit = z.output<typeof unitSchema>;
export type Membership = z.output<typeof membershipSchema>;
export type Person = z.output<typeof personSchema>;
export type Appointment = z.output<typeof appointmentSchema>;
export type AgendaItem = z.output<typeof agendaItemSchema>;
export type EventRecord = z.output<typeof eventSchema>;
export type Participant = z.output<typeof participantSchema>;
export type Agreement = z.output<typeof agreementSchema>;
