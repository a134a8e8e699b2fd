import { Alert, Box, Button, Checkbox, Chip, Stack, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import { useMessages } from '../../../i18n/use-messages';
import type { Skipped } from './recipient-candidates';
import { recipientKey } from './issue-plan';
import { issueMessages } from './messages';

const rowHeight = 40;

/** What the document attests, beside the name: 牵头单位, 专家指导委员会委员, the agreement. */
function detailOf(recipient: Recipient): string {
  const values = recipient.values;
  if (values.role) return values.role;
  if (values.body && values.position) return `${values.body}${values.position}`;
  return values.agreementTitle ?? values.unitName ?? '';
}

/** The recipients found, each with a check box; only the rows on screen are drawn (an alliance may have hundreds). */
export function RecipientTable({
  recipients,
  skipped,
  excluded,
  held,
  onExclude,
}: {
  recipients: readonly Recipient[];
  skipped: readonly Skipped[];
  excluded: ReadonlySet<string>;
  held: ReadonlyMap<string, IssuedDocument>;
  onExclude: (next: Set<string>) => void;
}): ReactNode {
  const t = useMessages(issueMessages);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions each render by design.
  const virtualizer = useVirtualizer({ count: recipients.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  const chosen = recipients.filter((recipient) => !excluded.has(recipientKey(recipient))).length;
  const toggle = (key: string): void => {
    const next = new Set(excluded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onExclude(next);
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }} data-testid="recipient-count">
          {t.recipientsHeading(chosen, recipients.length)}
        </Typography>
        <Button size="small" onClick={() => onExclude(new Set())}>
          {t.selectAll}
        </Button>
        <Button size="small" onClick={() => onExclude(new Set(recipients.map(recipientKey)))}>
          {t.selectNone}
        </Button>
      </Stack>
      {skipped.map((entry) => (
        <Alert key={entry.name} severity="warning">
          {t.skipped[entry.reason](entry.name)}
        </Alert>
      ))}
      {recipients.length === 0 ? (
        <Typography color="text.secondary">{t.noRecipients}</Typography>
      ) : (
        <Box ref={scrollRef} sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} role="list" aria-label={t.recipientsHeading(chosen, recipients.length)}>
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const recipient = recipients[item.index];
              if (!recipient) return null;
              const key = recipientKey(recipient);
              const holds = held.get(key);
              return (
                <Stack
                  key={key}
                  role="listitem"
                  direction="row"
                  spacing={1}
                  sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)`, alignItems: 'center', px: 1, borderBottom: 1, borderColor: 'divider' }}
                >
                  <Checkbox size="small" checked={!excluded.has(key)} onChange={() => toggle(key)} slotProps={{ input: { 'aria-label': recipient.recipientName } }} />
                  <Typography sx={{ flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{recipient.recipientName}</Typography>
                  {holds && <Chip size="small" color="warning" variant="outlined" label={t.alreadyHolds(holds.number)} />}
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {detailOf(recipient)}
                  </Typography>
                </Stack>
              );
            })}
          </Box>
        </Box>
      )}
    </Stack>
  );
}
