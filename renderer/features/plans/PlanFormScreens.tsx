import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../components/record/NotFound';
import { useRecord } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { PlanForm } from './PlanForm';

export function NewPlanScreen(): ReactNode {
  const t = useMessages(planMessages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const allianceId = params.get('alliance');
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.newPlan}
      </Typography>
      <PlanForm allianceId={allianceId} onSaved={(id) => void navigate(`/plans/${id}`, { replace: true })} onCancel={() => void navigate(allianceId ? `/alliances/${allianceId}` : '/plans')} />
    </Stack>
  );
}

export function EditPlanScreen(): ReactNode {
  const t = useMessages(planMessages);
  const navigate = useNavigate();
  const { id } = useParams();
  const plan = useRecord('actionPlans', id);
  if (plan === undefined) return null;
  if (plan === null) return <NotFound message={t.notFound} back={t.backToList} to="/plans" />;
  const back = (): void => void navigate(`/plans/${plan.id}`, { replace: true });
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.editPlan}
      </Typography>
      <PlanForm key={plan.id} plan={plan} onSaved={back} onCancel={back} />
    </Stack>
  );
}
