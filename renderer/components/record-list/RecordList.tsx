import { Box, Button, Checkbox, FormControlLabel, MenuItem, Paper, Snackbar, Stack, Switch, TableSortLabel, TextField, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { matchesSearch, normalizeQuery } from '../../../shared/domain/search-text';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { exportXlsx } from '../export/export-xlsx';
import type { SheetData } from '../export/record-sheets';
import { UndoSnackbar } from '../record/RowActions';
import { BulkActionBar } from './BulkActionBar';
import { RecordListRow, rowHeight } from './RecordListRow';
import { bulkMessages } from './bulk-messages';
import { useListParams } from './list-params';
import { recordListMessages } from './messages';
import { sortRows } from './sort-rows';
import type { BulkRun } from './use-bulk-action';
import { useBulkAction } from './use-bulk-action';
import { useSelection } from './use-selection';

export interface ListRow {
  id: string;
  deleted: boolean;
  _search: string;
}

export interface ListColumn<R> {
  id: string;
  header: string;
  /** CSS grid track, e.g. '2fr' or '140px'. */
  width?: string;
  /** The value shown, sorted by and exported. */
  value: (row: R) => string | number;
  /** Sorts by this ASCII key instead (e.g. `(row) => row._search`, which starts with the name's pinyin). */
  sortKey?: (row: R) => string;
  render?: (row: R) => ReactNode;
}

export interface ListFilter {
  /** The URL parameter holding the chosen value. */
  param: string;
  label: string;
  options: { value: string; label: string }[];
}

/** What a list's bulk actions act on, and how they run. */
export interface BulkContext<R> {
  /** The selected rows, in the list's order, those the filter hides included. */
  rows: R[];
  /** How many of them the filter hides. */
  hidden: number;
  params: URLSearchParams;
  run: BulkRun;
  running: boolean;
}

export interface RecordListProps<R extends ListRow> {
  title: string;
  /** Every record, deleted ones included: the list hides them unless the user asks. */
  rows: R[] | undefined;
  columns: ListColumn<R>[];
  filters?: ListFilter[];
  /** The feature's own test of the filter parameters against a row. */
  matches?: (row: R, params: URLSearchParams) => boolean;
  onOpen: (row: R) => void;
  actions?: ReactNode;
  /** Name of the exported file, without extension. */
  exportName: string;
  /**
   * Every field of the rows shown, for lists whose export must import back as the same records;
   * without it the list's own columns are exported.
   */
  exportSheet?: (rows: R[], params: URLSearchParams) => SheetData;
  /** The actions on selected rows; with them the list has a checkbox on each row. */
  bulkActions?: (context: BulkContext<R>) => ReactNode;
}


/**
 * The list screen of every kind of record: search by name or pinyin, filters and sort kept in
 * the URL, only the rows on screen rendered, export of what is shown to Excel.
 */
export function RecordList<R extends ListRow>({ title, rows, columns, filters = [], matches, onOpen, actions, exportName, exportSheet, bulkActions }: RecordListProps<R>): ReactNode {
  const t = useMessages(recordListMessages);
  const tb = useMessages(bulkMessages);
  const describeError = useErrorMessage();
  const { params, get, set } = useListParams();
  const [message, setMessage] = useState<string>();
  const query = useDeferredValue(normalizeQuery(get('q')));
  const showDeleted = get('deleted') === '1';
  const sortColumn = columns.find((column) => column.id === get('sort')) ?? columns[0];
  const descending = get('dir') === 'desc';

  const shown = useMemo(() => {
    if (!rows) return [];
    const filtered = rows.filter((row) => (showDeleted || !row.deleted) && matchesSearch(row._search, query) && (!matches || matches(row, params)));
    return sortColumn ? sortRows(filtered, sortColumn, descending) : filtered;
  }, [rows, showDeleted, query, matches, params, sortColumn, descending]);

  // What the list could show with this deleted-switch: a selected row hidden with the deleted ones is no longer acted on.
  const selectable = useMemo(() => (rows ?? []).filter((row) => showDeleted || !row.deleted), [rows, showDeleted]);
  const selection = useSelection(selectable, shown);
  const bulk = useBulkAction();
  const selecting = bulkActions !== undefined;

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions each render by design.
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 10 });
  const template = [...(selecting ? ['40px'] : []), ...columns.map((column) => column.width ?? '1fr')].join(' ');
  const total = selectable.length;

  const exportShown = (): void => {
    const sheet = exportSheet
      ? exportSheet(shown, params)
      : { columns: columns.map((column) => ({ header: column.header })), rows: shown.map((row) => columns.map((column) => column.value(row))) };
    exportXlsx(exportName, title, sheet.columns, sheet.rows).then(
      (result) => {
        if (result.outcome === 'saved') setMessage(t.exported(result.path));
        else if (result.outcome === 'downloading') setMessage(t.downloading(result.fileName));
      },
      (error: unknown) => setMessage(describeError(error)),
    );
  };

  return (
    <Stack spacing={2} sx={{ height: 'calc(100vh - 112px)' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
        <Button startIcon={<FileDownloadIcon />} onClick={exportShown} disabled={shown.length === 0}>
          {t.export}
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField
          size="small"
          type="search"
          label={t.search}
          placeholder={t.searchHelp}
          value={get('q')}
          onChange={(event) => set('q', event.target.value)}
          sx={{ minWidth: 260 }}
        />
        {filters.map((filter) => (
          <TextField key={filter.param} select size="small" label={filter.label} value={get(filter.param)} onChange={(event) => set(filter.param, event.target.value)} sx={{ minWidth: 160 }}>
            <MenuItem value="">{t.all}</MenuItem>
            {filter.options.map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <FormControlLabel control={<Switch checked={showDeleted} onChange={(event) => set('deleted', event.target.checked ? '1' : '')} />} label={t.showDeleted} />
        <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto' }} data-testid="list-count">
          {rows ? t.count(shown.length, total) : t.loading}
        </Typography>
      </Stack>
      {bulkActions && selection.rows.length > 0 && (
        <BulkActionBar count={selection.rows.length} hidden={selection.hidden} bulk={bulk} onClear={selection.clear}>
          {bulkActions({ rows: selection.rows, hidden: selection.hidden, params, run: bulk.run, running: bulk.running })}
        </BulkActionBar>
      )}
      <Paper variant="outlined" sx={{ flexGrow: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }} role="table" aria-label={title} aria-rowcount={shown.length}>
        <Box role="row" sx={{ display: 'grid', gridTemplateColumns: template, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.50', alignItems: 'center' }}>
          {selecting && (
            <Box role="columnheader">
              <Checkbox
                size="small"
                sx={{ p: 0.5 }}
                checked={selection.shownState === 'all' && shown.length > 0}
                indeterminate={selection.shownState === 'some'}
                disabled={shown.length === 0}
                onChange={selection.toggleShown}
                slotProps={{ input: { 'aria-label': tb.selectShown(shown.length) } }}
              />
            </Box>
          )}
          {columns.map((column) => (
            <Box role="columnheader" key={column.id} sx={{ fontWeight: 600, pr: 1 }}>
              <TableSortLabel
                active={sortColumn?.id === column.id}
                direction={sortColumn?.id === column.id && descending ? 'desc' : 'asc'}
                onClick={() => {
                  const same = sortColumn?.id === column.id;
                  set('sort', column.id);
                  set('dir', same && !descending ? 'desc' : '');
                }}
              >
                {column.header}
              </TableSortLabel>
            </Box>
          ))}
        </Box>
        <Box ref={scrollRef} sx={{ flexGrow: 1, overflow: 'auto', minHeight: 0 }} role="rowgroup">
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index];
              if (!row) return null;
              return (
                <RecordListRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  start={item.start}
                  columns={columns}
                  template={template}
                  onOpen={onOpen}
                  selection={selecting ? { selected: selection.isSelected(row.id), toggle: selection.toggle, label: tb.selectRow(String(columns[0]?.value(row) ?? '')) } : undefined}
                />
              );
            })}
          </Box>
        </Box>
      </Paper>
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
      {bulk.notice?.undo ? (
        <UndoSnackbar open message={bulk.notice.message} undoLabel={tb.undo} onUndo={bulk.undo} onClose={bulk.dismiss} />
      ) : (
        <Snackbar open={bulk.notice !== undefined} message={bulk.notice?.message} autoHideDuration={6000} onClose={bulk.dismiss} />
      )}
    </Stack>
  );
}
