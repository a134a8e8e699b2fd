import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import ArticleOutlinedIcon from '@mui/icons-material/ArticleOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { EventRecord } from '../../../../shared/domain/records';
import { newsText } from '../../../../shared/reports/news-draft';
import { useSaveRun } from '../../../components/saving/use-save-run';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { exportNewsDocx } from './export-news';
import { newsMessages } from './messages';
import { useNewsDraft } from './use-news-draft';

/** The event page's 新闻稿: the draft shown as text to copy into a WeChat article, or exported to .docx. */
export function NewsDraftButton({ event, onMessage }: { event: EventRecord; onMessage: (message: string) => void }): ReactNode {
  const t = useMessages(newsMessages);
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const { busy, run } = useSaveRun<'docx'>(t, onMessage);
  const { draft, failed } = useNewsDraft(event, locale, open);
  const text = draft ? newsText(draft, locale) : '';

  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => onMessage(t.copied),
      () => onMessage(t.copyFailed),
    );
  };
  const exportDocx = (): void => {
    if (draft) run('docx', () => exportNewsDocx(draft));
  };

  return (
    <>
      <Button startIcon={<ArticleOutlinedIcon />} onClick={() => setOpen(true)}>
        {t.button}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth aria-labelledby="news-draft-title">
        <DialogTitle id="news-draft-title">{t.heading}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t.help}
          </Typography>
          {failed && <Alert severity="error">{t.failed}</Alert>}
          {draft && <TextField value={text} multiline fullWidth minRows={12} maxRows={24} slotProps={{ htmlInput: { readOnly: true, 'aria-label': t.heading } }} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={copy} disabled={!draft}>
            {t.copy}
          </Button>
          <Button onClick={exportDocx} disabled={!draft || busy !== undefined}>
            {busy ? t.exporting : t.exportDocx}
          </Button>
          <Button onClick={() => setOpen(false)}>{t.close}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
