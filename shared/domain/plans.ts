import { z } from 'zod';
import { planStatuses, taskStatuses } from './vocabulary';
import { choice, optionalDate, optionalRecordId, optionalText, recordBase, recordId, requiredText } from './fields';

const year = z.number({ message: 'invalid' }).int('invalid').min(2000, 'invalid').max(2100, 'invalid');
/**
 * Position among siblings as a fractional index (fractional-indexing keys): two offices that
 * reorder different rows offline merge without renumbering each other's.
 */
const order = z.string().min(1, 'invalid').max(200, 'invalid');

export const actionPlanSchema = z
  .object({
    ...recordBase,
    allianceId: recordId,
    title: requiredText(200),
    periodFrom: year,
    periodTo: year,
    status: choice(planStatuses.values).default('draft'),
    adoptedEventId: optionalRecordId,
    /** 发文机关 and 发文字号 of the official document; empty when the plan is not issued as one. */
    issuer: optionalText(100),
    documentNumber: optionalText(60),
    issuedOn: optionalDate,
  })
  .superRefine((plan, context) => {
    if (plan.periodTo < plan.periodFrom) context.addIssue({ code: 'custom', message: 'date-order', path: ['periodTo'] });
  });

export const planSectionSchema = z.object({
  ...recordBase,
  allianceId: recordId,
  planId: recordId,
  order,
  heading: requiredText(200),
  body: optionalText(50000),
});

export const planTaskSchema = z.object({
  ...recordBase,
  allianceId: recordId,
  planId: recordId,
  sectionId: optionalRecordId,
  order,
  title: requiredText(200),
  description: optionalText(5000),
  leadUnitId: optionalRecordId,
  partnerUnitIds: z.array(recordId).max(50, 'too-long').default([]),
  dueOn: optionalDate,
  indicators: optionalText(2000),
  status: choice(taskStatuses.values).default('not-started'),
});

export type ActionPlan = z.output<typeof actionPlanSchema>;
export type PlanSection = z.output<typeof planSectionSchema>;
export type PlanTask = z.output<typeof planTaskSchema>;
