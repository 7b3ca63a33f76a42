/**
 * The command-level Status values: what a Status below 100 (and a few above) means in the
 * response of each command, [MS-ASCMD] sections 2.2.3.177.1-18 and [MS-ASPROV] 2.2.2.54.2
 * (the sections the seed's command table names, seed 002 lines 6-45). The seed has the
 * sections' names, not their tables: the values and names below come from the peers' public
 * source, each row citing its files (`EAS_SOURCES` in sources.ts, loaded with the details),
 * and the behaviour is what those clients do. SendMail, SmartForward and SmartReply answer with common Status values only.
 */
import type { EasSourceName } from './sources';
import type { EasBehaviour, EasCommand, EasCommandStatus } from './types';

type Row = [
  status: number,
  name: string,
  scope: 'Global' | 'Item',
  behaviour: EasBehaviour,
  summaryKey: string,
  detailsKey: string | undefined,
  sources: readonly EasSourceName[],
];

// Sentences shared by many rows.
const OK = ['requestSucceeded', undefined] as const;
const APP = ['requestNotUnderstood', 'appProblemDetails'] as const;
const RETRY = ['syncRetrying', undefined] as const;
const LATER = ['serverUnavailable', 'tryAgainLaterDetails'] as const;
const RESYNC = ['syncStartingOver', 'syncStartingOverDetails'] as const;
const FOLDERS = ['folderListRefreshing', undefined] as const;
const DENIED = ['actionNotAllowed', 'contactAdministratorDetails'] as const;
const CERT = ['certificateNotTrusted', 'certificateNotTrustedDetails'] as const;

const Z = 'zpushDefs' as const;

