import { Alert, Chip, Snackbar, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { unitKinds } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';
import { DeleteRecipient } from '../../components/record/DeleteRecipient';
import { DeleteRestore } from '../../components/record/DeleteRestore';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { recordMessages } from '../../components/record/messages';
import { useRecord } from '../../db/queries';
import { useErrorMessage } from '../../errors/use-error-message';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { MembershipsCard } from './MembershipsCard';
import { unitMessages } from './messages';
import { UnitDetailsCard } from './UnitDetailsCard';
import { UnitAgreements, UnitEvents, UnitPeople } from './UnitRelations';
import { useArrivalNotice } from '../../components/record/use-arrival-notice';

function kindLabel(value: unknown, locale: Locale): string | undefined {
  const kind = unitKinds.values.find((candidate) => candidate === value);
  return kind && unitKinds.label(kind, locale);
}

/** /units/:id — the unit, its roles in the alliances, its people, agreements and events, its history. */
export function UnitDetailScreen(): ReactNode {
  const { id } = useParams();
  const { locale } = useLocale();
  const t = useMessages(unitMessages);
  const record = useMessages(recordMessages);
  const describeError = useErrorMessage();
  const unit = useRecord('units', id);
  const [message, setMessage] = useArrivalNotice();
  const onError = (error: unknown): void => setMessage(describeError(error));

  if (unit === undefined) return null;
  if (unit === null) return <Alert severity="info">{record.notFound}</Alert>;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {unit.name}
        </Typography>
        <Chip label={unitKinds.label(unit.kind, locale)} size="small" />
        <Stack sx={{ flexGrow: 1, alignItems: 'flex-end' }}>{!unit.deleted && <DeleteRecipient table="units" id={unit.id} name={unit.name} onError={onError} />}</Stack>
      </Stack>
      {unit.deleted && <DeleteRestore table="units" id={unit.id} name={unit.name} deleted onError={onError} />}
      <UnitDetailsCard key={unit.id} unit={unit} onMessage={setMessage} onError={onError} />
      <MembershipsCard unitId={unit.id} readOnly={unit.deleted} onMessage={setMessage} onError={onError} />
      <UnitPeople unitId={unit.id} />
      <UnitAgreements unitId={unit.id} />
      <UnitEvents unitId={unit.id} />
      <HistoryPanel table="units" id={unit.id} fieldLabels={t.fields} describeValue={(field, value) => (field === 'kind' ? kindLabel(value, locale) : undefined)} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={4000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
