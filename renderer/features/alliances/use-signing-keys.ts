import { useState } from 'react';
import type { Alliance } from '../../../shared/domain/records';
import { allianceSchema } from '../../../shared/domain/records';
import { rotatedKeys } from '../../../shared/verification/signing-key-choice';
import { desk } from '../../bridge/desk';
import { updateRecord } from '../../db/mutate';

/** The alliance's signing keys and verification address, changed through the main process (which keeps the private keys) and the record. */
export function useSigningKeys(alliance: Alliance) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [address, setAddress] = useState(alliance.verificationAddress);
  const addressValid = allianceSchema.shape.verificationAddress.safeParse(address).success;
  const run = (work: () => Promise<unknown>): void => {
    setBusy(true);
    setFailed(false);
    work()
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  return {
    busy,
    failed,
    address,
    setAddress,
    addressValid,
    /** The first key, or a rotation: the main process makes it, the record lists its public half. */
    makeKey: () =>
      run(async () => {
        const key = await desk.verification.makeKey({});
        await updateRecord('alliances', alliance.id, { signingKeys: rotatedKeys(alliance, key, new Date().toISOString()) });
      }),
    saveAddress: () => run(() => updateRecord('alliances', alliance.id, { verificationAddress: address.trim() })),
  };
}
