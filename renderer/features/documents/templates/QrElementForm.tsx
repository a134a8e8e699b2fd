import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { QrElement } from '../../../../shared/domain/documents';
import { useMessages } from '../../../i18n/use-messages';
import { editorMessages } from './messages';
import { NumberField } from './NumberField';

/** Where the signed QR code goes on the page, and how large: its content is made at issuing. */
export function QrElementForm({ element, onChange, disabled }: { element: QrElement; onChange: (patch: Partial<QrElement>) => void; disabled: boolean }): ReactNode {
  const t = useMessages(editorMessages);
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.qrHelp}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <NumberField label={t.xMm} value={element.xMm} max={1000} disabled={disabled} onChange={(xMm) => onChange({ xMm })} />
        <NumberField label={t.yMm} value={element.yMm} max={1000} disabled={disabled} onChange={(yMm) => onChange({ yMm })} />
        <NumberField label={t.qrSizeMm} value={element.sizeMm} min={10} max={200} disabled={disabled} onChange={(sizeMm) => onChange({ sizeMm })} />
      </Stack>
    </Stack>
  );
}
