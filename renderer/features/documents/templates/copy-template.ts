import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { RecordInput } from '../../../../shared/domain/tables';
import { createRecord } from '../../../db/mutate';

/** The fields of a template as a new record's input: a built-in is customised by copying it. */
export function templateInput(template: DocumentTemplate, patch: Partial<RecordInput<'documentTemplates'>> = {}): RecordInput<'documentTemplates'> {
  return {
    allianceId: template.allianceId,
    kind: template.kind,
    name: template.name,
    paper: template.paper,
    orientation: template.orientation,
    widthMm: template.widthMm,
    heightMm: template.heightMm,
    frame: template.frame,
    background: template.background,
    backgroundMode: template.backgroundMode,
    elements: template.elements.map((element) => ({ ...element })),
    ...patch,
  };
}

export async function copyTemplate(template: DocumentTemplate, suffix: string): Promise<string> {
  const name = `${template.name}${suffix}`.slice(0, 100);
  return (await createRecord('documentTemplates', templateInput(template, { name }))).id;
}
