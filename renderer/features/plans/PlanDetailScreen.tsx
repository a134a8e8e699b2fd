import { Button, Snackbar, Stack, Typography } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { planStatuses } from '../../../shared/domain/vocabulary';
import { DeleteRestore } from '../../components/record/DeleteRestore';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { NotFound } from '../../components/record/NotFound';
import { useRecord } from '../../db/queries';
import { useErrorMessage } from '../../errors/use-error-message';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { PlanExportButtons } from './PlanExportButtons';
import { periodText } from './plan-filters';
import { PlanSummary } from './PlanSummary';
import { SectionsCard } from './SectionsCard';
import { TasksCard } from './TasksCard';
import { usePlanHistoryValues } from './use-history-values';

export function PlanDetailScreen(): ReactNode {
  const t = useMessages(planMessages);
  const { locale } = useLocale();
  const { id } = useParams();
  const describeValue = usePlanHistoryValues();
  const describeError = useErrorMessage();
  const plan = useRecord('actionPlans', id);
  const [message, setMessage] = useState<string>();
  const failed = (error: unknown): void => setMessage(describeError(error));

  if (plan === undefined) return null;
  if (plan === null) return <NotFound message={t.notFound} back={t.backToList} to="/plans" />;
  const locked = plan.deleted;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      {locked && <DeleteRestore table="actionPlans" id={plan.id} name={plan.title} deleted onError={failed} />}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }} useFlexGap>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1">
            {plan.title}
          </Typography>
          <Typography color="text.secondary">{[periodText(plan), planStatuses.label(plan.status, locale)].join(' · ')}</Typography>
        </Stack>
        <PlanExportButtons plan={plan} onMessage={setMessage} />
        <Button startIcon={<EditOutlinedIcon />} component={RouterLink} to={`/plans/${plan.id}/edit`} disabled={locked}>
          {t.edit}
        </Button>
        {!locked && <DeleteRestore table="actionPlans" id={plan.id} name={plan.title} deleted={false} onError={failed} />}
      </Stack>
      <PlanSummary plan={plan} />
      <SectionsCard plan={plan} readOnly={locked} onMessage={setMessage} onError={failed} />
      <TasksCard plan={plan} readOnly={locked} onMessage={setMessage} onError={failed} />
      <HistoryPanel table="actionPlans" id={plan.id} fieldLabels={t.fields} describeValue={describeValue} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
