import { Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { TextElement } from '../../../../shared/domain/documents';
import { documentFonts } from '../../../../shared/domain/vocabulary';
import { placeholderKeys, placeholderLabel } from '../../../../shared/documents/placeholders';
import { minimumSizePt } from '../../../../shared/documents/render-html';
import { vocabularyOptions } from '../../../components/record/vocabulary-options';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { editorMessages } from './messages';
import { NumberField } from './NumberField';

const aligns = ['left', 'center', 'right', 'justify'] as const;

/** The height the element keeps free on the page: its lines at its design size (1 pt = 25.4 / 72 mm). */
function boxHeightMm(element: Pick<TextElement, 'maxLines' | 'lineHeight' | 'sizePt'>): number {
  return element.maxLines * element.lineHeight * element.sizePt * (25.4 / 72);
}

/** One text element: its content (free text and {fields}), its type and its place on the page in mm. */
export function TextElementForm({ element, onChange, disabled }: { element: TextElement; onChange: (patch: Partial<TextElement>) => void; disabled: boolean }): ReactNode {
  const t = useMessages(editorMessages);
  const { locale } = useLocale();
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        <TextField label={t.content} value={element.content} onChange={(event) => onChange({ content: event.target.value })} helperText={t.contentHelp} multiline fullWidth disabled={disabled} slotProps={{ htmlInput: { maxLength: 2000 } }} />
        <TextField
          select
          label={t.insertField}
          value=""
          disabled={disabled}
          onChange={(event) => onChange({ content: `${element.content}{${event.target.value}}` })}
          sx={{ minWidth: 180 }}
        >
          {placeholderKeys.map((key) => (
            <MenuItem key={key} value={key}>
              {placeholderLabel(key, locale)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={t.font} value={element.font} disabled={disabled} onChange={(event) => onChange({ font: event.target.value as TextElement['font'] })} sx={{ minWidth: 200 }}>
          {vocabularyOptions(documentFonts, locale).map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <NumberField label={t.sizePt} value={element.sizePt} min={4} max={200} disabled={disabled} onChange={(sizePt) => onChange({ sizePt })} />
        <FormControlLabel control={<Checkbox checked={element.bold} disabled={disabled} onChange={(event) => onChange({ bold: event.target.checked })} />} label={t.bold} />
        <FormControlLabel control={<Checkbox checked={element.rotation === 180} disabled={disabled} onChange={(event) => onChange({ rotation: event.target.checked ? 180 : 0 })} />} label={t.rotated} />
        <TextField size="small" type="color" label={t.color} value={element.color} disabled={disabled} onChange={(event) => onChange({ color: event.target.value })} sx={{ width: 90 }} />
        <TextField select size="small" label={t.align} value={element.align} disabled={disabled} onChange={(event) => onChange({ align: event.target.value as TextElement['align'] })} sx={{ minWidth: 120 }}>
          {aligns.map((align) => (
            <MenuItem key={align} value={align}>
              {t.aligns[align]}
            </MenuItem>
          ))}
        </TextField>
        <NumberField label={t.letterSpacing} value={element.letterSpacingEm} step={0.1} max={5} disabled={disabled} onChange={(letterSpacingEm) => onChange({ letterSpacingEm })} />
        <NumberField label={t.lineHeight} value={element.lineHeight} step={0.1} min={0.8} max={4} disabled={disabled} onChange={(lineHeight) => onChange({ lineHeight })} />
        {/* In mm, not characters: the lines of a letter start at one x whatever their size. */}
        <NumberField label={t.indentMm} value={element.indentMm ?? 0} step={0.5} max={100} disabled={disabled} onChange={(indentMm) => onChange({ indentMm })} />
      </Stack>
      <Stack spacing={0.5}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <NumberField label={t.maxLines} value={element.maxLines} min={1} max={60} disabled={disabled} onChange={(maxLines) => onChange({ maxLines: Math.round(maxLines) })} />
          <NumberField
            label={t.minSizePt}
            value={minimumSizePt(element)}
            step={0.5}
            min={4}
            max={element.sizePt}
            disabled={disabled}
            onChange={(minSizePt) => onChange({ minSizePt: Math.min(minSizePt, element.sizePt) })}
          />
        </Stack>
        <Typography variant="caption" color="text.secondary" data-testid="text-box-height">
          {t.boxHeight(boxHeightMm(element).toFixed(1))} {t.fitHelp}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <NumberField label={t.xMm} value={element.xMm} max={1000} disabled={disabled} onChange={(xMm) => onChange({ xMm })} />
        <NumberField label={t.yMm} value={element.yMm} max={1000} disabled={disabled} onChange={(yMm) => onChange({ yMm })} />
        <NumberField label={t.elementWidthMm} value={element.widthMm} min={1} max={1000} disabled={disabled} onChange={(widthMm) => onChange({ widthMm })} />
      </Stack>
    </Stack>
  );
}
