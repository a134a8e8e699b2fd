import { Button, Snackbar, Stack, Typography } from '@mui/material';
import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { localIsoDate } from '../../../shared/domain/agreement-term';
import { allianceKinds } from '../../../shared/domain/vocabulary';
import { DeleteRestore } from '../../components/record/DeleteRestore';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { useRecord } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { AllianceProfile } from './AllianceProfile';
import { allianceMessages } from './messages';
import { NotFound } from '../../components/record/NotFound';
import { useAllianceHistoryValues } from './use-history-values';
import { OverviewPanel } from './OverviewPanel';
import { SigningKeysPanel } from './SigningKeysPanel';

/** An alliance's start page: who it is and the figures its secretariat reports every year. */
export function AllianceDetailScreen(): ReactNode {
  const t = useMessages(allianceMessages);
  const { locale } = useLocale();
  const { id } = useParams();
  const describeValue = useAllianceHistoryValues();
  const alliance = useRecord('alliances', id);
  const [today] = useState(() => localIsoDate());
  const [message, setMessage] = useState<string>();

  if (alliance === undefined) return null;
  if (alliance === null) return <NotFound message={t.notFound} back={t.backToList} to="/alliances" />;

  return (
    <Stack spacing={3}>
      {alliance.deleted && <DeleteRestore table="alliances" id={alliance.id} name={alliance.name} deleted onError={() => setMessage(t.saveFailed)} />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1">
            {alliance.name}
          </Typography>
          <Typography color="text.secondary">{[alliance.shortName, allianceKinds.label(alliance.kind, locale), alliance.region].filter(Boolean).join(' · ')}</Typography>
        </Stack>
        <Button startIcon={<AssessmentOutlinedIcon />} component={RouterLink} to={`/reports/${alliance.id}`}>
          {t.annualReport}
        </Button>
        <Button startIcon={<EditOutlinedIcon />} component={RouterLink} to={`/alliances/${alliance.id}/edit`} disabled={alliance.deleted}>
          {t.edit}
        </Button>
        {!alliance.deleted && <DeleteRestore table="alliances" id={alliance.id} name={alliance.name} deleted={false} onError={() => setMessage(t.saveFailed)} />}
      </Stack>
      <OverviewPanel allianceId={alliance.id} today={today} />
      <AllianceProfile alliance={alliance} />
      <SigningKeysPanel alliance={alliance} />
      <HistoryPanel table="alliances" id={alliance.id} fieldLabels={t.fields} describeValue={describeValue} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
