import { Alert, Box, Button, Paper, Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { DocumentTemplate, TemplateElement } from '../../../../shared/domain/documents';
import { pageSizeMm } from '../../../../shared/documents/page-size';
import { renderDocumentsHtml } from '../../../../shared/documents/render-html';
import { RecordValidationError } from '../../../db/mutate';
import { useRecord } from '../../../db/queries';
import { useMessages } from '../../../i18n/use-messages';
import { DocumentFrame } from '../preview/DocumentFrame';
import { documentFontsBaseUrl } from '../preview/fonts-url';
import { useDocumentAssets } from '../preview/use-document-assets';
import { DragHandle } from './DragHandle';
import { ElementList } from './ElementList';
import { newImageElement, newTextElement } from './element-defaults';
import { ImageElementForm } from './ImageElementForm';
import { QrElementForm } from './QrElementForm';
import { editorMessages } from './messages';
import { PageSettings } from './PageSettings';
import { sampleValues } from './sample-values';
import { TextElementForm } from './TextElementForm';

/**
 * The template editor: paper, frame and background on the left with the elements and the
 * selected element's fields; on the right the live preview, rendered from the same HTML as the
 * print with sample values. `onSave` is absent for a built-in, which is shown read-only.
 */
export function TemplateEditor({ initial, onSave, actions }: { initial: DocumentTemplate; onSave?: (draft: DocumentTemplate) => Promise<unknown>; actions?: ReactNode }): ReactNode {
  const t = useMessages(editorMessages);
  const [draft, setDraft] = useState(initial);
  const [selected, setSelected] = useState<string | undefined>(initial.elements[0]?.id);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const readOnly = !onSave;
  const alliance = useRecord('alliances', draft.allianceId ?? undefined);
  const assets = useDocumentAssets(draft, alliance);
  const size = pageSizeMm(draft);
  const element = draft.elements.find((candidate) => candidate.id === selected);

  const change = (patch: Partial<DocumentTemplate>): void => setDraft((previous) => ({ ...previous, ...patch }));
  const changeElement = (patch: Partial<TemplateElement>): void =>
    setDraft((previous) => ({ ...previous, elements: previous.elements.map((candidate) => (candidate.id === selected ? ({ ...candidate, ...patch } as TemplateElement) : candidate)) }));
  const add = (created: TemplateElement): void => {
    change({ elements: [...draft.elements, created] });
    setSelected(created.id);
  };

  const save = (): void => {
    if (!onSave) return;
    setSaving(true);
    setError(undefined);
    onSave(draft)
      .then(() => setMessage(t.saved))
      .catch((caught: unknown) => setError(caught instanceof RecordValidationError ? t.invalid(caught.issues.map((issue) => issue.path).join('、')) : t.saveFailed))
      .finally(() => setSaving(false));
  };

  const html = assets ? renderDocumentsHtml({ template: draft, pages: [{ values: sampleValues(alliance ?? undefined) }], assets, fontsBaseUrl: documentFontsBaseUrl(), forPreview: true }).html : undefined;

  return (
    <Stack spacing={2}>
      {readOnly && (
        <Alert severity="info" action={actions}>
          {t.builtInNotice}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(420px, 1fr) minmax(420px, 1fr)' }, gap: 2, alignItems: 'start' }}>
        <Stack spacing={2}>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t.pageHeading}
            </Typography>
            <PageSettings draft={draft} onChange={change} disabled={readOnly} />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t.elementsHeading}
            </Typography>
            <ElementList
              elements={draft.elements}
              selected={selected}
              onSelect={setSelected}
              onChange={(elements) => change({ elements })}
              onAddText={() => add(newTextElement(draft.elements, t.newText, size.widthMm))}
              onAddImage={() => add(newImageElement(draft.elements))}
              disabled={readOnly}
            />
            {element && (
              <Box sx={{ mt: 2 }}>
                {element.type === 'text' ? (
                  <TextElementForm key={element.id} element={element} onChange={changeElement} disabled={readOnly} />
                ) : element.type === 'qr' ? (
                  <QrElementForm key={element.id} element={element} onChange={changeElement} disabled={readOnly} />
                ) : (
                  <ImageElementForm key={element.id} element={element} onChange={changeElement} disabled={readOnly} />
                )}
              </Box>
            )}
          </Paper>
          {error && <Alert severity="error">{error}</Alert>}
          {!readOnly && (
            <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
              {actions}
              <Button variant="contained" onClick={save} disabled={saving}>
                {t.save}
              </Button>
            </Stack>
          )}
        </Stack>
        <Paper variant="outlined" sx={{ p: 2, position: { lg: 'sticky' }, top: { lg: 80 } }}>
          <Typography variant="h6" component="h2">
            {t.previewHeading}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {t.previewHelp}
          </Typography>
          {html && (
            <DocumentFrame
              html={html}
              widthMm={size.widthMm}
              heightMm={size.heightMm}
              title={t.previewHeading}
              overlay={element && !readOnly ? (pxPerMm) => <DragHandle element={element} pxPerMm={pxPerMm} label={t.dragHandle} onMove={(xMm, yMm) => changeElement({ xMm, yMm })} /> : undefined}
            />
          )}
        </Paper>
      </Box>
      <Snackbar open={message !== undefined} message={message} autoHideDuration={4000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
