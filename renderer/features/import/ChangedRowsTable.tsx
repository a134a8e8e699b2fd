import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import type { ImportField, ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { ChangedRow } from './plan-import';
import { RowsTable } from './RowsTable';

/** Rows of the file that differ from their record in the registry, each with the fields (as the columns name them) that differ. */
export function ChangedRowsTable({ kind, rows, label }: { kind: ImportKind; rows: readonly ChangedRow[]; label: string }): ReactNode {
  const t = useMessages(importMessages);
  const { locale } = useLocale();
  const names = t.fields[kind] as Partial<Record<ImportField, string>>;
  const join = locale === 'zh-CN' ? '、' : ', ';
  return <RowsTable rows={rows} label={label} detailHeader={t.preview.changedFieldsColumn} more={t.preview.moreChanged} detail={(row) => row.fields.map((field) => names[field] ?? field).join(join)} />;
}
