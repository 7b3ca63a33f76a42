/**
 * A few received errors of a conversation, for the notification-area, hook and screen
 * stories. The galleries cover every code; these read like one afternoon's call.
 */
import type { ErrorNoticeInit } from '../../src/index';
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

export { BAR_SAMPLES, IM_SAMPLES };
