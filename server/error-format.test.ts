import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, limits, protocolHeader, protocolVersion } from '../shared/sync/protocol';
import type { Enrolled } from './testing/server-fixture';
import { ServerFixture } from './testing/server-fixture';

type Write = (chunk: string | Buffer) => Promise<boolean>;

/** Sends raw bytes over a real socket on loopback and returns the status and body of the answer. */
function rawRequest(port: number, head: string, body: (write: Write) => unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close its side after answering while bytes are still going out.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      let payload = text.slice(text.indexOf('\r\n\r\n') + 4);
      // A chunked answer: join its chunks.
      if (/transfer-encoding: chunked/i.test(text.slice(0, text.indexOf('\r\n\r\n')))) {
        let joined = '';
        let rest = payload;
        for (;;) {
          const end = rest.indexOf('\r\n');
          const size = parseInt(rest.slice(0, end), 16);
          if (!size) break;
          joined += rest.slice(end + 2, end + 2 + size);
          rest = rest.slice(end + 2 + size + 2);
        }
        payload = joined;
      }
      resolve({ status, body: payload });
    });
    // Waits for the socket to drain, and says false once the server has closed it (it answered early).
    const write: Write = (chunk) =>
      new Promise((done) => {
        if (socket.destroyed || !socket.writable) return done(false);
        if (socket.write(chunk)) return done(true);
        socket.once('drain', () => done(true));
        socket.once('close', () => done(false));
      });
    socket.on('connect', () => {
      void write(head).then(() => body(write));
    });
  });
}

function expectDocumented(answer: { status: number; body: string }, status: number, code: string): void {
  expect(answer.status).toBe(status);
  const parsed = errorBodySchema.safeParse(JSON.parse(answer.body));
  expect(parsed.success, answer.body).toBe(true);
  expect(parsed.data?.error.code).toBe(code);
  expect(Object.keys(JSON.parse(answer.body) as object)).toEqual(['error']);
}

describe('the documented error format everywhere (issue 13.4), over a real socket', () => {
  let server: ServerFixture;
  let port: number;
  let device: Enrolled;
  const headers = (extra: string): string => `${extra}${protocolHeader}: ${protocolVersion}\r\nauthorization: Bearer ${device.token}\r\nconnection: close\r\n\r\n`;

  beforeAll(async () => {
    server = await new ServerFixture('sqlite').start();
    device = await server.enrol('丽水职教集团');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    port = (server.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers an oversized chunked push with 413 payload-too-large', async () => {
    const chunk = `"${'x'.repeat(64 * 1024 - 2)}"`;
    const answer = await rawRequest(port, `POST /v1/push HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n${headers('')}`, async (write) => {
      await write(`1\r\n[\r\n`);
      // A little more than the limit, in chunks, never saying how long it is.
      for (let sent = 0; sent <= limits.maxJsonBodyBytes; sent += chunk.length + 1) if (!(await write(`${(chunk.length + 1).toString(16)}\r\n${chunk},\r\n`))) return;
      await write('4\r\n"x"]\r\n0\r\n\r\n');
    });
    expectDocumented(answer, 413, 'payload-too-large');
  });

  it('answers an oversized chunked attachment with 413 payload-too-large', async () => {
    const chunk = Buffer.alloc(256 * 1024, 7);
    const answer = await rawRequest(port, `PUT /v1/attachments/${'a'.repeat(64)} HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\n${headers('')}`, async (write) => {
      for (let sent = 0; sent <= limits.maxAttachmentBytes + 2048; sent += chunk.length) {
        if (!(await write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])))) return;
      }
      await write('0\r\n\r\n');
    });
    expectDocumented(answer, 413, 'payload-too-large');
  });

  it('answers a body of a type it does not take with 415 invalid-request', async () => {
    const body = 'ops=1';
    const answer = await rawRequest(port, `POST /v1/push HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: ${body.length}\r\n${headers('')}`, (write) => write(body));
    expectDocumented(answer, 415, 'invalid-request');
  });

  it('answers broken and empty JSON with 400 invalid-request', async () => {
    for (const body of ['{"ops": [', '']) {
      const answer = await rawRequest(port, `POST /v1/push HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${headers('')}`, (write) => write(body));
      expectDocumented(answer, 400, 'invalid-request');
    }
  });

  it('answers what the HTTP parser refuses (broken chunks, a huge chunk extension, huge headers) in the same format', async () => {
    const chunked = `POST /v1/push HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n${headers('')}`;
    expectDocumented(await rawRequest(port, chunked, (write) => write('zz\r\n{}\r\n0\r\n\r\n')), 400, 'invalid-request');
    expectDocumented(await rawRequest(port, chunked, (write) => write(`2;${'e'.repeat(40 * 1024)}\r\n{}\r\n0\r\n\r\n`)), 413, 'payload-too-large');
    expectDocumented(await rawRequest(port, `GET /v1/pull HTTP/1.1\r\nhost: localhost\r\nx-padding: ${'p'.repeat(20 * 1024)}\r\n${headers('')}`, () => undefined), 431, 'invalid-request');
  });

  it('answers an unknown endpoint and a wrong method with 404 not-found', async () => {
    expectDocumented(await rawRequest(port, `GET /v2/everything HTTP/1.1\r\nhost: localhost\r\n${headers('')}`, () => undefined), 404, 'not-found');
    expectDocumented(await rawRequest(port, `DELETE /v1/push HTTP/1.1\r\nhost: localhost\r\n${headers('')}`, () => undefined), 404, 'not-found');
  });

  it('answers a malformed percent-encoded attachment name with 400 invalid-request, not 500', async () => {
    const bytes = Buffer.from('%PDF-1.4 扫描件');
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(bytes).digest('hex');
    for (const name of ['%E0%A4%A', '%', '%ZZ合影.png'.replace('合影', '')]) {
      const answer = await rawRequest(
        port,
        `PUT /v1/attachments/${sha} HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/octet-stream\r\nx-desk-attachment-name: ${name}\r\ncontent-length: ${bytes.length}\r\n${headers('')}`,
        (write) => write(bytes),
      );
      expectDocumented(answer, 400, 'invalid-request');
    }
    // Nothing of the refused uploads was kept.
    expect((await server.send('HEAD', `/v1/attachments/${sha}`, { token: device.token })).statusCode).toBe(404);
  });
});
