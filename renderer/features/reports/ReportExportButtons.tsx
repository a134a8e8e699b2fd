import { Button } from '@mui/material';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { SaveAsResult } from '../../../shared/bridge/files';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { exportReportDocx, exportReportPdf } from './export-report';
import { reportMessages } from './messages';

/** Export the report to PDF (the plan's official layout, rendered by the main process) and to .docx. */
export function ReportExportButtons({ report, onMessage }: { report: ReportDocument | undefined; onMessage: (message: string) => void }): ReactNode {
  const t = useMessages(reportMessages);
  const describeError = useErrorMessage();
  const [busy, setBusy] = useState<'pdf' | 'docx'>();
  const run = (kind: 'pdf' | 'docx', exporter: (report: ReportDocument) => Promise<SaveAsResult>): void => {
    if (!report) return;
    setBusy(kind);
    exporter(report)
      .then(
        (result) => {
          if (result.outcome === 'saved') onMessage(t.exported(result.path));
          else if (result.outcome === 'downloading') onMessage(t.downloading(result.fileName));
        },
        (error: unknown) => onMessage(describeError(error)),
      )
      .finally(() => setBusy(undefined));
  };
  return (
    <>
      <Button startIcon={<PictureAsPdfOutlinedIcon />} disabled={!report || busy !== undefined} onClick={() => run('pdf', exportReportPdf)}>
        {busy === 'pdf' ? t.exporting : t.exportPdf}
      </Button>
      <Button startIcon={<DescriptionOutlinedIcon />} disabled={!report || busy !== undefined} onClick={() => run('docx', exportReportDocx)}>
        {busy === 'docx' ? t.exporting : t.exportDocx}
      </Button>
    </>
  );
}
