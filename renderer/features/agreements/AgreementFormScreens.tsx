import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useRecord } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import { AgreementForm } from './AgreementForm';
import { agreementMessages } from './messages';
import { NotFound } from '../../components/record/NotFound';

export function NewAgreementScreen(): ReactNode {
  const t = useMessages(agreementMessages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const allianceId = params.get('alliance');
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.newAgreement}
      </Typography>
      <AgreementForm
        allianceId={allianceId}
        onSaved={(id) => void navigate(`/agreements/${id}`, { replace: true })}
        onCancel={() => void navigate(allianceId ? `/alliances/${allianceId}` : '/agreements')}
      />
    </Stack>
  );
}

export function EditAgreementScreen(): ReactNode {
  const t = useMessages(agreementMessages);
  const navigate = useNavigate();
  const { id } = useParams();
  const agreement = useRecord('agreements', id);
  if (agreement === undefined) return null;
  if (agreement === null) return <NotFound message={t.notFound} back={t.backToList} to="/agreements" />;
  const back = (): void => void navigate(`/agreements/${agreement.id}`, { replace: true });
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.editAgreement}
      </Typography>
      <AgreementForm key={agreement.id} agreement={agreement} onSaved={back} onCancel={back} />
    </Stack>
  );
}
