import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RecordTable } from '../shared/domain/tables';
import type { LoggedOp, WireOp } from '../shared/sync/protocol';
import type { RoleRequest } from './admin/commands';
import { issueEnrolmentCode, listDevices, revokeDevice, setDeviceRole } from './admin/commands';
import { everyField } from './testing/every-field';
import { opFactory } from './testing/ops';
import type { Enrolled, ServerFixture } from './testing/server-fixture';
import { serversFor } from './testing/server-fixture';
import { storageKinds } from './testing/test-storage';

const ownName = '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地有限公司';
const workspaceName = '丽水职教集团';

/** Everything a member office of `own` may change of the records below, written out apart from the rule it tests. */
function memberOfficeMay(table: RecordTable, rowId: string, field: string, ids: Ids): boolean {
  if (table === 'units') return rowId === ids.own && field !== 'deleted';
  if (table === 'people') return rowId === ids.ownPerson;
  if (table === 'memberships') return rowId === ids.ownMembership && field === 'representativeId';
  if (table === 'agreements') return rowId === ids.ownAgreement && field === 'scans';
  return false;
}

interface Ids {
  own: string;
  other: string;
  ownPerson: string;
  ownMembership: string;
  ownAgreement: string;
}

describe.each(storageKinds)('roles, checked by the server on every operation, on %s (issue 14.1)', (kind) => {
  const startServer = serversFor(kind);
  const push = (server: ServerFixture, token: string, ops: WireOp[]) => server.send('POST', '/v1/push', { token, body: { ops } });
  const log = async (server: ServerFixture, token: string): Promise<LoggedOp[]> => (await server.send('GET', '/v1/pull?after=0&limit=5000', { token })).json<{ ops: LoggedOp[] }>().ops;
  const enrolAs = async (server: ServerFixture, role?: RoleRequest, restoredFrom?: string[]): Promise<Enrolled> => {
    const workspace = (await server.storage.findWorkspace(workspaceName)) ?? (await server.storage.createWorkspace(workspaceName, new Date().toISOString()));
    const { code } = await issueEnrolmentCode(server.storage, workspace.id, 7, Date.now(), role);
    const deviceId = randomUUID();
    const response = await server.send('POST', '/v1/enrol', { body: { code, deviceId, deviceName: '丽水职高办公室', ...(restoredFrom ? { restoredFrom } : {}) } });
    expect(response.statusCode).toBe(200);
    return { token: response.json<{ token: string }>().token, deviceId, workspaceId: workspace.id };
  };

  /** A workspace the secretariat filled: two records of every table, one of them the member office's where it has any. */
  async function workspace(server: ServerFixture) {
    const secretariat = await enrolAs(server);
    const ids: Ids = { own: randomUUID(), other: randomUUID(), ownPerson: randomUUID(), ownMembership: randomUUID(), ownAgreement: randomUUID() };
    const otherIds: Partial<Record<RecordTable, string>> = { units: ids.other, people: randomUUID(), memberships: randomUUID(), agreements: randomUUID() };
    const ownIds: Partial<Record<RecordTable, string>> = { units: ids.own, people: ids.ownPerson, memberships: ids.ownMembership, agreements: ids.ownAgreement };
    const ownRecords = everyField({ units: { name: ownName }, people: { unitId: ids.own }, memberships: { unitId: ids.own }, agreements: { partyUnitIds: [ids.own, ids.other] } });
    const otherRecords = everyField({ people: { unitId: ids.other }, memberships: { unitId: ids.other }, agreements: { partyUnitIds: [ids.other, randomUUID()] } });
    const records = [
      ...ownRecords.map((record) => ({ ...record, rowId: ownIds[record.table] ?? randomUUID() })),
      ...otherRecords.map((record) => ({ ...record, rowId: otherIds[record.table] ?? randomUUID() })),
    ];
    const author = opFactory(secretariat.deviceId);
    const ops = records.flatMap((record) => Object.entries(record.fields).map(([field, value]) => author.op(record.table, record.rowId, field, value)));
    expect((await push(server, secretariat.token, ops)).statusCode).toBe(200);
    return { secretariat, ids, records };
  }

  it('refuses a member office every table and field it may not change, and stores nothing of it; takes what it may', async () => {
    const server = await startServer();
    const { secretariat, ids, records } = await workspace(server);
    // The unit is named as the admin knows it.
    const office = await enrolAs(server, { role: 'member-office', unit: ownName });
    const before = await server.storage.state(secretariat.workspaceId);
    const author = opFactory(office.deviceId);
    let refused = 0;
    for (const record of records) {
      for (const [field, value] of Object.entries(record.fields)) {
        if (memberOfficeMay(record.table, record.rowId, field, ids)) continue;
        const answer = await push(server, office.token, [author.op(record.table, record.rowId, field, value)]);
        expect(answer.statusCode, `${record.table}.${field}`).toBe(403);
        const error = answer.json<{ error: { code: string; message: string } }>().error;
        expect(error.code).toBe('operation-not-allowed');
        expect(error.message).toContain(`${record.table} ${record.rowId} field ${field}`);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(150);
    expect((await log(server, office.token)).filter((op) => op.deviceId === office.deviceId)).toEqual([]);
    expect(await server.storage.state(secretariat.workspaceId)).toEqual(before);

    // One refused operation refuses its whole batch.
    const contact = author.op('units', ids.own, 'contactPhone', '0578-2271234');
    const moved = author.op('people', ids.ownPerson, 'unitId', ids.other);
    expect((await push(server, office.token, [contact, moved])).json()).toMatchObject({ error: { code: 'operation-not-allowed' } });
    expect(await server.storage.state(secretariat.workspaceId)).toEqual(before);

    // What it may: its unit's contact, a new person of its unit, a membership's contact, its agreement's scans.
    const person = randomUUID();
    const allowed = [
      contact,
      author.op('people', person, 'name', '上官㐂'),
      author.op('people', person, 'unitId', ids.own),
      author.op('memberships', ids.ownMembership, 'representativeId', person),
      author.op('agreements', ids.ownAgreement, 'scans', []),
    ];
    expect((await push(server, office.token, allowed)).json()).toMatchObject({ accepted: 5 });
    // Given to the other unit in the same batch that creates it: not its unit's person.
    const stray = randomUUID();
    expect((await push(server, office.token, [author.op('people', stray, 'name', '欧阳明'), author.op('people', stray, 'unitId', ids.other)])).statusCode).toBe(403);
    expect((await server.storage.recordState(secretariat.workspaceId, 'people', [stray]))).toEqual([]);
  });

  it('refuses a read-only device every table and field, also after the admin changes a role, and judges relayed operations by their author', async () => {
    const server = await startServer();
    const { secretariat, ids, records } = await workspace(server);
    const reader = await enrolAs(server, { role: 'read-only' });
    const before = await server.storage.state(secretariat.workspaceId);
    const author = opFactory(reader.deviceId);
    for (const record of records) {
      for (const [field, value] of Object.entries(record.fields)) {
        const answer = await push(server, reader.token, [author.op(record.table, record.rowId, field, value)]);
        expect(answer.json(), `${record.table}.${field}`).toMatchObject({ error: { code: 'operation-not-allowed' } });
      }
    }
    expect(await server.storage.state(secretariat.workspaceId)).toEqual(before);
    const listed = (await listDevices(server.storage, workspaceName)).devices.find((device) => device.id === reader.deviceId);
    expect(listed?.grant).toEqual({ role: 'read-only', unitId: null });

    // Made a member office later, it may change its unit from its next push on.
    await setDeviceRole(server.storage, reader.deviceId, { role: 'member-office', unit: ids.own });
    const contact = author.op('units', ids.own, 'contactName', '欧阳𠮷');
    const foreign = author.op('units', ids.other, 'contactName', '欧阳𠮷');
    expect((await push(server, reader.token, [contact])).statusCode).toBe(200);

    // Restored from its backup, a secretariat's machine carries its unsent operations: they keep the member office's role.
    await revokeDevice(server.storage, reader.deviceId);
    const restored = await enrolAs(server, undefined, [reader.deviceId]);
    expect((await push(server, restored.token, [foreign])).json()).toMatchObject({ error: { code: 'operation-not-allowed' } });
    const carried = author.op('units', ids.own, 'contactPhone', '0578-2271234');
    expect((await push(server, restored.token, [carried])).statusCode).toBe(200);
    const stored = await server.storage.recordState(secretariat.workspaceId, 'units', [ids.other]);
    expect(stored.find((field) => field.field === 'contactName')?.value).not.toBe('欧阳𠮷');
  });

  it('says which roles exist and refuses a member office without a unit of the workspace', async () => {
    const server = await startServer();
    await workspace(server);
    await expect(issueEnrolmentCode(server.storage, workspaceName, 7, Date.now(), { role: 'admin' })).rejects.toThrow('secretariat, member-office, read-only');
    await expect(issueEnrolmentCode(server.storage, workspaceName, 7, Date.now(), { role: 'member-office' })).rejects.toThrow('--unit');
    await expect(issueEnrolmentCode(server.storage, workspaceName, 7, Date.now(), { role: 'member-office', unit: '不存在的单位' })).rejects.toThrow('No unit 不存在的单位');
  });
});
