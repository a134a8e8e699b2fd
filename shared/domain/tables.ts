import type { z } from 'zod';
import { agreementSchema, allianceSchema, appointmentSchema, eventSchema, membershipSchema, participantSchema, personSchema, unitSchema } from './records';
import { documentTemplateSchema, issuedDocumentSchema } from './documents';
import { actionPlanSchema, planSectionSchema, planTaskSchema } from './plans';
import { printLogEntrySchema } from './print-log';
import { allianceFigureSchema } from './alliance-figures';

/**
 * Every synced table and the schema of its records: the data layer validates writes with these,
 * the sync server (issue 5) validates operations with the same.
 */
export const recordSchemas = {
  alliances: allianceSchema,
  units: unitSchema,
  memberships: membershipSchema,
  people: personSchema,
  appointments: appointmentSchema,
  events: eventSchema,
  participants: participantSchema,
  agreements: agreementSchema,
  documentTemplates: documentTemplateSchema,
  issuedDocuments: issuedDocumentSchema,
  printLog: printLogEntrySchema,
  actionPlans: actionPlanSchema,
  planSections: planSectionSchema,
  planTasks: planTaskSchema,
  allianceFigures: allianceFigureSchema,
} as const;

export type RecordTable = keyof typeof recordSchemas;
export const recordTables = Object.keys(recordSchemas) as RecordTable[];
export type RecordOf<T extends RecordTable> = z.output<(typeof recordSchemas)[T]>;
export type RecordInput<T extends RecordTable> = Omit<z.input<(typeof recordSchemas)[T]>, 'id' | 'deleted'>;
