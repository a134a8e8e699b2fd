import { Box, Checkbox } from '@mui/material';
import { memo } from 'react';
import type { ReactNode } from 'react';
import type { ListColumn, ListRow } from './RecordList';

export const rowHeight = 44;

interface RowProps<R extends ListRow> {
  row: R;
  index: number;
  /** The row's offset in the virtualized list, in px. */
  start: number;
  columns: ListColumn<R>[];
  template: string;
  onOpen: (row: R) => void;
  /** With a selection column: whether the row is selected, how it is toggled, its checkbox's label. */
  selection: { selected: boolean; toggle: (id: string, range: boolean) => void; label: string } | undefined;
}

/**
 * One row of a list. Memoized: a bulk action, its progress or a new selection elsewhere re-draws
 * the list around it, and only the rows whose own props changed are drawn again.
 */
function RecordListRowView<R extends ListRow>({ row, index, start, columns, template, onOpen, selection }: RowProps<R>): ReactNode {
  const selected = selection?.selected ?? false;
  return (
    <Box
      role="row"
      tabIndex={0}
      aria-rowindex={index + 1}
      aria-selected={selection ? selected : undefined}
      onClick={() => onOpen(row)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(row);
        // Space selects the focused row, Shift+Space the range to it, as a click and a shift-click do.
        if (selection && event.key === ' ' && event.target === event.currentTarget) {
          event.preventDefault();
          selection.toggle(row.id, event.shiftKey);
        }
      }}
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: rowHeight,
        transform: `translateY(${start}px)`,
        display: 'grid',
        gridTemplateColumns: template,
        alignItems: 'center',
        px: 2,
        cursor: 'pointer',
        borderBottom: 1,
        borderColor: 'divider',
        color: row.deleted ? 'text.disabled' : 'inherit',
        textDecoration: row.deleted ? 'line-through' : 'none',
        bgcolor: selected ? 'action.selected' : undefined,
        '&:hover, &:focus-visible': { bgcolor: selected ? 'action.selected' : 'action.hover', outline: 'none' },
      }}
    >
      {selection && (
        <Box role="cell" onClick={(event) => event.stopPropagation()}>
          <Checkbox
            size="small"
            sx={{ p: 0.5 }}
            checked={selected}
            // A checkbox's change comes from its click, which says whether shift was held.
            onChange={(event) => selection.toggle(row.id, event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey)}
            slotProps={{ input: { 'aria-label': selection.label } }}
          />
        </Box>
      )}
      {columns.map((column) => (
        <Box role="cell" key={column.id} sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', pr: 1 }}>
          {column.render ? column.render(row) : column.value(row)}
        </Box>
      ))}
    </Box>
  );
}

/** The selection's props compared by value: a fresh object with the same state is the same row. */
function sameRow<R extends ListRow>(before: RowProps<R>, after: RowProps<R>): boolean {
  return (
    before.row === after.row &&
    before.index === after.index &&
    before.start === after.start &&
    before.columns === after.columns &&
    before.template === after.template &&
    before.onOpen === after.onOpen &&
    before.selection?.selected === after.selection?.selected &&
    before.selection?.toggle === after.selection?.toggle &&
    before.selection?.label === after.selection?.label
  );
}

export const RecordListRow = memo(RecordListRowView, sameRow) as <R extends ListRow>(props: RowProps<R>) => ReactNode;
