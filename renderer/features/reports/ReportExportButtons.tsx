import { Button } from '@mui/material';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import type { ReactNode } from 'react';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { useSaveRun } from '../../components/saving/use-save-run';
import { useMessages } from '../../i18n/use-messages';
import { exportReportDocx, exportReportPdf } from './export-report';
import { reportMessages } from './messages';

/** Export the report to PDF (the plan's official layout, rendered by the main process) and to .docx. */
export function ReportExportButtons({ report, onMessage }: { report: ReportDocument | undefined; onMessage: (message: string) => void }): ReactNode {
  const t = useMessages(reportMessages);
  const { busy, run } = useSaveRun<'pdf' | 'docx'>(t, onMessage);
  return (
    <>
      <Button startIcon={<PictureAsPdfOutlinedIcon />} disabled={!report || busy !== undefined} onClick={() => report && run('pdf', () => exportReportPdf(report))}>
        {busy === 'pdf' ? t.exporting : t.exportPdf}
      </Button>
      <Button startIcon={<DescriptionOutlinedIcon />} disabled={!report || busy !== undefined} onClick={() => report && run('docx', () => exportReportDocx(report))}>
        {busy === 'docx' ? t.exporting : t.exportDocx}
      </Button>
    </>
  );
}
