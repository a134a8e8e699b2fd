import { describe, expect, it } from 'vitest';
import { emptyPersonValues } from '../../features/people/person-form-values';
import { changedFrom, leavesPage, UnsavedSources } from './unsaved-sources';

describe('unsaved changes', () => {
  it('asks while any editor on screen is dirty, and stops once each is saved, discarded or gone', () => {
    const sources = new UnsavedSources();
    expect(sources.anyDirty()).toBe(false);
    sources.set('event-form', true);
    sources.set('agenda', true);
    sources.set('event-form', false);
    // The agenda still holds rows not saved: the page still asks.
    expect(sources.anyDirty()).toBe(true);
    sources.set('agenda', false);
    expect(sources.anyDirty()).toBe(false);
  });

  it('counts another path or query as leaving, the same place as staying', () => {
    expect(leavesPage({ pathname: '/people/new', search: '' }, { pathname: '/people', search: '' })).toBe(true);
    expect(leavesPage({ pathname: '/people/new', search: '?unit=a' }, { pathname: '/people/new', search: '?unit=b' })).toBe(true);
    expect(leavesPage({ pathname: '/events/1', search: '' }, { pathname: '/events/1', search: '' })).toBe(false);
  });

  it('judges a form dirty by content: typing and typing back is clean, a changed agenda row is dirty', () => {
    const opened = emptyPersonValues(null);
    expect(changedFrom(opened, { ...opened })).toBe(false);
    expect(changedFrom(opened, { ...opened, title: '高级技师' })).toBe(true);
    expect(changedFrom(opened, { ...opened, unitId: 'unit-1' })).toBe(true);
    const rows = [{ key: 'a', time: '09:30', title: '开幕式', speaker: '欧阳𠮷' }];
    expect(changedFrom(rows, [{ ...rows[0] }])).toBe(false);
    expect(changedFrom(rows, [{ ...rows[0], speaker: '上官㐂' }])).toBe(true);
    expect(changedFrom(rows, [])).toBe(true);
  });
});

describe('the page’s unsaved state, as the history reads it', () => {
  it('is told when the page starts and stops holding unsaved changes, not at every keystroke', () => {
    const sources = new UnsavedSources();
    const told: boolean[] = [];
    const stop = sources.subscribe(() => told.push(sources.anyDirty()));
    sources.set('person-form', true);
    sources.set('person-form', true);
    sources.set('agenda', true);
    sources.set('person-form', false);
    sources.set('agenda', false);
    stop();
    sources.set('agenda', true);
    expect(told).toEqual([true, false]);
  });
});
