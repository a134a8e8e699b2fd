import { Alert, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { saveXlsx } from '../../components/export/export-xlsx';
import { useErrorMessage } from '../../errors/use-error-message';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import type { LocatedSheet } from './guess-columns';
import { ImportFileError } from './import-errors';
import type { ImportField, ImportKind } from './import-fields';
import { importFields } from './import-fields';
import { buildImportTemplate } from './import-template';
import { importMessages } from './messages';
import { readChosenFile } from './read-chosen-file';

export function ChooseFileStep({ kind, onRead }: { kind: ImportKind; onRead: (located: LocatedSheet, fileName: string) => void }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(importMessages);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string>();
  const [templateNote, setTemplateNote] = useState<string>();
  const describeError = useErrorMessage();
  const labels = t.fields[kind] as Record<ImportField, string>;

  const choose = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that the same file, corrected and saved again, can be chosen again.
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setReading(true);
    readChosenFile(file, kind).then(
      (located) => onRead(located, file.name),
      (caught: unknown) => {
        setReading(false);
        const words = caught instanceof ImportFileError ? t.fileErrors[caught.problem](file.name, caught.amount ?? 0) : t.fileErrors.unreadable(file.name, 0);
        setError(`${words} ${t.nothingImported}`);
      },
    );
  };

  const downloadTemplate = (): void => {
    setTemplateNote(undefined);
    buildImportTemplate(kind, t, locale)
      .then((bytes) => saveXlsx(t.template.fileName[kind], bytes))
      .then(
        (result) => {
          if (result.outcome === 'saved') setTemplateNote(t.choose.templateSaved(result.path));
          else if (result.outcome === 'downloading') setTemplateNote(t.choose.templateDownloading(result.fileName));
        },
        (caught: unknown) => setError(describeError(caught)),
      );
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography>{t.choose.intro[kind]}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t.choose.columns(importFields[kind].map((field) => labels[field]).join(locale === 'zh-CN' ? '、' : ', '))}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t.choose.encodings}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="contained" component="label" startIcon={<UploadFileIcon />} disabled={reading}>
              {t.choose.button}
              <input type="file" hidden accept=".xlsx,.csv" onChange={choose} data-testid="import-file" />
            </Button>
            <Button startIcon={<FileDownloadIcon />} onClick={downloadTemplate}>
              {t.choose.template}
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t.choose.templateHelp}
          </Typography>
          {templateNote && <Alert severity="success">{templateNote}</Alert>}
          {reading && (
            <Stack spacing={1}>
              <Typography variant="body2">{t.choose.reading}</Typography>
              <LinearProgress />
            </Stack>
          )}
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </CardContent>
    </Card>
  );
}
