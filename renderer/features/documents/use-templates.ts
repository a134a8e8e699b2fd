import type { DocumentTemplate } from '../../../shared/domain/documents';
import { builtInTemplates, findBuiltInTemplate } from '../../../shared/documents/built-in-templates';
import { derive } from '../../db/derive';
import { useRecord, useRecords } from '../../db/queries';

/** A template as the screens offer it: the built-ins (code, read-only) and the alliance's own (records that sync). */
export interface TemplateEntry {
  template: DocumentTemplate;
  builtIn: boolean;
}

const builtInEntries: TemplateEntry[] = builtInTemplates.map((template) => ({ template, builtIn: true }));

/** Every template on offer, built-ins first; undefined while loading. */
export function useTemplates(): TemplateEntry[] | undefined {
  const rows = useRecords('documentTemplates');
  if (!rows) return undefined;
  return derive('document templates', [rows], () => [
    ...builtInEntries,
    ...rows.map((row) => ({ template: row, builtIn: false })).sort((a, b) => a.template.name.localeCompare(b.template.name, 'zh-CN')),
  ]);
}

/** One template by id, built-in or record: undefined while loading, null when there is none. */
export function useTemplate(id: string | undefined): TemplateEntry | null | undefined {
  const builtIn = id ? findBuiltInTemplate(id) : undefined;
  const row = useRecord('documentTemplates', builtIn ? undefined : id);
  if (builtIn) return { template: builtIn, builtIn: true };
  if (row === undefined) return undefined;
  return row ? { template: row, builtIn: false } : null;
}
