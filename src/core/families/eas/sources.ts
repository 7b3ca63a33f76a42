/**
 * The public sources the ActiveSync rows cite (peers' files at a commit, specification pages):
 * facts for support staff, loaded with the details (`eas.describe`), never at start.
 */
import type { EasSource } from './types';

const ANDROID = 'CyanogenMod/android_packages_apps_Exchange';
const ANDROID_AT = '365f6154b854ec1b1e11df2515a05ae75650aaff';
const ZPUSH = 'Z-Hub/Z-Push';
const ZPUSH_AT = '2c110759cc669c6d2db13239d62de1a97c26a327';
const TBSYNC = 'jobisoft/EAS-4-TbSync';
const TBSYNC_AT = 'b89fbf8fd86a4fdcc8f5c18317bb16f9c415440c';
const ANDROID_DIR = 'src/com/android/exchange';

/** Every public source a row cites, by a short name. */
const EAS_SOURCES = {
  zpushDefs: { repo: ZPUSH, path: 'src/lib/core/zpushdefs.php', at: ZPUSH_AT },
  androidStatus: {
    repo: ANDROID,
    path: `${ANDROID_DIR}/CommandStatusException.java`,
    at: ANDROID_AT,
  },
  androidSync: {
    repo: ANDROID,
    path: `${ANDROID_DIR}/adapter/AbstractSyncParser.java`,
    at: ANDROID_AT,
  },
  androidFolderSync: {
    repo: ANDROID,
    path: `${ANDROID_DIR}/adapter/FolderSyncParser.java`,
    at: ANDROID_AT,
  },
  androidPing: { repo: ANDROID, path: `${ANDROID_DIR}/adapter/PingParser.java`, at: ANDROID_AT },
  androidMoveItems: {
    repo: ANDROID,
    path: `${ANDROID_DIR}/adapter/MoveItemsParser.java`,
    at: ANDROID_AT,
  },
  androidProvision: {
    repo: ANDROID,
    path: `${ANDROID_DIR}/adapter/ProvisionParser.java`,
    at: ANDROID_AT,
  },
  androidOperation: { repo: ANDROID, path: `${ANDROID_DIR}/eas/EasOperation.java`, at: ANDROID_AT },
  androidResponse: { repo: ANDROID, path: `${ANDROID_DIR}/EasResponse.java`, at: ANDROID_AT },
  tbsyncSync: { repo: TBSYNC, path: 'src/modules/eas/sync-runner.mjs', at: TBSYNC_AT },
  tbsyncProvider: { repo: TBSYNC, path: 'src/modules/eas-provider.mjs', at: TBSYNC_AT },
  tbsyncNetwork: { repo: TBSYNC, path: 'src/modules/network.mjs', at: TBSYNC_AT },
  specFolderSync: {
    repo: '[MS-ASCMD]',
    path: '2.2.3.177.5 Status (FolderSync)',
    at: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ascmd/4c09161c-1e64-4587-b6f4-e747547888b4',
  },
  specFolderUpdate: {
    repo: '[MS-ASCMD]',
    path: '2.2.3.177.6 Status (FolderUpdate)',
    at: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ascmd/5b8457ab-7e2a-4088-8b9c-ecbf53fc430f',
  },
  specSettings: {
    repo: '[MS-ASCMD]',
    path: '2.2.3.177.15 Status (Settings)',
    at: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ascmd/edc5c50b-7a4e-44ed-865c-28f814af41c6',
  },
  specAutodiscover: {
    repo: '[MS-ASCMD]',
    path: '2.2.3.177.1 Status (Autodiscover)',
    at: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ascmd/ff2242d5-ee24-40ff-b508-1042be06b43d',
  },
  specFind: {
    repo: '[MS-ASCMD]',
    path: '2.2.3.177.2 Status (Find)',
    at: 'https://learn.microsoft.com/ko-kr/openspecs/exchange_server_protocols/ms-ascmd/0e01e24c-daf4-4d11-a7ac-c3a3f2fa6b6b',
  },
  specProvision: {
    repo: '[MS-ASPROV]',
    path: '2.2.2.54.2 Status (Provision); 3.1.5.2 Provision Command Errors',
    at: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-asprov/4bd9e1d3-ce9a-4d3f-8427-ec831b88b939',
  },
} as const satisfies Record<string, EasSource>;

/** A short name of a cited source. */
type EasSourceName = keyof typeof EAS_SOURCES;

export type { EasSourceName };
export { EAS_SOURCES };
