import { Alert, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { pageSizeMm } from '../../../../shared/documents/page-size';
import { placeholderLabel } from '../../../../shared/documents/placeholders';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import type { DocumentAssets } from '../../../../shared/documents/render-html';
import { renderDocumentsHtml } from '../../../../shared/documents/render-html';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { DocumentFrame } from '../preview/DocumentFrame';
import { documentFontsBaseUrl } from '../preview/fonts-url';
import type { RecipientProblem } from './issue-plan';
import { issueMessages } from './messages';

const shownProblems = 8;

/** What cannot be filled, by page and recipient. */
export function ProblemList({ problems }: { problems: readonly RecipientProblem[] }): ReactNode {
  const t = useMessages(issueMessages);
  const { locale } = useLocale();
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" data-testid="fill-problems">
      <Typography variant="body2">{t.problemsHeading}</Typography>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {problems.slice(0, shownProblems).map((problem) => (
          <li key={problem.page}>{t.problemLine(problem.page, problem.name, [...problem.missing.map((key) => t.fieldName(placeholderLabel(key, locale))), ...problem.unknown.map(t.unknownField)].join(t.listSeparator))}</li>
        ))}
        {problems.length > shownProblems && <li>{t.moreProblems(problems.length - shownProblems)}</li>}
      </ul>
      <Typography variant="body2">{t.fixHint}</Typography>
    </Alert>
  );
}

/**
 * The batch page by page. Only the page on screen is rendered, so 500 recipients cost no more
 * than one; it is the same HTML as the export, with missing fields marked.
 */
export function IssuePreview({
  template,
  recipients,
  numbers,
  assets,
  page,
  onPage,
}: {
  template: DocumentTemplate;
  recipients: readonly Recipient[];
  numbers: readonly string[];
  assets: DocumentAssets;
  page: number;
  onPage: (page: number) => void;
}): ReactNode {
  const t = useMessages(issueMessages);
  const index = Math.min(page, recipients.length - 1);
  const recipient = recipients[index];
  if (!recipient) return null;
  const html = renderDocumentsHtml({ template, pages: [{ values: recipient.values, number: numbers[index] }], assets, fontsBaseUrl: documentFontsBaseUrl(), forPreview: true }).html;
  const size = pageSizeMm(template);
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button onClick={() => onPage(index - 1)} disabled={index === 0}>
          {t.previous}
        </Button>
        <Typography data-testid="preview-page">{t.pageOf(index + 1, recipients.length)}</Typography>
        <Button onClick={() => onPage(index + 1)} disabled={index >= recipients.length - 1}>
          {t.next}
        </Button>
        <Typography color="text.secondary" sx={{ ml: 'auto' }}>
          {recipient.recipientName} · {numbers[index]}
        </Typography>
      </Stack>
      <DocumentFrame html={html} widthMm={size.widthMm} heightMm={size.heightMm} title={t.previewTitle(recipient.recipientName)} />
    </Stack>
  );
}
