import { Alert, Button, Card, CardContent, Chip, Link, Snackbar, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import { pageSizeMm } from '../../../../shared/documents/page-size';
import { templateKinds } from '../../../../shared/domain/vocabulary';
import { HistoryPanel } from '../../../components/record/HistoryPanel';
import { NotFound } from '../../../components/record/NotFound';
import { useNames, useRecord } from '../../../db/queries';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { exportIssued, issuedHtml } from '../export-documents';
import { documentFileName } from '../file-names';
import { DocumentFrame } from '../preview/DocumentFrame';
import { useDocumentAssets } from '../preview/use-document-assets';
import { useTemplate } from '../use-templates';
import { issuedMessages } from './messages';
import { PrintLogCard } from './PrintLogCard';
import { restoreDocument, revokeDocument } from './revoke';
import { RevokeDialog } from './RevokeDialog';
import { useDocumentOutputs } from '../use-document-outputs';

/** One issued document: its text as printed, a reprint under the same number, revoking with a reason. */
export function IssuedDetailScreen(): ReactNode {
  const t = useMessages(issuedMessages);
  const { locale } = useLocale();
  const describeError = useErrorMessage();
  const { id } = useParams();
  const stored = useRecord('issuedDocuments', id);
  const document = stored ?? undefined;
  const entry = useTemplate(document?.templateId);
  const alliance = useRecord('alliances', document?.allianceId);
  const events = useNames('events');
  const assets = useDocumentAssets(entry?.template, alliance);
  const outputs = useDocumentOutputs(document?.id);
  const [revoking, setRevoking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();

  if (stored === undefined) return null;
  if (stored === null) return <NotFound message={t.notFound} back={t.backToList} to="/documents/issued" />;
  const issued: IssuedDocument = stored;
  const template = entry?.template;
  const failed = (error: unknown): void => setMessage(describeError(error));

  const reprint = (): void => {
    if (!template || !assets) return;
    setBusy(true);
    exportIssued('one', template, [issued], assets, documentFileName(issued.number, issued.recipientName))
      .then((outcome) => {
        if (outcome.outcome === 'saved') setMessage(t.saved(outcome.where));
        if (outcome.outcome === 'downloading') setMessage(t.downloading(outcome.fileName));
      })
      .catch(failed)
      .finally(() => setBusy(false));
  };

  const textElements = template?.elements.filter((element) => element.type === 'text') ?? [];
  const size = template ? pageSizeMm(template) : undefined;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      {issued.revoked && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" onClick={() => void restoreDocument(issued.id).catch(() => setMessage(t.failed))}>
              {t.restore}
            </Button>
          }
        >
          {t.revokedBanner(issued.revokedOn ?? '', issued.revokedReason)}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1" sx={{ fontFamily: 'monospace' }}>
            {issued.number}
          </Typography>
          <Typography color="text.secondary">
            {issued.recipientName} · {templateKinds.label(issued.kind, locale)}
          </Typography>
        </Stack>
        <Button variant="contained" onClick={reprint} disabled={!template || !assets || busy || issued.revoked}>
          {t.reprint}
        </Button>
        {!issued.revoked && (
          <Button color="error" onClick={() => setRevoking(true)}>
            {t.revoke}
          </Button>
        )}
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Table size="small">
            <TableBody>
              <TableRow>
                <TableCell sx={{ width: 160, color: 'text.secondary' }}>{t.fields.templateId}</TableCell>
                <TableCell>
                  {template?.name ?? issued.templateId} {entry?.builtIn && <Chip size="small" label={t.builtIn} sx={{ ml: 1 }} />}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell sx={{ color: 'text.secondary' }}>{t.fields.issuedOn}</TableCell>
                <TableCell>{issued.issuedOn}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell sx={{ color: 'text.secondary' }}>{t.fields.eventId}</TableCell>
                <TableCell>
                  {issued.eventId ? (
                    <Link component={RouterLink} to={`/events/${issued.eventId}`}>
                      {events?.get(issued.eventId) ?? ''}
                    </Link>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell sx={{ color: 'text.secondary' }}>{t.printsLabel}</TableCell>
                <TableCell data-testid="print-count">{outputs?.prints ?? ''}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell sx={{ color: 'text.secondary' }}>{t.exportsLabel}</TableCell>
                <TableCell data-testid="export-count">{outputs?.exports ?? ''}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell sx={{ color: 'text.secondary' }}>{t.status}</TableCell>
                <TableCell>{issued.revoked ? t.revokedLabel : t.valid}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      {!template && entry !== undefined && <Alert severity="info">{t.templateMissing}</Alert>}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t.printedHeading}
          </Typography>
          <Stack spacing={0.5} data-testid="printed-texts">
            {(textElements.length > 0 ? textElements.map((element) => issued.printedTexts[element.id] ?? '') : Object.values(issued.printedTexts))
              .filter((text) => text !== '')
              .map((text, index) => (
                <Typography key={index} sx={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Typography>
              ))}
          </Stack>
        </CardContent>
      </Card>
      {template && assets && size && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t.previewHeading}
            </Typography>
            <DocumentFrame html={issuedHtml(template, [issued], assets, true)} widthMm={size.widthMm} heightMm={size.heightMm} title={t.previewHeading} maxHeight={520} />
          </CardContent>
        </Card>
      )}
      <PrintLogCard documentId={issued.id} />
      <HistoryPanel table="issuedDocuments" id={issued.id} fieldLabels={t.fields} />
      <RevokeDialog
        key={String(revoking)}
        number={issued.number}
        open={revoking}
        onClose={() => setRevoking(false)}
        onRevoke={(reason) => {
          setRevoking(false);
          revokeDocument(issued.id, reason).catch(() => setMessage(t.failed));
        }}
      />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
