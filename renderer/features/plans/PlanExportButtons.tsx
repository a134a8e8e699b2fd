import { Button } from '@mui/material';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import type { ReactNode } from 'react';
import type { SaveAsResult } from '../../../shared/bridge/files';
import type { PlanSource } from '../../../shared/documents/plan-document';
import type { ActionPlan } from '../../../shared/domain/plans';
import { useSaveRun } from '../../components/saving/use-save-run';
import { useMessages } from '../../i18n/use-messages';
import { exportPlanDocx, exportPlanPdf } from './export-plan';
import { planMessages } from './messages';
import { readPlanSource } from './read-plan-source';

/** Export to PDF (official-document layout, rendered by the main process) and to .docx. */
export function PlanExportButtons({ plan, onMessage }: { plan: ActionPlan; onMessage: (message: string) => void }): ReactNode {
  const t = useMessages(planMessages);
  const { busy, run: save } = useSaveRun<'pdf' | 'docx'>(t, onMessage);
  const run = (kind: 'pdf' | 'docx', exporter: (source: PlanSource) => Promise<SaveAsResult>): void => save(kind, () => readPlanSource(plan).then(exporter));

  return (
    <>
      <Button startIcon={<PictureAsPdfOutlinedIcon />} disabled={busy !== undefined} onClick={() => run('pdf', exportPlanPdf)}>
        {busy === 'pdf' ? t.exporting : t.exportPdf}
      </Button>
      <Button startIcon={<DescriptionOutlinedIcon />} disabled={busy !== undefined} onClick={() => run('docx', exportPlanDocx)}>
        {busy === 'docx' ? t.exporting : t.exportDocx}
      </Button>
    </>
  );
}
