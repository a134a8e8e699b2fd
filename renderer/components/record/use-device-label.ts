import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { db } from '../../db/database';
import { readSyncState } from '../../sync/sync-state';
import { creatorOf } from '../../db/office-numbering';
import { useRecords } from '../../db/queries';
import { useSetting } from '../../db/settings';
import { useMessages } from '../../i18n/use-messages';
import { deviceLabel, officeCodesByDevice } from './device-offices';
import { recordMessages } from './messages';

/** The words for a device in the history: 本机, 办公室 LSA, or 设备 58b6d8a7 while its office is unknown. */
export function useDeviceLabel(): (deviceId: string) => string {
  const t = useMessages(recordMessages);
  const thisDevice = useSetting('deviceId');
  const printLog = useRecords('printLog', { includeDeleted: true });
  const issued = useRecords('issuedDocuments', { includeDeleted: true });
  const alliances = useRecords('alliances', { includeDeleted: true });
  // The names devices enrolled with (their offices'), as the sync server lists them in every pull.
  const enrolled = useLiveQuery(() => readSyncState(db, 'syncDevices', []), []);
  const codes = useMemo(
    () =>
      officeCodesByDevice(
        printLog ?? [],
        (issued ?? []).map((document) => ({ number: document.number, allianceId: document.allianceId, deviceId: creatorOf(document._clocks.id) })),
        new Map((alliances ?? []).map((alliance) => [alliance.id, alliance])),
      ),
    [printLog, issued, alliances],
  );
  return useCallback(
    (deviceId) => {
      const label = deviceLabel(deviceId, thisDevice, codes);
      if (label.kind === 'this-device') return t.thisDevice;
      if (label.kind === 'office') return t.office(label.code);
      return enrolled?.find((device) => device.id === label.id)?.name ?? t.device(label.id);
    },
    [t, thisDevice, codes, enrolled],
  );
}
