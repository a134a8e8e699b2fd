import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import type { ImageElement } from '../../../../shared/domain/documents';
import { storeAttachment } from '../../../db/attachments';
import { useMessages } from '../../../i18n/use-messages';
import { editorMessages } from './messages';
import { NumberField } from './NumberField';

const imageTypes = 'image/png,image/jpeg,image/gif,image/webp';

/** The alliance's logo or seal (from its record), or an image uploaded here such as a signature scan. */
export function ImageElementForm({ element, onChange, disabled }: { element: ImageElement; onChange: (patch: Partial<ImageElement>) => void; disabled: boolean }): ReactNode {
  const t = useMessages(editorMessages);
  const [failed, setFailed] = useState(false);
  const kind = element.source === 'alliance-logo' || element.source === 'alliance-seal' || element.source === 'alliance-signature' ? element.source : 'upload';
  const upload = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFailed(false);
    if (!imageTypes.split(',').includes(file.type)) {
      setFailed(true);
      return;
    }
    storeAttachment(file).then(
      (sha256) => onChange({ source: sha256 }),
      () => setFailed(true),
    );
  };
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t.source}
          value={kind}
          disabled={disabled}
          onChange={(event) => {
            if (event.target.value !== 'upload') onChange({ source: event.target.value });
          }}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="alliance-logo">{t.imageSources.logo}</MenuItem>
          <MenuItem value="alliance-seal">{t.imageSources.seal}</MenuItem>
          <MenuItem value="alliance-signature">{t.imageSources.signature}</MenuItem>
          <MenuItem value="upload" disabled={kind !== 'upload'}>
            {t.imageSources.upload}
          </MenuItem>
        </TextField>
        <Button component="label" disabled={disabled}>
          {t.uploadImage}
          <input hidden type="file" accept={imageTypes} onChange={upload} />
        </Button>
      </Stack>
      {failed && <Alert severity="error">{t.uploadFailed}</Alert>}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <NumberField label={t.xMm} value={element.xMm} max={1000} disabled={disabled} onChange={(xMm) => onChange({ xMm })} />
        <NumberField label={t.yMm} value={element.yMm} max={1000} disabled={disabled} onChange={(yMm) => onChange({ yMm })} />
        <NumberField label={t.elementWidthMm} value={element.widthMm} min={1} max={1000} disabled={disabled} onChange={(widthMm) => onChange({ widthMm })} />
        <NumberField label={t.elementHeightMm} value={element.heightMm} min={1} max={1000} disabled={disabled} onChange={(heightMm) => onChange({ heightMm })} />
        <NumberField label={t.opacity} value={element.opacity} step={0.05} max={1} disabled={disabled} onChange={(opacity) => onChange({ opacity })} />
      </Stack>
    </Stack>
  );
}