/** The rows by command, in the specification's order of sections. */
const TABLE: Readonly<Partial<Record<EasCommand, readonly Row[]>>> = {
  Autodiscover: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, ['specAutodiscover']],
    [2, 'ProtocolError', 'Global', 'fix-request', ...APP, ['specAutodiscover']],
  ],
  Find: [[1, 'Success', 'Global', 'not-a-failure', ...OK, ['specFind']]],
  FolderCreate: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [2, 'FolderExists', 'Item', 'tell-user', 'folderAlreadyExists', undefined, [Z]],
    [3, 'SystemFolder', 'Item', 'tell-user', 'folderCannotBeChanged', undefined, [Z]],
    [5, 'ParentNotFound', 'Item', 'refresh-folders', ...FOLDERS, [Z]],
    [6, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
    [9, 'SyncKeyError', 'Global', 'refresh-folders', ...FOLDERS, [Z]],
    [10, 'MalformedRequest', 'Global', 'fix-request', ...APP, [Z]],
    [11, 'UnknownError', 'Global', 'retry', ...RETRY, [Z]],
    [12, 'CodeUnknown', 'Global', 'retry', ...RETRY, [Z]],
  ],
  FolderDelete: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [3, 'SystemFolder', 'Item', 'tell-user', 'folderCannotBeChanged', undefined, [Z]],
    [4, 'FolderDoesNotExist', 'Item', 'refresh-folders', ...FOLDERS, [Z]],
    [6, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
    [9, 'SyncKeyError', 'Global', 'refresh-folders', ...FOLDERS, [Z]],
    [10, 'MalformedRequest', 'Global', 'fix-request', ...APP, [Z]],
    [11, 'UnknownError', 'Global', 'retry', ...RETRY, [Z]],
  ],
  FolderSync: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z, 'specFolderSync']],
    // "Retry the FolderSync command" (the section's resolution); Android retries later.
    [6, 'ServerError', 'Global', 'retry', ...RETRY, [Z, 'specFolderSync', 'androidFolderSync']],
    [8, 'RequestTimeout', 'Global', 'retry', ...RETRY, [Z]],
    // Android wipes the folder list and syncs from key 0; EAS-4-TbSync resets the sync key.
    [
      9,
      'SyncKeyError',
      'Global',
      'resync',
      ...RESYNC,
      [Z, 'specFolderSync', 'androidFolderSync', 'tbsyncProvider'],
    ],
    [10, 'MalformedRequest', 'Global', 'fix-request', ...APP, [Z, 'specFolderSync']],
    [11, 'UnknownError', 'Global', 'retry', ...RETRY, [Z, 'androidFolderSync']],
    [12, 'CodeUnknown', 'Global', 'retry', ...RETRY, [Z, 'androidFolderSync']],
  ],
  FolderUpdate: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z, 'specFolderUpdate']],
    [
      2,
      'FolderExists',
      'Item',
      'tell-user',
      'folderAlreadyExists',
      undefined,
      [Z, 'specFolderUpdate'],
    ],
    [
      3,
      'SystemFolder',
      'Item',
      'tell-user',
      'folderCannotBeChanged',
      undefined,
      [Z, 'specFolderUpdate'],
    ],
    [4, 'FolderDoesNotExist', 'Item', 'refresh-folders', ...FOLDERS, [Z]],
    [5, 'ParentNotFound', 'Item', 'refresh-folders', ...FOLDERS, [Z]],
    [6, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
    [9, 'SyncKeyError', 'Global', 'refresh-folders', ...FOLDERS, [Z]],
    [10, 'MalformedRequest', 'Global', 'fix-request', ...APP, [Z]],
    [11, 'UnknownError', 'Global', 'retry', ...RETRY, [Z]],
  ],
  GetItemEstimate: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [2, 'CollectionInvalid', 'Item', 'refresh-folders', ...FOLDERS, [Z]],
    [3, 'SyncStateNotPrimed', 'Item', 'resync', ...RESYNC, [Z]],
    [4, 'SyncKeyInvalid', 'Item', 'resync', ...RESYNC, [Z]],
  ],
  ItemOperations: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [2, 'ProtocolError', 'Global', 'fix-request', ...APP, [Z]],
    [3, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
    [4, 'BadUri', 'Item', 'fix-request', ...APP, [Z]],
    [5, 'AccessDenied', 'Item', 'access-denied-by-policy', ...DENIED, [Z]],
    [6, 'NotFound', 'Item', 'tell-user', 'itemNotFound', 'originalMessageNotFoundDetails', [Z]],
    [7, 'ConnectionFailed', 'Item', 'retry-later', ...LATER, [Z]],
    [8, 'ByteRangeInvalid', 'Item', 'fix-request', ...APP, [Z]],
    [9, 'StoreUnknown', 'Item', 'fix-request', ...APP, [Z]],
    [10, 'EmptyFile', 'Item', 'tell-user', 'fileIsEmpty', undefined, [Z]],
    [11, 'TooLarge', 'Item', 'tell-user', 'itemTooLarge', undefined, [Z]],
    [12, 'IoFailure', 'Item', 'retry', ...RETRY, [Z]],
    [
      14,
      'ConversionFailed',
      'Item',
      'server-error',
      'itemConversionFailed',
      'serverProblemDetails',
      [Z],
    ],
    [15, 'InvalidAttachment', 'Item', 'fix-request', ...APP, [Z]],
    [16, 'Blocked', 'Item', 'access-denied-by-policy', ...DENIED, [Z]],
    [17, 'EmptyFolderPartial', 'Item', 'retry', ...RETRY, [Z]],
    [
      18,
      'CredentialsRequired',
      'Item',
      'sign-in-again',
      'credentialsRequiredForItem',
      'signInAgainDetails',
      [Z],
    ],
  ],
  MeetingResponse: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [
      2,
      'InvalidMeetingRequest',
      'Item',
      'fix-request',
      'meetingResponseNotSent',
      'appProblemDetails',
      [Z],
    ],
    [
      3,
      'MailboxError',
      'Item',
      'retry-later',
      'meetingResponseNotSent',
      'tryAgainLaterDetails',
      [Z],
    ],
    [4, 'ServerError', 'Item', 'retry', ...RETRY, [Z]],
  ],
  // MoveItems: 3 is the success value. Android reverts the move for 1, 2 and 5, retries 7.
  MoveItems: [
    [1, 'InvalidSourceId', 'Item', 'refresh-folders', ...FOLDERS, [Z, 'androidMoveItems']],
    [2, 'InvalidDestinationId', 'Item', 'refresh-folders', ...FOLDERS, [Z, 'androidMoveItems']],
    [3, 'Success', 'Item', 'not-a-failure', ...OK, [Z, 'androidMoveItems']],
    [4, 'SameSourceAndDestination', 'Item', 'not-a-failure', ...OK, [Z, 'androidMoveItems']],
    [
      5,
      'CannotMove',
      'Item',
      'server-error',
      'moveFailed',
      'moveFailedDetails',
      [Z, 'androidMoveItems'],
    ],
    [7, 'SourceOrDestinationLocked', 'Item', 'retry', ...RETRY, [Z, 'androidMoveItems']],
  ],
  // Ping: 1 and 2 are the answers a Ping waits for. Android pings again at once for 1, 3, 4,
  // 5 and 8 (PingParser.shouldPingAgain), with the server's limit for 5 and 6.
  Ping: [
    [
      1,
      'HeartbeatExpired',
      'Global',
      'not-a-failure',
      'waitingForChanges',
      undefined,
      [Z, 'androidPing'],
    ],
    [
      2,
      'ChangesFound',
      'Global',
      'not-a-failure',
      'waitingForChanges',
      undefined,
      [Z, 'androidPing'],
    ],
    [3, 'MissingParameters', 'Global', 'retry', ...RETRY, [Z, 'androidPing']],
    [4, 'SyntaxError', 'Global', 'retry', ...RETRY, [Z, 'androidPing']],
    [5, 'HeartbeatOutOfRange', 'Global', 'retry', ...RETRY, [Z, 'androidPing']],
    [6, 'TooManyFolders', 'Global', 'retry', ...RETRY, [Z, 'androidPing']],
    [7, 'FolderHierarchySyncRequired', 'Global', 'refresh-folders', ...FOLDERS, [Z, 'androidPing']],
    [8, 'ServerError', 'Global', 'retry', ...RETRY, [Z, 'androidPing']],
  ],
  Provision: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z, 'specProvision', 'androidProvision']],
    [2, 'ProtocolError', 'Global', 'fix-request', ...APP, [Z, 'specProvision']],
    // [MS-ASPROV] 3.1.5.2: "This is frequently a transient condition." / "Retry."
    [3, 'ServerError', 'Global', 'retry', ...RETRY, [Z, 'specProvision']],
    [
      4,
      'DeviceExternallyManaged',
      'Global',
      'access-denied-by-policy',
      'syncNotAllowed',
      'contactAdministratorDetails',
      [Z],
    ],
  ],
  ResolveRecipients: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [
      2,
      'AmbiguousRecipient',
      'Item',
      'tell-user',
      'recipientAmbiguous',
      'recipientAmbiguousDetails',
      [Z],
    ],
    [
      3,
      'AmbiguousRecipientPartial',
      'Item',
      'tell-user',
      'recipientAmbiguous',
      'recipientAmbiguousDetails',
      [Z],
    ],
    [
      4,
      'UnresolvedRecipient',
      'Item',
      'tell-user',
      'recipientNotFound',
      'recipientProblemDetails',
      [Z],
    ],
    [5, 'ProtocolError', 'Global', 'fix-request', ...APP, [Z]],
    [6, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
    [7, 'NoValidCertificate', 'Item', 'tell-user', ...CERT, [Z]],
    [8, 'CertificateLimit', 'Item', 'fix-request', ...APP, [Z]],
  ],
  Search: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [2, 'RequestInvalid', 'Item', 'fix-request', ...APP, [Z]],
    [3, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
    [4, 'BadLink', 'Item', 'fix-request', ...APP, [Z]],
    [5, 'AccessDenied', 'Item', 'access-denied-by-policy', ...DENIED, [Z]],
    [6, 'NotFound', 'Item', 'tell-user', 'itemNotFound', 'originalMessageNotFoundDetails', [Z]],
    [7, 'ConnectionFailed', 'Item', 'retry-later', ...LATER, [Z]],
    [8, 'TooComplex', 'Item', 'tell-user', 'searchTooComplex', 'searchTooComplexDetails', [Z]],
    [10, 'TimedOut', 'Item', 'retry', ...RETRY, [Z]],
    [11, 'FolderSyncRequired', 'Item', 'refresh-folders', ...FOLDERS, [Z]],
    [12, 'EndOfRetrievableRange', 'Item', 'not-a-failure', 'noMoreResults', undefined, [Z]],
    [13, 'AccessBlocked', 'Item', 'access-denied-by-policy', ...DENIED, [Z]],
    [
      14,
      'CredentialsRequired',
      'Item',
      'sign-in-again',
      'credentialsRequiredForItem',
      'signInAgainDetails',
      [Z],
    ],
  ],
  Settings: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z, 'specSettings']],
    [2, 'ProtocolError', 'Global', 'fix-request', ...APP, [Z, 'specSettings']],
    [3, 'AccessDenied', 'Global', 'access-denied-by-policy', ...DENIED, ['specSettings']],
    [4, 'ServerUnavailable', 'Global', 'retry-later', ...LATER, ['specSettings']],
    [5, 'InvalidArguments', 'Global', 'fix-request', ...APP, ['specSettings']],
    [6, 'ConflictingArguments', 'Global', 'fix-request', ...APP, ['specSettings']],
    [7, 'DeniedByPolicy', 'Global', 'access-denied-by-policy', ...DENIED, [Z, 'specSettings']],
  ],
  // Sync: Android (AbstractSyncParser) and EAS-4-TbSync (sync-runner.mjs) resync on 3, run
  // FolderSync on 12 (Android also on 8), retry 5 and 16 after a pause, report the rest.
  Sync: [
    [1, 'Success', 'Global', 'not-a-failure', ...OK, [Z]],
    [3, 'InvalidSyncKey', 'Global', 'resync', ...RESYNC, [Z, 'androidSync', 'tbsyncSync']],
    [4, 'ProtocolError', 'Global', 'fix-request', ...APP, [Z, 'tbsyncSync']],
    [5, 'ServerError', 'Global', 'retry', ...RETRY, [Z, 'androidSync', 'tbsyncSync']],
    [
      6,
      'ConversionError',
      'Item',
      'fix-request',
      'itemNotSaved',
      'appProblemDetails',
      [Z, 'tbsyncSync'],
    ],
    // The server's version won (EAS-4-TbSync takes it and goes on; Android syncs again).
    [7, 'Conflict', 'Item', 'not-a-failure', ...OK, [Z, 'androidSync', 'tbsyncSync']],
    [8, 'ObjectNotFound', 'Item', 'refresh-folders', ...FOLDERS, [Z, 'androidSync']],
    [9, 'SyncCannotBeCompleted', 'Global', 'retry', ...RETRY, [Z]],
    [
      12,
      'FolderHierarchyChanged',
      'Global',
      'refresh-folders',
      ...FOLDERS,
      [Z, 'androidSync', 'tbsyncSync'],
    ],
    [13, 'SyncRequestIncomplete', 'Global', 'retry', ...RETRY, [Z]],
    [14, 'InvalidWaitOrHeartbeat', 'Global', 'retry', ...RETRY, [Z]],
    [15, 'SyncRequestInvalid', 'Global', 'fix-request', ...APP, [Z]],
    [16, 'Retry', 'Global', 'retry', ...RETRY, [Z, 'androidSync', 'tbsyncSync']],
  ],
  ValidateCert: [
    [1, 'Success', 'Item', 'not-a-failure', ...OK, [Z]],
    [2, 'ProtocolError', 'Global', 'fix-request', ...APP, [Z]],
    [3, 'CannotValidateSignature', 'Item', 'tell-user', ...CERT, [Z]],
    [4, 'DigitalIdUntrusted', 'Item', 'tell-user', ...CERT, [Z]],
    [5, 'CertificateChainNotCorrect', 'Item', 'tell-user', ...CERT, [Z]],
    [6, 'DigitalIdNotValidForSigning', 'Item', 'tell-user', ...CERT, [Z]],
    [7, 'DigitalIdNotValid', 'Item', 'tell-user', ...CERT, [Z]],
    [8, 'InvalidChainCertificatesTime', 'Item', 'tell-user', ...CERT, [Z]],
    [9, 'DigitalIdUsedIncorrectly', 'Item', 'tell-user', ...CERT, [Z]],
    [10, 'IncorrectDigitalIdInformation', 'Item', 'tell-user', ...CERT, [Z]],
    [11, 'IncorrectUseOfDigitalIdInChain', 'Item', 'tell-user', ...CERT, [Z]],
    [12, 'DigitalIdDoesNotMatchEmail', 'Item', 'tell-user', ...CERT, [Z]],
    [13, 'DigitalIdRevoked', 'Item', 'tell-user', ...CERT, [Z]],
    [
      14,
      'RevocationServerUnavailable',
      'Item',
      'retry-later',
      'certificateCheckUnavailable',
      'tryAgainLaterDetails',
      [Z],
    ],
    [15, 'DigitalIdInChainRevoked', 'Item', 'tell-user', ...CERT, [Z]],
    [
      16,
      'RevocationStatusNotValidated',
      'Item',
      'retry-later',
      'certificateCheckUnavailable',
      'tryAgainLaterDetails',
      [Z],
    ],
    [17, 'ServerError', 'Global', 'retry', ...RETRY, [Z]],
  ],
};

/** Every command-level Status value, command by command. */
const EAS_COMMAND_STATUSES: readonly EasCommandStatus[] = Object.freeze(
  Object.entries(TABLE).flatMap(([command, rows]) =>
    (rows ?? []).map(
      ([status, name, scope, behaviour, summaryKey, detailsKey, sources]): EasCommandStatus =>
        Object.freeze({
          command: command as EasCommand,
          status,
          name,
          scope,
          behaviour,
          summaryKey,
          detailsKey,
          sources,
        }),
    ),
  ),
);

const BY_COMMAND: ReadonlyMap<string, ReadonlyMap<number, EasCommandStatus>> = new Map(
  Object.keys(TABLE).map((c) => [
    c,
    new Map(EAS_COMMAND_STATUSES.filter((r) => r.command === c).map((r) => [r.status, r])),
  ]),
);

/** The command-level reading of a Status value, if that command's section lists it. */
function commandStatusFor(command: string, status: number): EasCommandStatus | undefined {
  return BY_COMMAND.get(command)?.get(status);
}

export { commandStatusFor, EAS_COMMAND_STATUSES };
