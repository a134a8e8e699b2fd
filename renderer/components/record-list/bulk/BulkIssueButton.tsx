import { Button } from '@mui/material';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/use-messages';
import { bulkMessages } from '../bulk-messages';
import type { BulkContext, ListRow } from '../RecordList';

/**
 * Opens the issue screen on the selected units or people, by hand, for the alliance the list is
 * filtered by. The ids travel in the route state: a thousand ids do not fit a URL.
 */
export function BulkIssueButton<R extends ListRow>({ target, context }: { target: 'units' | 'people'; context: BulkContext<R> }): ReactNode {
  const t = useMessages(bulkMessages);
  const navigate = useNavigate();
  const ids = context.rows.filter((row) => !row.deleted).map((row) => row.id);
  if (ids.length === 0) return null;
  const alliance = context.params.get('alliance');
  return (
    <Button
      size="small"
      startIcon={<WorkspacePremiumIcon />}
      disabled={context.running}
      onClick={() => void navigate(`/documents/issue${alliance ? `?alliance=${encodeURIComponent(alliance)}` : ''}`, { state: target === 'units' ? { unitIds: ids } : { personIds: ids } })}
    >
      {t.issueDocuments}
    </Button>
  );
}
