/**
 * A few received errors of a conversation, for the notification-area, hook and screen
 * stories. The galleries cover every code; these read like one afternoon's call.
 */
import { type AnyFamily, type ErrorNoticeInit, eas, msnp, msOcer, smtp } from '../../src/index';
import { EXAMPLE_VALUES, UNDELIVERED } from './catalog';

/** Call, meeting and sharing errors, oldest first: the area shows them newest first. */
const BAR_SAMPLES: readonly ErrorNoticeInit[] = [
  {
    id: 'busy',
    error: { sipStatus: 486 },
    mode: 'Voice',
    action: 'call',
    values: EXAMPLE_VALUES,
  },
  {
    id: 'meeting',
    error: { msDiagnostics: '3032;reason="Conference does not exist";source="pool1.contoso.com"' },
    mode: 'Conference',
    action: 'join',
    values: EXAMPLE_VALUES,
  },
  {
    id: 'sharing',
    error: { windowsError: 10053 },
    mode: 'Sharing',
    action: 'share',
    values: EXAMPLE_VALUES,
    helpHref: 'https://support.contoso.com/sharing',
  },
  {
    id: 'video',
    error: { sipWarning: '370 sip.contoso.com "Insufficient bandwidth"' },
    mode: 'Voice',
    action: 'add-video',
    values: EXAMPLE_VALUES,
  },
];

/** IM errors, written in the IM area among the messages. */
const IM_SAMPLES: readonly ErrorNoticeInit[] = [
  {
    id: 'federation',
    error: { msDiagnostics: 1008 },
    mode: 'IM',
    action: 'send',
    values: EXAMPLE_VALUES,
    undeliveredMessage: UNDELIVERED,
  },
  {
    id: 'offline',
    error: { sipStatus: 480 },
    mode: 'IM',
    action: 'send',
    values: EXAMPLE_VALUES,
    undeliveredMessage: 'I have sent you the slides.',
  },
];

/** A notice of any family, with its family given. */
type FamilySample = ErrorNoticeInit<AnyFamily> & { id: string; family: AnyFamily };

/** One error of each family, oldest first: what one app's notification area may hold. */
const FAMILY_SAMPLES: readonly FamilySample[] = [
  {
    id: 'ms-ocer',
    family: msOcer,
    error: { sipStatus: 486 },
    context: { mode: 'Voice', action: 'call' },
    values: EXAMPLE_VALUES,
  },
  { id: 'msnp', family: msnp, error: '217 12', context: { command: 'CAL' } },
  { id: 'eas', family: eas, error: { status: 142 }, context: { command: 'Sync' } },
  {
    id: 'smtp',
    family: smtp,
    error: '552 5.2.2 The email account that you tried to reach is over quota',
    context: { provider: 'gmail' },
  },
];

export type { FamilySample };
export { BAR_SAMPLES, FAMILY_SAMPLES, IM_SAMPLES };
