import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../../../shared/documents/built-in-templates';
import { membershipRecipient } from '../../../../shared/documents/recipient-values';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { DeskDatabase } from '../../../db/database';
import { loadSampleData } from '../../../sample-data/load-sample-data';
import type { IssueChoice } from './ChooseRecipients';
import { batchAllianceId, batchCandidates, batchName, changedChoice, chosenRecipients, chosenTemplate, composeProblems, initialChoice, issueBlockers, needsEvent, offeredTemplates } from './issue-batch';
import { fillProblems, recipientKey } from './issue-plan';
import { issueMessages } from './messages';
import { registryViewOf } from './recipient-candidates';

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const letter = findBuiltInTemplate(builtInTemplateIds.appointmentLetter) as DocumentTemplate;
const longNames = readFileSync('/work/shared/corpus/long-names.txt', 'utf8').split('\n').filter(Boolean);

let counter = 0;
const opened: DeskDatabase[] = [];
async function sample() {
  counter += 1;
  const db = new DeskDatabase(`desk-issue-batch-${counter}`);
  opened.push(db);
  await loadSampleData(db);
  const alliance = await db.alliances.where('name').equals('丽水智能制造产教融合共同体').first();
  const event = (await db.events.toArray()).find((row) => row.title === '丽水智能制造产教融合共同体成立启动仪式');
  if (!alliance || !event) throw new Error('sample data missing');
  const view = registryViewOf({
    units: await db.units.toArray(),
    people: await db.people.toArray(),
    memberships: await db.memberships.toArray(),
    appointments: await db.appointments.toArray(),
    agreements: await db.agreements.toArray(),
    participants: await db.participants.toArray(),
  });
  return { alliance, event, view };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const link = (query: string): URLSearchParams => new URLSearchParams(query);
const choiceOf = (patch: Partial<IssueChoice>): IssueChoice => ({ ...initialChoice(link(''), '2026-12-03'), ...patch });

describe('the issue batch', () => {
  it('opens with what the link says: by event unless only an alliance is given', () => {
    expect(initialChoice(link('template=t1&event=e1'), '2026-12-03')).toMatchObject({ templateId: 't1', eventId: 'e1', allianceId: null, by: 'event', issuedOn: '2026-12-03' });
    expect(initialChoice(link('alliance=a1'), '2026-12-03')).toMatchObject({ allianceId: 'a1', eventId: null, by: 'alliance', templateId: '' });
    expect(initialChoice(link(''), '2026-12-03').by).toBe('event');
    // A list's selection, handed over in the route state: issued by hand to exactly those.
    expect(initialChoice(link('alliance=a1'), '2026-12-03', { unitIds: ['u1', 'u2'] })).toMatchObject({ allianceId: 'a1', by: 'hand', unitIds: ['u1', 'u2'], personIds: [] });
    expect(initialChoice(link('alliance=a1'), '2026-12-03', { personIds: ['p1'] })).toMatchObject({ by: 'hand', personIds: ['p1'] });
    expect(initialChoice(link('alliance=a1'), '2026-12-03', { unitIds: 'not a list' })).toMatchObject({ by: 'alliance', unitIds: [] });
  });

  it('drops the event when another alliance is chosen, and keeps it otherwise', () => {
    const before = choiceOf({ allianceId: 'a1', eventId: 'e1', by: 'hand' });
    expect(changedChoice(before, { allianceId: 'a2' }, { allianceId: 'a1' })).toMatchObject({ allianceId: 'a2', eventId: null });
    expect(changedChoice(before, { allianceId: 'a1' }, { allianceId: 'a1' })).toMatchObject({ allianceId: 'a1', eventId: 'e1' });
    expect(changedChoice(before, { roles: ['lead-unit'] }, { allianceId: 'a1' })).toMatchObject({ eventId: 'e1', roles: ['lead-unit'] });
    expect(changedChoice(before, { allianceId: 'a2' }, undefined).eventId).toBe('e1');
  });

  it('takes the alliance from the event when chosen by event, and offers the built-in templates and the alliance’s own', () => {
    expect(batchAllianceId({ by: 'event', allianceId: 'a2' }, { allianceId: 'a1' })).toBe('a1');
    expect(batchAllianceId({ by: 'hand', allianceId: 'a2' }, { allianceId: 'a1' })).toBe('a2');
    const own = { template: { ...licence, id: 'own', allianceId: 'a1', name: '理事单位证书' }, builtIn: false };
    const other = { template: { ...licence, id: 'other', allianceId: 'a2', name: '别的联盟的证书' }, builtIn: false };
    const entries = [{ template: licence, builtIn: true }, { template: letter, builtIn: true }, own, other];
    const offered = offeredTemplates(entries, 'a1');
    expect(offered.map((entry) => entry.template.id)).toEqual([licence.id, letter.id, 'own']);
    // An event's table cards are printed from its page, never numbered: issuing does not offer them.
    const card = { template: { ...licence, id: 'card', kind: 'table-card' as const, name: '桌签' }, builtIn: false };
    expect(offeredTemplates([...entries, card], 'a1').map((entry) => entry.template.id)).toEqual([licence.id, letter.id, 'own']);
    expect(chosenTemplate(offered, 'own')?.name).toBe('理事单位证书');
    expect(chosenTemplate(offered, 'other')?.id).toBe(licence.id);
    expect(chosenTemplate([], '')).toBeUndefined();
  });

  it('finds the launch ceremony’s member units, waits for an event where one is needed, and leaves out the unticked', async () => {
    const { alliance, event, view } = await sample();
    const byEvent = choiceOf({ eventId: event.id, by: 'event' });
    const candidates = batchCandidates({ template: licence, alliance, view, event, choice: byEvent });
    expect(candidates?.recipients.map((recipient) => recipient.recipientName)).toEqual(['丽水市职业高级中学', '丽水思博特精密制造有限公司']);
    expect(batchCandidates({ template: licence, alliance, view, event: undefined, choice: byEvent })).toBeUndefined();
    expect(needsEvent('alliance', 'participation-certificate')).toBe(true);
    expect(needsEvent('alliance', 'unit-licence')).toBe(false);
    const first = candidates?.recipients[0];
    if (!first) throw new Error('no recipient');
    expect(chosenRecipients(candidates, new Set([recipientKey(first)])).map((recipient) => recipient.recipientName)).toEqual(['丽水思博特精密制造有限公司']);
    expect(chosenRecipients(undefined, new Set())).toEqual([]);
  });

  it('gathers the problems of every check into one list, page by page, each with its kind', () => {
    const context = { alliance: { name: '丽水智能制造产教融合共同体', shortName: '' }, issuedOn: '2026-12-03' };
    const long = membershipRecipient(context, { id: 'm1', role: 'member-unit' }, { id: 'u1', name: longNames[0] ?? '' });
    const rare = membershipRecipient(context, { id: 'm2', role: 'member-unit' }, { id: 'u2', name: '𠮷野精密机械（丽水）有限公司' });
    const broken: DocumentTemplate = { ...licence, elements: [...licence.elements, { ...licence.elements[0], id: 'extra', type: 'text', content: '{nonsense}' } as DocumentTemplate['elements'][number]] };
    const problems = composeProblems({ fill: fillProblems(broken, [long, rare], ['A', 'B']).reverse() });
    expect(problems).toEqual([
      { kind: 'fill', page: 1, name: longNames[0], unknown: ['nonsense'], missing: [] },
      { kind: 'fill', page: 2, name: '𠮷野精密机械（丽水）有限公司', unknown: ['nonsense'], missing: [] },
    ]);
    expect(composeProblems({ fill: fillProblems(licence, [long, rare], ['A', 'B']) })).toEqual([]);
  });

  it('may issue only with a template, an alliance, a date, recipients, their numbers and images, and no problem', async () => {
    const { alliance } = await sample();
    const ready = { template: licence, alliance, issuedOn: '2026-12-03', recipients: 2, numbers: 2, numberingProblem: false, assets: true, problems: [] };
    expect(issueBlockers(ready)).toEqual([]);
    expect(issueBlockers({ ...ready, template: undefined, alliance: undefined })).toEqual(['no-template', 'no-alliance']);
    expect(issueBlockers({ ...ready, issuedOn: '2026-12' })).toEqual(['invalid-date']);
    // Before this device's set-up nothing is numbered: the set-up is what waits, not the numbers.
    expect(issueBlockers({ ...ready, numbers: 0, setupNeeded: true })).toEqual(['office-setup']);
    expect(issueBlockers({ ...ready, numbers: 0, numberingProblem: true, setupNeeded: true })).toEqual(['office-setup']);
    expect(issueBlockers({ ...ready, recipients: 0, numbers: 0 })).toEqual(['no-recipients']);
    expect(issueBlockers({ ...ready, numbers: 0 })).toEqual(['numbers-pending']);
    expect(issueBlockers({ ...ready, numberingProblem: true, numbers: 0 })).toEqual(['numbering']);
    expect(issueBlockers({ ...ready, assets: false })).toEqual(['assets-pending']);
    expect(issueBlockers({ ...ready, problems: [{ kind: 'fill', page: 2, name: '丽水市职业高级中学', unknown: [], missing: ['title'] }] })).toEqual(['problems']);
    // Until the whole batch has been laid out, whether its texts fit is not known.
    expect(issueBlockers({ ...ready, fitPending: true })).toEqual(['fit-pending']);
    expect(issueBlockers({ ...ready, problems: composeProblems({ fill: [], fit: [{ page: 1, name: '丽水市职业高级中学', elementId: 'recipient', lines: 3, maxLines: 2 }] }) })).toEqual(['problems']);
  });

  it('names the batch’s files after the event, the documents in the interface’s language and the date', () => {
    const event = { title: '2026年丽水产教融合共同体成立大会' };
    const alliance = { name: '丽水智能制造产教融合共同体', shortName: '丽智共同体' };
    const zh = issueMessages['zh-CN'].batchDocuments;
    const en = issueMessages.en.batchDocuments;
    expect(batchName({ template: licence, event, alliance, issuedOn: '2026-12-03', nouns: zh })).toBe('2026年丽水产教融合共同体成立大会-成员单位证书-2026-12-03');
    expect(batchName({ template: letter, event, alliance, issuedOn: '2026-12-03', nouns: en })).toBe('2026年丽水产教融合共同体成立大会-Letters of appointment-2026-12-03');
    // Outside any event, the alliance; a custom template by its own name.
    expect(batchName({ template: licence, event: undefined, alliance, issuedOn: '2026-12-03', nouns: zh })).toBe('丽智共同体-成员单位证书-2026-12-03');
    expect(batchName({ template: { kind: 'custom', name: '理事单位牌匾/铜牌' }, event: undefined, alliance: { name: '丽水智能制造产教融合共同体', shortName: '' }, issuedOn: '2026-12-03', nouns: zh })).toBe('丽水智能制造产教融合共同体-理事单位牌匾_铜牌-2026-12-03');
  });
});
