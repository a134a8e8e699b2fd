import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { correctedOffset, renderCalibrationHtml } from '../../../../shared/documents/calibration-page';
import type { OffsetMm } from '../../../../shared/documents/print-settings';
import { offsetFor, withOffset } from '../../../../shared/documents/print-settings';
import { desk } from '../../../bridge/desk';
import { readSetting, writeSetting } from '../../../db/settings';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useMessages } from '../../../i18n/use-messages';
import { documentFontsBaseUrl } from '../preview/fonts-url';
import { useTemplates } from '../use-templates';
import { printingMessages } from './messages';
import { usePrintSetup } from './use-print-setup';
import { usePrinters } from './use-printers';

const toNumber = (text: string): number => (Number.isFinite(Number(text)) ? Number(text) : 0);

/** Per printer and template: print the ruler page, measure, save the offsets every printout then uses. */
export function CalibrationScreen(): ReactNode {
  const t = useMessages(printingMessages).calibration;
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const templates = useTemplates();
  const setup = usePrintSetup();
  const printers = usePrinters();
  const printer = params.get('printer') ?? '';
  const templateId = params.get('template') ?? templates?.[0]?.template.id ?? '';
  const saved = offsetFor(setup?.calibration, printer || null, templateId);
  const [draft, setDraft] = useState<{ key: string; x: string; y: string }>();
  const key = `${printer}|${templateId}`;
  const offset: OffsetMm = draft?.key === key ? { x: toNumber(draft.x), y: toNumber(draft.y) } : saved;
  const [measured, setMeasured] = useState({ x: '30', y: '30' });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string }>();

  if (!templates || !setup) return null;
  const template = templates.find((entry) => entry.template.id === templateId)?.template;
  const choose = (name: 'printer' | 'template', value: string): void => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
    setMessage(undefined);
  };
  const printPage = async (): Promise<void> => {
    if (!template || !printer) return;
    try {
      const html = renderCalibrationHtml({ template, offsetMm: offset, fontsBaseUrl: documentFontsBaseUrl(), printerName: printer });
      await desk.documents.print({ html, printer, copies: 1, dialog: false, jobTitle: `校准页 ${template.name}` });
      setMessage({ severity: 'success', text: t.printed });
    } catch (error) {
      setMessage({ severity: 'error', text: errorMessage(error) });
    }
  };
  const save = async (): Promise<void> => {
    await writeSetting('calibration', withOffset(await readSetting('calibration'), printer, templateId, offset));
    setMessage({ severity: 'success', text: t.saved });
  };
  const setOffset = (x: number, y: number): void => setDraft({ key, x: String(x), y: String(y) });

  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Typography variant="h5" component="h1">
        {t.title}
      </Typography>
      <Typography color="text.secondary">{t.intro}</Typography>
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
              <TextField select label={t.template} value={template ? templateId : ''} onChange={(event) => choose('template', event.target.value)} sx={{ minWidth: 300 }} size="small">
                {templates.map((entry) => (
                  <MenuItem key={entry.template.id} value={entry.template.id}>
                    {entry.template.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label={t.printer} value={printers.list?.printers.some((candidate) => candidate.name === printer) ? printer : ''} onChange={(event) => choose('printer', event.target.value)} sx={{ minWidth: 280 }} size="small">
                {(printers.list?.printers ?? []).map((candidate) => (
                  <MenuItem key={candidate.name} value={candidate.name}>
                    {candidate.description || candidate.name}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            {!printer && <Alert severity="info">{t.needPrinter}</Alert>}
            <Typography>{t.current(saved.x, saved.y)}</Typography>
            <Stack direction="row" spacing={2}>
              <TextField label={t.offsetX} type="number" size="small" value={draft?.key === key ? draft.x : String(offset.x)} onChange={(event) => setDraft({ key, x: event.target.value, y: draft?.key === key ? draft.y : String(offset.y) })} slotProps={{ htmlInput: { step: 0.5, min: -50, max: 50 } }} sx={{ width: 280 }} />
              <TextField label={t.offsetY} type="number" size="small" value={draft?.key === key ? draft.y : String(offset.y)} onChange={(event) => setDraft({ key, y: event.target.value, x: draft?.key === key ? draft.x : String(offset.x) })} slotProps={{ htmlInput: { step: 0.5, min: -50, max: 50 } }} sx={{ width: 280 }} />
            </Stack>
            <Typography variant="subtitle1" component="h2">
              {t.measuredHeading}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <TextField label={t.measuredX} type="number" size="small" value={measured.x} onChange={(event) => setMeasured({ ...measured, x: event.target.value })} slotProps={{ htmlInput: { step: 0.5 } }} />
              <TextField label={t.measuredY} type="number" size="small" value={measured.y} onChange={(event) => setMeasured({ ...measured, y: event.target.value })} slotProps={{ htmlInput: { step: 0.5 } }} />
              <Button
                onClick={() => {
                  const next = correctedOffset(offset, { x: toNumber(measured.x), y: toNumber(measured.y) });
                  setOffset(next.x, next.y);
                }}
              >
                {t.apply}
              </Button>
            </Stack>
            {message && <Alert severity={message.severity}>{message.text}</Alert>}
            <Stack direction="row" spacing={2}>
              <Button variant="outlined" startIcon={<PrintIcon />} disabled={!printer || !template} onClick={() => void printPage()}>
                {t.printPage}
              </Button>
              <Button variant="contained" disabled={!printer || !template || Math.abs(offset.x) > 50 || Math.abs(offset.y) > 50} onClick={() => void save()}>
                {t.save}
              </Button>
              <Button onClick={() => void navigate(-1)}>{t.back}</Button>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
