import { Button, Card, CardContent, Snackbar, Stack, Typography } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isExpiringSoon, localIsoDate } from '../../../shared/domain/agreement-term';
import { agreementKinds } from '../../../shared/domain/vocabulary';
import { AttachmentThumbnails } from '../../components/attachments/AttachmentThumbnails';
import { DeleteRestore } from '../../components/record/DeleteRestore';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { updateRecord } from '../../db/mutate';
import { useRecord } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { AgreementSummary } from './AgreementSummary';
import { agreementMessages } from './messages';
import { NotFound } from '../../components/record/NotFound';
import { useAgreementHistoryValues } from './use-history-values';
import { useCanEdit } from '../../components/record/use-can-edit';

export function AgreementDetailScreen(): ReactNode {
  const t = useMessages(agreementMessages);
  const { locale } = useLocale();
  const { id } = useParams();
  const describeValue = useAgreementHistoryValues();
  const agreement = useRecord('agreements', id);
  const [today] = useState(() => localIsoDate());
  const [message, setMessage] = useState<string>();
  const failed = (): void => setMessage(t.saveFailed);
  // A member office changes only the scans of its own agreements; the rest, and a read-only desk, see why not.
  const refusal = useCanEdit('agreements', agreement).edit;

  if (agreement === undefined) return null;
  if (agreement === null) return <NotFound message={t.notFound} back={t.backToList} to="/agreements" />;
  const locked = agreement.deleted || refusal !== null;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      {agreement.deleted && <DeleteRestore table="agreements" id={agreement.id} name={agreement.title} deleted onError={failed} />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1">
            {agreement.title}
          </Typography>
          <Typography color="text.secondary">{[agreementKinds.label(agreement.kind, locale), agreement.signedOn].filter(Boolean).join(' · ')}</Typography>
          {refusal && (
            <Typography variant="body2" color="text.secondary" data-testid="refusal">
              {refusal}
            </Typography>
          )}
        </Stack>
        <Button startIcon={<EditOutlinedIcon />} component={RouterLink} to={`/agreements/${agreement.id}/edit`} disabled={locked}>
          {t.edit}
        </Button>
        {!agreement.deleted && <DeleteRestore table="agreements" id={agreement.id} name={agreement.title} deleted={false} onError={failed} />}
      </Stack>
      <AgreementSummary agreement={agreement} today={today} expiring={isExpiringSoon(agreement, today)} />
      <Card variant="outlined">
        <CardContent>
          <AttachmentThumbnails label={t.fields.scans} hashes={agreement.scans} disabled={locked} max={50} headingVariant="h6" onChange={(scans) => updateRecord('agreements', agreement.id, { scans })} />
        </CardContent>
      </Card>
      <HistoryPanel table="agreements" id={agreement.id} fieldLabels={t.fields} describeValue={describeValue} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
