import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Unit } from '../../../shared/domain/records';
import { unitKinds } from '../../../shared/domain/vocabulary';
import { updateRecord } from '../../db/mutate';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import { unitFormValues } from './unit-form-values';
import { useCanEdit } from '../../components/record/use-can-edit';
import { UnitForm } from './UnitForm';

const shownFields = ['name', 'shortName', 'kind', 'creditCode', 'region', 'address', 'contactName', 'contactPhone', 'contactEmail', 'website'] as const;

/** The unit's own fields: read, or edited in place after 编辑. */
export function UnitDetailsCard({ unit, onMessage, onError }: { unit: Unit; onMessage: (message: string) => void; onError: (error: unknown) => void }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(unitMessages);
  const [editing, setEditing] = useState(false);
  const refusal = useCanEdit('units', unit).edit;
  const shown = (field: (typeof shownFields)[number]): string => (field === 'kind' ? unitKinds.label(unit.kind, locale) : unit[field]);

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t.detailsHeading}
          </Typography>
          {!editing && !unit.deleted && (
            <Button startIcon={<EditIcon />} disabled={refusal !== null} onClick={() => setEditing(true)}>
              {t.edit}
            </Button>
          )}
        </Stack>
        {refusal && !editing && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {refusal}
          </Typography>
        )}
        {editing ? (
          <UnitForm
            initial={unitFormValues(unit)}
            save={(input) => updateRecord('units', unit.id, input)}
            onSaved={() => {
              setEditing(false);
              onMessage(t.saved);
            }}
            onCancel={() => setEditing(false)}
            onError={onError}
          />
        ) : (
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
            {shownFields.map((field) => (
              <Box key={field} sx={{ display: 'contents' }}>
                <Typography component="dt" color="text.secondary">
                  {t.fields[field]}
                </Typography>
                <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }} data-field={field}>
                  {shown(field) || '—'}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
