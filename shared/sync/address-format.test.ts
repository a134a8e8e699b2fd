import { describe, expect, it } from 'vitest';
import { serverUrlSchema } from '../bridge/sync';
import { addressFormatProblem } from './address-format';

const problemOf = (text: string): string | undefined => {
  const parsed = serverUrlSchema.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};

describe('a sync address that is not an address says what is wrong', () => {
  it('names a full-width colon, slash or full stop as a Chinese input method types them', () => {
    for (const text of ['192.168.1.20：8787', 'https：//sync.example.cn', 'https://sync。example。cn', 'https://sync．example．cn／v1']) expect(problemOf(text), text).toBe('full-width');
  });

  it('names a mistyped scheme, which the parser would otherwise read as a server called http', () => {
    for (const text of ['http//192.168.1.20:8787', 'https//sync.example.cn', 'https:/sync.example.cn', 'https:sync.example.cn']) expect(problemOf(text), text).toBe('scheme');
  });

  it('names text that holds no server name or IP address', () => {
    for (const text of ['见备注', 'https://同步服务器']) expect(problemOf(text), text).toBe('not-a-host');
  });

  it('keeps the parser’s refusal for the rest', () => {
    for (const text of ['https://sync.example.cn:99999', 'https://a b.cn', 'https://%zz']) expect(problemOf(text), text).toBe('not-a-url');
  });

  it('accepts real addresses: names, LAN names, IPv4 and IPv6, with ports and paths', () => {
    for (const text of ['https://sync.example.cn', 'sync.example.cn', 'https://192.168.1.20:8787', 'https://nas:8787', 'https://[fd00::20]:8787', 'http://127.0.0.1:8787', 'https://同步.example.cn/desk']) {
      expect(addressFormatProblem(text), text).toBeUndefined();
      expect(serverUrlSchema.safeParse(text).success, text).toBe(true);
    }
  });
});
