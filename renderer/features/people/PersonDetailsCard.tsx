import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Person } from '../../../shared/domain/records';
import { updateRecord } from '../../db/mutate';
import { useRecord } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import { personFormValues } from './person-form-values';
import { PersonForm } from './PersonForm';
import { useCanEdit } from '../../components/record/use-can-edit';
import { RecordLink } from '../../components/record/RelatedTable';

const textFields = ['position', 'title', 'phone', 'email', 'expertise'] as const;

/** The person's own fields: read, or edited in place after 编辑. */
export function PersonDetailsCard({ person, onMessage, onError }: { person: Person; onMessage: (message: string) => void; onError: (error: unknown) => void }): ReactNode {
  const t = useMessages(peopleMessages);
  const [editing, setEditing] = useState(false);
  const refusal = useCanEdit('people', person).edit;
  const unit = useRecord('units', person.unitId ?? undefined);
  const rows: [string, string, ReactNode][] = [
    ['name', t.fields.name, person.name],
    ['unitId', t.fields.unitId, unit ? <RecordLink to={`/units/${unit.id}`}>{unit.name}</RecordLink> : '—'],
    ...textFields.map((field): [string, string, ReactNode] => [field, t.fields[field], person[field] || '—']),
  ];

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t.detailsHeading}
          </Typography>
          {!editing && !person.deleted && (
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
          <PersonForm
            initial={personFormValues(person)}
            save={(input) => updateRecord('people', person.id, input)}
            onSaved={() => {
              setEditing(false);
              onMessage(t.saved);
            }}
            onCancel={() => setEditing(false)}
            onError={onError}
          />
        ) : (
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
            {rows.map(([field, label, value]) => (
              <Box key={field} sx={{ display: 'contents' }}>
                <Typography component="dt" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-field={field}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
