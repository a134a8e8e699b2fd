import { Box, Button, Card, CardContent, Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { chineseOrdinal, paragraphsOf, sectionHeading } from '../../../shared/documents/plan-document';
import type { ActionPlan, PlanSection } from '../../../shared/domain/plans';
import { UndoSnackbar } from '../../components/record/RowActions';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { OrderedRowActions } from './OrderedRowActions';
import { SectionDialog } from './SectionDialog';
import { useOrderedParts } from './use-ordered-parts';

/** The plan's text, section by section, numbered 一、二、… as the document will number them. */
export function SectionsCard({ plan, readOnly, onMessage, onError }: { plan: ActionPlan; readOnly: boolean; onMessage: (message: string) => void; onError: (error: unknown) => void }): ReactNode {
  const t = useMessages(planMessages);
  const parts = useOrderedParts('planSections', plan.id, onError);
  const [editing, setEditing] = useState<PlanSection | 'new'>();

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t.sections.heading}
          </Typography>
          {parts.deletedCount > 0 && <FormControlLabel control={<Switch checked={parts.showDeleted} onChange={(event) => parts.setShowDeleted(event.target.checked)} />} label={t.showDeleted} />}
          {!readOnly && (
            <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {t.sections.add}
            </Button>
          )}
        </Stack>
        {!parts.loading && parts.shown.length === 0 && <Typography color="text.secondary">{t.sections.empty}</Typography>}
        <Stack component="ol" aria-label={t.sections.heading} spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {parts.shown.map((section) => {
            const position = parts.live.indexOf(section);
            const number = section.deleted ? '' : `${chineseOrdinal(position + 1)}、`;
            return (
              <Box component="li" key={section.id} aria-label={section.heading} sx={{ opacity: section.deleted ? 0.6 : 1 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, flexGrow: 1 }}>
                    {number}
                    {section.deleted ? section.heading : sectionHeading(section.heading)}
                    {section.deleted && <Chip size="small" label={t.deletedTag} sx={{ ml: 1 }} />}
                  </Typography>
                  <OrderedRowActions
                    name={section.heading}
                    deleted={section.deleted}
                    first={position === 0}
                    last={position === parts.live.length - 1}
                    readOnly={readOnly}
                    onMove={(direction) => parts.move(section, direction)}
                    onEdit={() => setEditing(section)}
                    onDelete={() => parts.remove(section)}
                    onRestore={() => parts.restore(section.id)}
                  />
                </Stack>
                {paragraphsOf(section.body).map((paragraph, index) => (
                  <Typography key={index} color="text.secondary" sx={{ textIndent: '2em' }}>
                    {paragraph}
                  </Typography>
                ))}
              </Box>
            );
          })}
        </Stack>
      </CardContent>
      {editing !== undefined && (
        <SectionDialog
          plan={plan}
          section={editing === 'new' ? undefined : editing}
          nextOrder={parts.nextOrder}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onMessage(t.saved);
          }}
          onError={onError}
        />
      )}
      <UndoSnackbar open={parts.removed !== undefined} message={t.sections.deletedNotice} undoLabel={t.undo} onUndo={parts.undo} onClose={parts.closeUndo} />
    </Card>
  );
}
