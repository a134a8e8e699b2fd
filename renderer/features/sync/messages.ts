import type { BackupProblem } from '../../sync/backup/read-backup';
import type { AddressFormatProblem } from '../../../shared/sync/address-format';
import type { OperationProblemKind } from '../../../shared/sync/validate-op';
import type { SyncProblem } from '../../sync/sync-problem';
import type { Catalog } from '../../i18n/use-messages';

interface SyncMessages {
  intro: string;
  server: {
    heading: string;
    notEnrolled: string;
    address: string;
    addressHelp: string;
    /** 地址格式不对, and what: before any connection (shared/sync/address-format.ts). */
    addressInvalid: Record<AddressFormatProblem, string>;
    addressInsecure: string;
    code: string;
    codeHelp: string;
    enrol: string;
    enrolling: string;
    enrolled: (workspace: string) => string;
    workspace: string;
    serverAddress: string;
    certificate: string;
    enrolledAt: string;
    credentialsEncrypted: string;
    credentialsPlain: string;
    forget: string;
    forgetTitle: string;
    forgetText: string;
    forgetConfirm: string;
    forgotten: string;
    cancel: string;
  };
  status: {
    heading: string;
    lastSuccess: string;
    never: string;
    pending: string;
    pendingCount: (count: number) => string;
    syncNow: string;
    syncing: string;
    synced: string;
    skew: (amount: string, ahead: boolean) => string;
    clockRestamped: (count: number) => string;
    seconds: (count: number) => string;
    minutes: (count: number) => string;
    hours: (count: number) => string;
    collisionsHeading: string;
    collision: (value: string, count: number) => string;
    attachmentsMissing: (count: number) => string;
    refused: (count: number, time: string) => string;
    refusedReasons: Record<OperationProblemKind, string>;
    refusedLine: (field: string, reason: string, count: number) => string;
    lastAttempt: (time: string) => string;
    paused: string;
  };
  problems: Record<SyncProblem, string>;
  backup: {
    heading: string;
    intro: string;
    export: string;
    exporting: string;
    exported: (fileName: string) => string;
    savedTo: (path: string) => string;
    cancelled: string;
    restoreFromFile: string;
    automaticHeading: string;
    automaticHelp: (dir: string) => string;
    automaticNone: string;
    restore: string;
    reading: string;
    problems: Record<BackupProblem, string>;
    dialogTitle: string;
    exportedAt: string;
    office: string;
    records: string;
    attachments: string;
    mergeExplanation: string;
    confirm: string;
    restoring: string;
    restored: (created: number, updated: number, attachments: number) => string;
    fileName: (date: string) => string;
  };
  unexpected: string;
}

