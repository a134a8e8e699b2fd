import { Autocomplete, TextField } from '@mui/material';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useRecords } from '../../db/queries';
import { matchesSearch, normalizeQuery } from '../../../shared/domain/search-text';

type PickableTable = 'alliances' | 'units' | 'people' | 'events';

interface Option {
  id: string;
  label: string;
  search: string;
}

/** The table's records as options; with `allianceId`, only that alliance's (an event picked for an issue). */
function useOptions(table: PickableTable, allianceId?: string | null): Option[] {
  const rows = useRecords(table);
  return useMemo(
    () =>
      (rows ?? [])
        .filter((row) => !allianceId || (row as { allianceId?: string }).allianceId === allianceId)
        .map((row) => {
          const record = row as { id: string; name?: string; title?: string; _search: string };
          return { id: record.id, label: record.name ?? record.title ?? '', search: record._search };
        }),
    [rows, allianceId],
  );
}

const filterOptions = (options: Option[], state: { inputValue: string }): Option[] => {
  const query = normalizeQuery(state.inputValue);
  return options.filter((option) => matchesSearch(option.search, query)).slice(0, 100);
};

interface PickerProps {
  table: PickableTable;
  label: string;
  error?: string;
  required?: boolean;
}

/** Records listed first, under a heading of their own: a unit's own people when choosing its representative. */
export interface PickerGroups {
  first: ReadonlySet<string>;
  firstLabel: string;
  restLabel: string;
}

/** The options with the first group's ahead of the rest, each group in its own order. */
function grouped(options: Option[], groups: PickerGroups | undefined): Option[] {
  if (!groups) return options;
  return [...options.filter((option) => groups.first.has(option.id)), ...options.filter((option) => !groups.first.has(option.id))];
}

/** Chooses one record by name or pinyin (a person's employer, an event's host unit …). */
export function RecordPicker({
  table,
  label,
  error,
  required,
  value,
  onChange,
  groups,
  allianceId,
}: PickerProps & { value: string | null; onChange: (id: string | null) => void; groups?: PickerGroups; allianceId?: string | null }): ReactNode {
  const all = useOptions(table, allianceId);
  const options = useMemo(() => grouped(all, groups), [all, groups]);
  const selected = options.find((option) => option.id === value) ?? null;
  return (
    <Autocomplete
      options={options}
      {...(groups ? { groupBy: (option: Option) => (groups.first.has(option.id) ? groups.firstLabel : groups.restLabel) } : {})}
      value={selected}
      onChange={(_event, option) => onChange(option?.id ?? null)}
      filterOptions={filterOptions}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={!!error} helperText={error} />}
    />
  );
}

/** Chooses several records (the parties of an agreement, its signatories). */
export function RecordMultiPicker({ table, label, error, required, value, onChange }: PickerProps & { value: string[]; onChange: (ids: string[]) => void }): ReactNode {
  const options = useOptions(table);
  const selected = options.filter((option) => value.includes(option.id));
  return (
    <Autocomplete
      multiple
      options={options}
      value={selected}
      onChange={(_event, chosen) => onChange(chosen.map((option) => option.id))}
      filterOptions={filterOptions}
      isOptionEqualToValue={(option, chosenOption) => option.id === chosenOption.id}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={!!error} helperText={error} />}
    />
  );
}
