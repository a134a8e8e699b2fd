import type { ActionPlan, PlanSection, PlanTask } from '../../../shared/domain/plans';
import type { RecordInput } from '../../../shared/domain/tables';
import { createRecord, mutate, RecordValidationError, updateRecord } from '../../db/mutate';
import type { OrderChange } from './reorder';

export type PlanInput = RecordInput<'actionPlans'>;

export async function savePlan(input: PlanInput, existing?: ActionPlan): Promise<ActionPlan> {
  // Caught here rather than by the schema so that an empty alliance reads "required", not "invalid".
  if (!input.allianceId) throw new RecordValidationError('actionPlans', [{ path: 'allianceId', problem: 'required' }]);
  return existing ? updateRecord('actionPlans', existing.id, input) : createRecord('actionPlans', input);
}

export type SectionFields = Pick<PlanSection, 'heading' | 'body'>;
export type TaskFields = Pick<PlanTask, 'title' | 'description' | 'leadUnitId' | 'partnerUnitIds' | 'dueOn' | 'indicators' | 'status'>;

/** Sections and tasks belong to the plan's alliance, so they sync to the same offices as the plan. */
export function saveSection(plan: ActionPlan, fields: SectionFields, existing: PlanSection | undefined, order: () => string): Promise<PlanSection> {
  return existing ? updateRecord('planSections', existing.id, fields) : createRecord('planSections', { ...fields, allianceId: plan.allianceId, planId: plan.id, order: order() });
}

export function saveTask(plan: ActionPlan, fields: TaskFields, existing: PlanTask | undefined, order: () => string): Promise<PlanTask> {
  return existing ? updateRecord('planTasks', existing.id, fields) : createRecord('planTasks', { ...fields, allianceId: plan.allianceId, planId: plan.id, order: order() });
}

/** Writes the new positions of a move in one transaction. */
export function applyOrder(table: 'planSections' | 'planTasks', changes: OrderChange): Promise<void> {
  return mutate(async (m) => {
    for (const change of changes) await m.update(table, change.id, { order: change.order });
  });
}