export const syncMessages: Catalog<SyncMessages> = {
  'zh-CN': {
    intro: '与联盟其他办公室交换数据。离线期间的修改保存在本机，联网后自动合并，不会丢失。',
    server: {
      heading: '同步服务器',
      notEnrolled:
        '本机尚未连接同步服务器，工作台可以完全离线使用。如果联盟的其他办公室也在使用工作台，请向负责同步服务器的管理员索取服务器地址和一次性登记码，填写在下方。',
      address: '服务器地址',
      addressHelp: '例如 https://192.168.1.20:8787 或 https://sync.example.cn',
      addressInvalid: {
        'full-width': '地址格式不对：地址里有全角符号（如“：”“／”“．”），请改用半角符号，例如 https://192.168.1.20:8787',
        scheme: '地址格式不对：开头应为 https://（一个冒号、两个斜杠），例如 https://sync.example.cn',
        'not-a-host': '地址格式不对：其中没有服务器名或 IP 地址。应为 https://服务器名或 IP 地址，例如 https://sync.example.cn 或 https://192.168.1.20:8787',
        'not-a-url': '地址格式不对：应为 https://服务器名或 IP 地址，可带端口，例如 https://sync.example.cn 或 https://192.168.1.20:8787',
      },
      addressInsecure: '请使用 https:// 开头的地址：http:// 不加密，本机的同步凭据和全部数据会以明文在网络上传输。http:// 只能用于本机（127.0.0.1、localhost）上的服务器。',
      code: '登记码',
      codeHelp: '管理员提供的一次性登记码，请完整粘贴（含 # 之后的服务器证书指纹），例如 K7QM-4XPA-WN3R#…',
      enrol: '登记本机',
      enrolling: '正在登记…',
      enrolled: (workspace) => `本机已登记到“${workspace}”，正在进行首次同步。`,
      workspace: '工作区',
      serverAddress: '服务器地址',
      certificate: '服务器证书指纹',
      enrolledAt: '登记时间',
      credentialsEncrypted: '同步凭据由操作系统加密保存在本机，不会保存在浏览器数据中。',
      credentialsPlain: '同步凭据以明文保存在本机数据目录（仅当前系统用户可读取）。请勿将该目录复制给他人。',
      forget: '断开服务器',
      forgetTitle: '断开同步服务器？',
      forgetText: '本机将不再与服务器同步，本机上的数据保持不变。以后要重新同步，需要向管理员索取新的登记码。',
      forgetConfirm: '断开',
      forgotten: '已断开同步服务器，本机数据保持不变。',
      cancel: '取消',
    },
    status: {
      heading: '同步状态',
      lastSuccess: '上次成功同步',
      never: '尚未同步',
      pending: '待同步的修改',
      pendingCount: (count) => (count === 0 ? '没有，全部已同步' : `${count} 项`),
      syncNow: '立即同步',
      syncing: '正在同步…',
      synced: '同步完成。',
      skew: (amount, ahead) => `本机时钟比服务器${ahead ? '快' : '慢'}约 ${amount}。同步不受影响，但记录的修改时间可能不准，请校准电脑时间。`,
      clockRestamped: (count) => `本机时钟偏快，服务器拒收了按它记下的 ${count} 项修改。工作台已按服务器时间重新记时并送达，没有丢失任何修改；此后按服务器时间记录修改，直到电脑时间校准。`,
      seconds: (count) => `${count} 秒`,
      minutes: (count) => `${count} 分钟`,
      hours: (count) => `${count} 小时`,
      collisionsHeading: '文号重复',
      collision: (value, count) => `文号“${value}”被 ${count} 份文件同时使用，请核对后为其中的文件重新编号。`,
      attachmentsMissing: (count) => `有 ${count} 张照片或扫描件还没有从其他办公室传到服务器，传上来后会自动下载。`,
      refused: (count, time) =>
        `从服务器收到的修改中有 ${count} 项不符合记录的格式，已拒收，没有写入本机（最近一次：${time}）；其余修改已正常同步。如果反复出现，请联系服务器管理员。被拒收的修改：`,
      refusedReasons: {
        malformed: '修改本身格式错误',
        'unknown-table': '本版本没有这个数据表（可能来自更新版本的工作台）',
        'unknown-field': '本版本没有这个字段',
        'too-large': '内容过大',
        'unsafe-key': '含有不允许的键名 __proto__',
        'invalid-value': '值不符合该字段的要求',
      },
      refusedLine: (field, reason, count) => `${field}：${reason}${count > 1 ? `（${count} 项）` : ''}`,
      lastAttempt: (time) => `最近一次尝试：${time}`,
      paused: '自动同步已暂停，问题解决后请点击“立即同步”。',
    },
    problems: {
      network: '无法连接同步服务器。请检查网络和服务器地址。修改已保存在本机，联网后会自动同步。',
      'not-enrolled': '本机尚未登记到同步服务器。',
      unauthorized: '本机的同步凭据已失效。请向管理员索取新的登记码，断开服务器后重新登记。',
      'device-revoked': '管理员已停用本机的同步。如需恢复，请向管理员索取新的登记码，断开服务器后重新登记。本机数据不受影响。',
      'protocol-version-missing': '同步服务器不接受本机的请求。请联系技术支持。',
      'upgrade-required': '同步服务器要求使用更新版本的工作台。请升级工作台后再同步，本机数据不受影响。',
      'server-outdated': '同步服务器的版本比工作台旧，请联系服务器管理员升级服务器。',
      'invalid-request': '同步服务器拒绝了本机发送的数据，未做任何更改。请联系技术支持。',
      'invalid-operation': '同步服务器拒绝了本机的一项修改，未做任何更改。请联系技术支持。',
      'payload-too-large': '有一项数据（例如照片或扫描件）超过了服务器允许的大小，未能同步。',
      'rate-limited': '尝试次数过多，请过几分钟再试。',
      'enrolment-code-invalid': '登记码不正确、已被使用或已过期。登记码只能使用一次，请向管理员索取新的登记码。',
      'device-in-other-workspace': '本机已登记在另一个工作区，不能再登记到这里。请联系管理员。',
      'device-already-enrolled': '已有一台电脑以本机的编号登记在服务器上且未被停用，新的登记码不能接管它。如果那台电脑已不再使用，请管理员先在服务器上将其停用（revoke），再重新登记。',
      'clock-ahead': '本机时钟比服务器快得多，服务器拒收了按错误时间记下的修改。下次同步时工作台会按服务器时间重新记时后再发送，修改不会丢失；请校准电脑的日期和时间。',
      'device-mismatch': '服务器拒收了以另一台电脑名义发送的修改。如果本机是从另一台电脑的备份恢复的，请管理员在服务器上停用原电脑（revoke），然后断开服务器，用新的登记码重新登记：登记时会申报备份的来源，这些修改随后送达。',
      'lineage-refused': '本机是从另一台电脑的备份恢复的，但那台电脑在服务器上仍在使用（或不属于此工作区），服务器因此拒绝登记。请管理员先停用原电脑（revoke），再重新登记。',
      'operation-not-allowed': '服务器拒绝了未发送的修改：本机的角色不允许修改其中的记录（例如其他单位的资料）。这些修改没有同步，其他办公室看不到；请联系秘书处更改本机的角色，或由秘书处修改。',
      'not-found': '服务器上找不到所需的数据，下次同步时会重试。',
      'hash-mismatch': '一个附件在上传时损坏，下次同步时会重新上传。',
      'upload-offset-mismatch': '一个附件的上传被中断，下次同步时会继续上传。',
      internal: '同步服务器出现故障，稍后会自动重试。本机数据不受影响。',
      'bad-response': '该地址不是工作台的同步服务器，或服务器的回答无法识别。请核对服务器地址。',
      'insecure-address': '该服务器地址以 http:// 开头，连接不加密，同步凭据和数据会以明文在网络上传输，因此本机不会连接。请向管理员索取 https:// 地址，断开服务器后重新登记。',
      'certificate-mismatch': '服务器出示的证书与登记码中的证书指纹不符，本机已拒绝连接，未发送任何数据。可能有人冒充同步服务器，也可能服务器更换了证书。请联系管理员核对证书指纹。',
      'certificate-untrusted': '服务器的证书不受本机信任（例如服务器自签的证书）。请完整粘贴管理员给出的登记码，包括 # 之后的证书指纹。',
      local: '本机数据库在同步时出错，稍后会自动重试。如果反复出现，请重新启动工作台。',
    },
    backup: {
      heading: '备份与恢复',
      intro: '备份文件是一个 ZIP 压缩包，包含全部记录、修改历史和照片、扫描件，可以在另一台电脑上恢复。',
      export: '导出备份',
      exporting: '正在导出…',
      exported: (fileName) => `备份“${fileName}”正在下载。`,
      savedTo: (path) => `备份已保存到 ${path}`,
      cancelled: '未保存备份。',
      restoreFromFile: '从备份文件恢复…',
      automaticHeading: '自动备份',
      automaticHelp: (dir) => `工作台每天自动备份一次，保留最近 14 份，保存在 ${dir}。`,
      automaticNone: '还没有自动备份。录入数据后，工作台会在当天自动备份。',
      restore: '恢复',
      reading: '正在检查备份文件…',
      problems: {
        'not-a-zip': '这个文件不是备份文件（不是 ZIP 压缩包）。本机数据没有任何改动。',
        'not-a-backup': '这个 ZIP 文件不是产教联盟工作台的备份。本机数据没有任何改动。',
        'newer-format': '这个备份由更新版本的工作台导出，请先升级工作台。本机数据没有任何改动。',
        damaged: '备份文件已损坏或不完整，无法恢复。本机数据没有任何改动。',
      },
      dialogTitle: '从备份恢复',
      exportedAt: '备份时间',
      office: '来源办公室',
      records: '记录',
      attachments: '照片和扫描件',
      mergeExplanation:
        '备份将与本机现有数据合并：每个字段保留最后一次修改的内容，本机较新的修改不会被旧备份覆盖，也不会丢失任何数据。备份中原电脑尚未同步的修改会由本机发送：本机登记到同步服务器时会申报它们来自哪台电脑，管理员需先在服务器上停用那台电脑。',
      confirm: '恢复',
      restoring: '正在恢复…',
      restored: (created, updated, attachments) => `恢复完成：新增 ${created} 条记录，更新 ${updated} 条记录，新增 ${attachments} 个附件。`,
      fileName: (date) => `产教联盟工作台备份-${date}.zip`,
    },
    unexpected: '发生意外错误，未做任何更改。',
  },
  en: {
    intro: 'Exchange data with the other offices of the alliance. Changes made offline stay on this computer and are merged when it is online again; nothing is lost.',
    server: {
      heading: 'Sync server',
      notEnrolled:
        'This computer is not connected to a sync server, and the desk works fully offline. If other offices of the alliance use the desk too, ask the administrator of the sync server for its address and a one-time enrolment code, and enter them below.',
      address: 'Server address',
      addressHelp: 'For example https://192.168.1.20:8787 or https://sync.example.cn',
      addressInvalid: {
        'full-width': 'The address is not written right: it has full-width characters (such as ：／．); use the ordinary ones, for example https://192.168.1.20:8787',
        scheme: 'The address is not written right: it should start with https:// (one colon, two slashes), for example https://sync.example.cn',
        'not-a-host': 'The address is not written right: it names no server or IP address. It should be https:// and a server name or IP address, for example https://sync.example.cn or https://192.168.1.20:8787',
        'not-a-url': 'The address is not written right: it should be https:// and a server name or IP address, with a port if needed, for example https://sync.example.cn or https://192.168.1.20:8787',
      },
      addressInsecure: 'Use an address starting with https://: http:// is not encrypted, so this computer’s sync credentials and all its data would cross the network readable. http:// is only for a server on this computer (127.0.0.1, localhost).',
      code: 'Enrolment code',
      codeHelp: 'The one-time code from the administrator; paste it whole, with the server certificate’s fingerprint after the #, for example K7QM-4XPA-WN3R#…',
      enrol: 'Enrol this computer',
      enrolling: 'Enrolling…',
      enrolled: (workspace) => `This computer is enrolled in “${workspace}”; the first sync is running.`,
      workspace: 'Workspace',
      serverAddress: 'Server address',
      certificate: 'Server certificate fingerprint',
      enrolledAt: 'Enrolled',
      credentialsEncrypted: 'The sync credentials are kept on this computer, encrypted by the operating system, never in the browser’s data.',
      credentialsPlain: 'The sync credentials are kept unencrypted in this computer’s data folder (readable by this system user only). Do not copy that folder to anyone.',
      forget: 'Disconnect',
      forgetTitle: 'Disconnect from the sync server?',
      forgetText: 'This computer will no longer sync; its data stays as it is. To sync again later you need a new enrolment code from the administrator.',
      forgetConfirm: 'Disconnect',
      forgotten: 'Disconnected from the sync server; the data on this computer is unchanged.',
      cancel: 'Cancel',
    },
    status: {
      heading: 'Sync status',
      lastSuccess: 'Last successful sync',
      never: 'Not synced yet',
      pending: 'Changes waiting to sync',
      pendingCount: (count) => (count === 0 ? 'None, all synced' : String(count)),
      syncNow: 'Sync now',
      syncing: 'Syncing…',
      synced: 'Sync finished.',
      skew: (amount, ahead) =>
        `This computer’s clock is about ${amount} ${ahead ? 'ahead of' : 'behind'} the server. Sync is not affected, but the times recorded for changes may be off; please set the computer’s clock.`,
      clockRestamped: (count) =>
        `This computer’s clock runs ahead, so the server refused ${count} changes stamped by it. The desk re-stamped them with the server’s time and sent them; nothing was lost. Until the computer’s clock is set right, changes are stamped with the server’s time.`,
      seconds: (count) => `${count} s`,
      minutes: (count) => `${count} min`,
      hours: (count) => `${count} h`,
      collisionsHeading: 'Duplicate document numbers',
      collision: (value, count) => `The number “${value}” is used by ${count} documents; check them and renumber all but one.`,
      attachmentsMissing: (count) => `${count} photos or scans have not reached the server from the other offices yet; they download once they arrive.`,
      refused: (count, time) =>
        `${count} changes received from the server do not fit the records’ format and were refused; nothing of them was written here (last: ${time}). The other changes synced normally. If this keeps happening, contact the server’s administrator. Refused:`,
      refusedReasons: {
        malformed: 'the change itself is malformed',
        'unknown-table': 'no such table in this version (perhaps from a newer desk)',
        'unknown-field': 'no such field in this version',
        'too-large': 'too large',
        'unsafe-key': 'holds the forbidden key __proto__',
        'invalid-value': 'the value does not fit the field',
      },
      refusedLine: (field, reason, count) => `${field}: ${reason}${count > 1 ? ` (${count})` : ''}`,
      lastAttempt: (time) => `Last attempt: ${time}`,
      paused: 'Automatic sync is paused; once the problem is solved, click “Sync now”.',
    },
    problems: {
      network: 'The sync server cannot be reached. Check the network and the server address. Your changes are saved on this computer and sync once it is online.',
      'not-enrolled': 'This computer is not enrolled with a sync server.',
      unauthorized: 'This computer’s sync credentials are no longer valid. Ask the administrator for a new enrolment code, disconnect and enrol again.',
      'device-revoked': 'The administrator has stopped sync for this computer. To sync again, ask for a new enrolment code, disconnect and enrol again. The data here is not affected.',
      'protocol-version-missing': 'The sync server does not accept this computer’s requests. Please contact support.',
      'upgrade-required': 'The sync server needs a newer version of the desk. Please upgrade the desk, then sync; the data here is not affected.',
      'server-outdated': 'The sync server is older than this desk; ask its administrator to upgrade the server.',
      'invalid-request': 'The sync server refused the data sent from this computer; nothing was changed. Please contact support.',
      'invalid-operation': 'The sync server refused one of this computer’s changes; nothing was changed. Please contact support.',
      'payload-too-large': 'An item (for example a photo or scan) is larger than the server accepts and was not synced.',
      'rate-limited': 'Too many attempts; please try again in a few minutes.',
      'enrolment-code-invalid': 'The enrolment code is wrong, already used or expired. A code works once; ask the administrator for a new one.',
      'device-in-other-workspace': 'This computer is enrolled in another workspace and cannot enrol here. Please contact the administrator.',
      'device-already-enrolled': 'A computer with this computer’s id is enrolled with the server and not revoked, so a new enrolment code cannot take it over. If that computer is no longer used, ask the administrator to revoke it on the server, then enrol again.',
      'clock-ahead': 'This computer’s clock is far ahead of the server’s, so the server refused changes stamped with the wrong time. The next sync re-stamps them with the server’s time and sends them again; nothing is lost. Please set the computer’s date and time.',
      'device-mismatch': 'The server refused changes sent in another computer’s name. If this computer was restored from another computer’s backup, ask the administrator to revoke the original computer on the server, then disconnect and enrol again with a new code: enrolling declares where the backup came from, and those changes go through.',
      'lineage-refused': 'This computer was restored from another computer’s backup, but that computer is still active on the server (or is not in this workspace), so the server refused the enrolment. Ask the administrator to revoke the original computer, then enrol again.',
      'operation-not-allowed': 'The server refused the unsent changes: this computer’s role does not allow changing some of those records (another unit’s, for example). They were not synced and no other office sees them; ask the secretariat to change this computer’s role, or to make the change.',
      'not-found': 'The server does not hold data that was asked for; the next sync tries again.',
      'hash-mismatch': 'An attachment was damaged on the way to the server; the next sync uploads it again.',
      'upload-offset-mismatch': 'An attachment’s upload was interrupted; the next sync continues it.',
      internal: 'The sync server failed; sync tries again shortly. The data here is not affected.',
      'bad-response': 'This address is not a desk sync server, or its answer could not be understood. Check the server address.',
      'insecure-address': 'The server address starts with http://, which is not encrypted: the sync credentials and the data would cross the network readable, so this computer does not connect. Ask the administrator for the https:// address, disconnect and enrol again.',
      'certificate-mismatch': 'The server showed a certificate other than the one the enrolment code names; this computer refused the connection and sent nothing. Someone may be posing as the sync server, or the server’s certificate was replaced. Ask the administrator to check the certificate fingerprint.',
      'certificate-untrusted': 'This computer does not trust the server’s certificate (a self-signed one, for example). Paste the administrator’s enrolment code whole, with the certificate fingerprint after the #.',
      local: 'The database on this computer failed during sync; sync tries again shortly. If this keeps happening, restart the desk.',
    },
    backup: {
      heading: 'Backup and restore',
      intro: 'A backup is one ZIP file with all records, their change history and the photos and scans; it can be restored on another computer.',
      export: 'Export backup',
      exporting: 'Exporting…',
      exported: (fileName) => `The backup “${fileName}” is downloading.`,
      savedTo: (path) => `Backup saved to ${path}`,
      cancelled: 'The backup was not saved.',
      restoreFromFile: 'Restore from a backup file…',
      automaticHeading: 'Automatic backups',
      automaticHelp: (dir) => `The desk backs up once a day and keeps the last 14 backups, in ${dir}.`,
      automaticNone: 'No automatic backup yet. Once there are records, the desk makes one the same day.',
      restore: 'Restore',
      reading: 'Checking the backup file…',
      problems: {
        'not-a-zip': 'This file is not a backup (not a ZIP file). Nothing on this computer was changed.',
        'not-a-backup': 'This ZIP file is not an Alliance Desk backup. Nothing on this computer was changed.',
        'newer-format': 'This backup was made by a newer version of the desk; please upgrade first. Nothing on this computer was changed.',
        damaged: 'The backup file is damaged or incomplete and cannot be restored. Nothing on this computer was changed.',
      },
      dialogTitle: 'Restore from backup',
      exportedAt: 'Backed up',
      office: 'From office',
      records: 'Records',
      attachments: 'Photos and scans',
      mergeExplanation:
        'The backup is merged with the data on this computer: each field keeps its latest change, so newer changes made here are not overwritten by an older backup, and nothing is lost. Changes the original computer had not synced are sent by this one: when this computer enrols with a sync server it declares which computer they came from, and the administrator first revokes that computer on the server.',
      confirm: 'Restore',
      restoring: 'Restoring…',
      restored: (created, updated, attachments) => `Restored: ${created} new records, ${updated} records updated, ${attachments} new attachments.`,
      fileName: (date) => `alliance-desk-backup-${date}.zip`,
    },
    unexpected: 'Something unexpected went wrong; nothing was changed.',
  },
};
