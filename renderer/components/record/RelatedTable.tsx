import { Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

export interface RelatedRow {
  key: string;
  cells: ReactNode[];
}

/** A card of records related to the one shown (a unit's people, a person's events), one table row each; `action` sits beside the heading. */
export function RelatedTable({ heading, empty, headers, rows, action }: { heading: string; empty: string; headers: string[]; rows: RelatedRow[] | undefined; action?: ReactNode }): ReactNode {
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {heading}
          </Typography>
          {action}
        </Stack>
        {rows?.length === 0 && <Typography color="text.secondary">{empty}</Typography>}
        {rows && rows.length > 0 && (
          <Table size="small" aria-label={heading}>
            <TableHead>
              <TableRow>
                {headers.map((header) => (
                  <TableCell key={header}>{header}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key}>
                  {row.cells.map((cell, index) => (
                    <TableCell key={headers[index] ?? index}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** A link to another record's page, e.g. /people/<id>. */
export function RecordLink({ to, children }: { to: string; children: ReactNode }): ReactNode {
  return (
    <Link component={RouterLink} to={to}>
      {children}
    </Link>
  );
}
