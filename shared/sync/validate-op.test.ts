import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeOperationProblem, operationProblem } from './validate-op';

const op = (table: string, field: string, value: unknown, rowId: string = randomUUID()) => ({ table, field, value, rowId, deviceId: randomUUID() });

describe('one check of an operation for the server and the desk', () => {
  it('takes a value the field’s schema takes, and names what is wrong with any other', () => {
    expect(operationProblem(op('units', 'name', '丽水市现代服务业职业教育集团（上官𠮷㐂实训基地）'))).toBeNull();
    expect(operationProblem(op('events', 'agenda', [{ time: '09:00', title: '开幕式', speaker: '欧阳明' }]))).toBeNull();
    const kinds = [
      op('units', 'name', 'x', 'not-a-uuid'),
      op('constructor', 'name', 'x'),
      op('units', 'id', randomUUID()),
      op('units', 'hasOwnProperty', 'x'),
      op('units', 'address', '莲'.repeat(1_100_000)),
      op('events', 'agenda', JSON.parse('[{"time":"09:00","title":"开幕式","speaker":"","__proto__":{"isAdmin":true}}]')),
      op('units', 'name', 12345),
    ].map((candidate) => operationProblem(candidate)?.kind);
    expect(kinds).toEqual(['malformed', 'unknown-table', 'unknown-field', 'unknown-field', 'too-large', 'unsafe-key', 'invalid-value']);
  });

  it('survives a value nested too deep to write out, and words each problem for the server’s answers', () => {
    let deep: unknown = 'x';
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    expect(operationProblem(op('events', 'agenda', deep))?.kind).toBe('too-large');
    expect(describeOperationProblem({ kind: 'invalid-value', table: 'units', field: 'name' })).toBe('invalid value for units.name');
    expect(describeOperationProblem({ kind: 'unsafe-key', table: 'events', field: 'agenda' })).toBe('value of events.agenda holds a __proto__ key');
  });
});
