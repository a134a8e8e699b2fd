import type { Alliance } from '../domain/records';

type AllianceKey = Alliance['signingKeys'][number];

/** The key that signs new documents: the newest the alliance has not retired. */
export function currentSigningKey(alliance: Pick<Alliance, 'signingKeys'>): AllianceKey | undefined {
  return alliance.signingKeys.filter((key) => key.retiredAt === undefined).at(-1);
}

/** The alliance's keys after a rotation: the new key added, every older one retired now, none dropped. */
export function rotatedKeys(alliance: Pick<Alliance, 'signingKeys'>, added: Omit<AllianceKey, 'retiredAt'>, now: string): AllianceKey[] {
  return [...alliance.signingKeys.map((key) => (key.retiredAt === undefined ? { ...key, retiredAt: now } : key)), added];
}
