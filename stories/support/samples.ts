/**
 * A few received errors of a conversation, for the notification-area, hook and screen
 * stories. The galleries cover every code; these read like one afternoon's call.
 */
import { type AnyFamily, type ErrorNoticeInit } from '../../src/index';
import { eas } from '../../src/core/families/eas/index';
import { msnp } from '../../src/core/families/msnp/index';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { smtp } from '../../src/core/families/smtp/index';
import { EXAMPLE_VALUES, UNDELIVERED } from './catalog';

/** Call, meeting and sharing errors, oldest first: the area shows them newest first. */
const BAR_SAMPLES: readonly ErrorNoticeInit[] = [
  {
    family: msOcer,
    id: 'busy',
    error: { sipStatus: 486 },
    values: EXAMPLE_VALUES,
    context: { mode: 'Voice', action: 'call' },
  },
  {
    family: msOcer,
    id: 'meeting',
    error: { msDiagnostics: '3032;reason="Conference does not exist";source="pool1.contoso.com"' },
    values: EXAMPLE_VALUES,
    context: { mode: 'Conference', action: 'join' },
  },
  {
    family: msOcer,
    id: 'sharing',
    error: { windowsError: 10053 },
    values: EXAMPLE_VALUES,
    helpHref: 'https://support.contoso.com/sharing',
    context: { mode: 'Sharing', action: 'share' },
  },
  {
    family: msOcer,
    id: 'video',
    error: { sipWarning: '370 sip.contoso.com "Insufficient bandwidth"' },
    values: EXAMPLE_VALUES,
    context: { mode: 'Voice', action: 'add-video' },
  },
];

/** IM errors, written in the IM area among the messages. */
const IM_SAMPLES: readonly ErrorNoticeInit[] = [
  {
    family: msOcer,
    id: 'federation',
    error: { msDiagnostics: 1008 },
    values: EXAMPLE_VALUES,
    undeliveredMessage: UNDELIVERED,
    context: { mode: 'IM', action: 'send' },
  },
  {
    family: msOcer,
    id: 'offline',
    error: { sipStatus: 480 },
    values: EXAMPLE_VALUES,
    undeliveredMessage: 'I have sent you the slides.',
    context: { mode: 'IM', action: 'send' },
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
