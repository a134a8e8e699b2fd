import type { PlanSource } from '../../../shared/documents/plan-document';
import type { ActionPlan } from '../../../shared/domain/plans';
import { db } from '../../db/database';

/** Everything the plan's document prints, read at the moment of export so it is never a stale render. */
export async function readPlanSource(plan: ActionPlan): Promise<PlanSource> {
  const [sections, tasks] = await Promise.all([
    db.recordTable('planSections').where('planId').equals(plan.id).toArray(),
    db.recordTable('planTasks').where('planId').equals(plan.id).toArray(),
  ]);
  const unitIds = [...new Set(tasks.flatMap((task) => (task.leadUnitId ? [task.leadUnitId, ...task.partnerUnitIds] : task.partnerUnitIds)))];
  const units = await db.recordTable('units').bulkGet(unitIds);
  const unitNames = new Map(units.flatMap((unit) => (unit ? [[unit.id, unit.name] as const] : [])));
  return { plan, sections, tasks, unitNames };
}
