import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ceremonyTemplateIds } from '../../../shared/documents/ceremony-templates';
import { useMessages } from '../../i18n/use-messages';
import { ceremonyCardMessages } from './ceremony-messages';

/** Where the event's own papers are made: each opens the documents screen on that paper. */
export function CeremonyDocumentsCard({ eventId, disabled }: { eventId: string; disabled: boolean }): ReactNode {
  const t = useMessages(ceremonyCardMessages);
  const paper = (doc: string): string => `/documents/ceremony/${encodeURIComponent(eventId)}?doc=${doc}`;
  const links = [
    { label: t.signInSheet, to: paper('sign-in-sheet') },
    { label: t.programme, to: paper('programme') },
    { label: t.tableCards, to: paper('table-card') },
    { label: t.badges, to: paper('name-badge') },
    { label: t.certificates, to: `/documents/issue?event=${encodeURIComponent(eventId)}&template=${ceremonyTemplateIds.participationCertificate}` },
  ];
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={1.5}>
          <Typography variant="h6" component="h2">
            {t.heading}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t.hint}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label={t.heading}>
            {links.map((link) => (
              <Button key={link.to} variant="outlined" component={RouterLink} to={link.to} disabled={disabled}>
                {link.label}
              </Button>
            ))}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
