import { unitKinds } from '../../../shared/domain/vocabulary';
import { unitKindSynonyms } from './header-synonyms';
import { normalizeHeader } from './normalize-header';

export type UnitKind = (typeof unitKinds.values)[number];

const byWord = new Map<string, UnitKind>();
for (const kind of unitKinds.values) {
  const words = [kind, unitKinds.labels[kind]['zh-CN'], unitKinds.labels[kind].en, ...(unitKindSynonyms[kind] ?? [])];
  for (const word of words) byWord.set(normalizeHeader(word), kind);
}

/** The kind of unit a cell names (高职院校, 企业, Enterprise …), or undefined when it names none. */
export function unitKindOf(text: string): UnitKind | undefined {
  return byWord.get(normalizeHeader(text));
}
