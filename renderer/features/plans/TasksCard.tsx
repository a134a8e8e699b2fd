import { Button, Card, CardContent, Chip, FormControlLabel, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ActionPlan, PlanTask } from '../../../shared/domain/plans';
import { taskStatuses } from '../../../shared/domain/vocabulary';
import { UndoSnackbar } from '../../components/record/RowActions';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { OrderedRowActions } from './OrderedRowActions';
import { TaskDialog } from './TaskDialog';
import { useOrderedParts } from './use-ordered-parts';

/** The table of main tasks in the order the document prints them; rows move up and down. */
export function TasksCard({ plan, readOnly, onMessage, onError }: { plan: ActionPlan; readOnly: boolean; onMessage: (message: string) => void; onError: (error: unknown) => void }): ReactNode {
  const t = useMessages(planMessages);
  const fields = t.tasks.fields;
  const { locale } = useLocale();
  const units = useNames('units');
  const parts = useOrderedParts('planTasks', plan.id, onError);
  const [editing, setEditing] = useState<PlanTask | 'new'>();
  const unit = (id: string): string => units?.get(id) ?? t.none;

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t.tasks.heading}
          </Typography>
          {parts.deletedCount > 0 && <FormControlLabel control={<Switch checked={parts.showDeleted} onChange={(event) => parts.setShowDeleted(event.target.checked)} />} label={t.showDeleted} />}
          {!readOnly && (
            <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {t.tasks.add}
            </Button>
          )}
        </Stack>
        {!parts.loading && parts.shown.length === 0 && <Typography color="text.secondary">{t.tasks.empty}</Typography>}
        {parts.shown.length > 0 && (
          <Table size="small" aria-label={t.tasks.heading}>
            <TableHead>
              <TableRow>
                <TableCell>{t.tasks.number}</TableCell>
                <TableCell>{fields.title}</TableCell>
                <TableCell>{fields.leadUnitId}</TableCell>
                <TableCell>{fields.partnerUnitIds}</TableCell>
                <TableCell>{fields.dueOn}</TableCell>
                <TableCell>{fields.indicators}</TableCell>
                <TableCell>{fields.status}</TableCell>
                <TableCell>{t.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {parts.shown.map((task) => {
                const position = parts.live.indexOf(task);
                return (
                  <TableRow key={task.id} sx={{ opacity: task.deleted ? 0.6 : 1 }}>
                    <TableCell>{task.deleted ? <Chip size="small" label={t.deletedTag} /> : position + 1}</TableCell>
                    <TableCell>{task.title}</TableCell>
                    <TableCell>{task.leadUnitId ? unit(task.leadUnitId) : t.none}</TableCell>
                    <TableCell>{task.partnerUnitIds.length > 0 ? task.partnerUnitIds.map(unit).join('、') : t.none}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{task.dueOn ?? t.none}</TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line' }}>{task.indicators || t.none}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{taskStatuses.label(task.status, locale)}</TableCell>
                    <TableCell>
                      <OrderedRowActions
                        name={task.title}
                        deleted={task.deleted}
                        first={position === 0}
                        last={position === parts.live.length - 1}
                        readOnly={readOnly}
                        onMove={(direction) => parts.move(task, direction)}
                        onEdit={() => setEditing(task)}
                        onDelete={() => parts.remove(task)}
                        onRestore={() => parts.restore(task.id)}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {editing !== undefined && (
        <TaskDialog
          plan={plan}
          task={editing === 'new' ? undefined : editing}
          nextOrder={parts.nextOrder}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onMessage(t.saved);
          }}
          onError={onError}
        />
      )}
      <UndoSnackbar open={parts.removed !== undefined} message={t.tasks.deletedNotice} undoLabel={t.undo} onUndo={parts.undo} onClose={parts.closeUndo} />
    </Card>
  );
}
