import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useRecord } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import { AllianceForm } from './AllianceForm';
import { allianceMessages } from './messages';
import { NotFound } from '../../components/record/NotFound';

export function NewAllianceScreen(): ReactNode {
  const t = useMessages(allianceMessages);
  const navigate = useNavigate();
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.newAlliance}
      </Typography>
      <AllianceForm onSaved={(id) => void navigate(`/alliances/${id}`, { replace: true })} onCancel={() => void navigate('/alliances')} />
    </Stack>
  );
}

export function EditAllianceScreen(): ReactNode {
  const t = useMessages(allianceMessages);
  const navigate = useNavigate();
  const { id } = useParams();
  const alliance = useRecord('alliances', id);
  if (alliance === undefined) return null;
  if (alliance === null) return <NotFound message={t.notFound} back={t.backToList} to="/alliances" />;
  const back = (): void => void navigate(`/alliances/${alliance.id}`, { replace: true });
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.editAlliance}
      </Typography>
      <AllianceForm key={alliance.id} alliance={alliance} onSaved={back} onCancel={back} />
    </Stack>
  );
}
