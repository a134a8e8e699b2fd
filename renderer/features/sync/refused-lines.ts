import type { OperationProblemKind } from '../../../shared/sync/validate-op';
import type { RefusedOperation } from '../../sync/sync-state';

export interface RefusedLine {
  table: string;
  field: string;
  kind: OperationProblemKind;
  count: number;
}

/** The latest refusals, one line per field and reason, the most recent first: a faulty server repeats itself. */
export function refusedLines(recent: RefusedOperation[], max = 5): RefusedLine[] {
  const lines = new Map<string, RefusedLine>();
  for (const op of [...recent].reverse()) {
    const key = JSON.stringify([op.table, op.field, op.kind]);
    const line = lines.get(key);
    if (line) line.count += 1;
    else lines.set(key, { table: op.table, field: op.field, kind: op.kind, count: 1 });
  }
  return [...lines.values()].slice(0, max);
}
