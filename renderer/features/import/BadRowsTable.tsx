import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { BadRow } from './row-problems';
import { RowsTable } from './RowsTable';
import { useDescribeProblem } from './use-describe-problem';

/** Rows with their problems (or warnings), each in words. */
export function BadRowsTable({ kind, rows, label }: { kind: ImportKind; rows: BadRow[]; label: string }): ReactNode {
  const t = useMessages(importMessages);
  const describe = useDescribeProblem(kind);
  return (
    <RowsTable
      rows={rows}
      label={label}
      detailHeader={t.preview.problemsColumn}
      more={t.preview.moreBad}
      detail={(row) =>
        row.problems.map((problem, index) => (
          <Typography key={index} variant="body2">
            {describe(problem)}
          </Typography>
        ))
      }
    />
  );
}
