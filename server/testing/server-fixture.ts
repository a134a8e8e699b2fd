import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach } from 'vitest';
import { protocolHeader, protocolVersion } from '../../shared/sync/protocol';
import { issueEnrolmentCode } from '../admin/commands';
import type { AppOptions } from '../app';
import { buildApp } from '../app';
import type { Storage } from '../storage/storage';
import type { StorageKind, TestStorage } from './test-storage';
import { testStorage } from './test-storage';

export interface Enrolled {
  token: string;
  deviceId: string;
  workspaceId: string;
}

/** A server over a fresh storage, with helpers to enrol devices and send requests as them. */
export class ServerFixture {
  app!: FastifyInstance;
  storage!: Storage;
  private readonly test: TestStorage;

  constructor(
    kind: StorageKind,
    private readonly options: Omit<AppOptions, 'storage'> = {},
  ) {
    this.test = testStorage(kind);
  }

  async start(): Promise<this> {
    this.storage = await this.test.open();
    this.app = buildApp({ ...this.options, storage: this.storage });
    await this.app.ready();
    return this;
  }

  /** Closes and reopens the storage and the app: a server restart. */
  async restart(): Promise<void> {
    await this.app.close();
    await this.storage.close();
    await this.start();
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.storage.close().catch(() => undefined);
    await this.test.dispose();
  }

  async enrol(workspaceName: string, deviceId: string = randomUUID()): Promise<Enrolled> {
    const workspace = (await this.storage.findWorkspace(workspaceName)) ?? (await this.storage.createWorkspace(workspaceName, new Date().toISOString()));
    const { code } = await issueEnrolmentCode(this.storage, workspace.id);
    const response = await this.send('POST', '/v1/enrol', { body: { code, deviceId, deviceName: `device ${deviceId.slice(-4)}` } });
    if (response.statusCode !== 200) throw new Error(`enrol failed: ${response.body}`);
    const body = response.json<{ token: string; workspaceId: string }>();
    return { token: body.token, deviceId, workspaceId: body.workspaceId };
  }

  send(
    method: 'GET' | 'POST' | 'PUT' | 'HEAD',
    url: string,
    options: { token?: string; body?: unknown; payload?: Buffer | string; headers?: Record<string, string>; version?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.version !== null) headers[protocolHeader] = options.version ?? String(protocolVersion);
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const payload = options.payload ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    return this.app.inject({ method, url, headers, payload });
  }
}

/**
 * Servers for the tests of one describe block: `start(options)` starts one on a fresh storage of
 * `kind`; every one started is stopped after each test.
 */
export function serversFor(kind: StorageKind): (options?: Omit<AppOptions, 'storage'>) => Promise<ServerFixture> {
  const servers: ServerFixture[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
  });
  return (options = {}) => {
    const server = new ServerFixture(kind, options);
    servers.push(server);
    return server.start();
  };
}
