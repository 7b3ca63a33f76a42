/**
 * What Messenger clients do with each code, read from their public source, and whether the
 * kit agrees:
 * - libpurple: tieto/pidgin @ 5fe458489286673995f3ecad03b1b16932cb811e (the parent of "msn:
 *   Remove protocol plugin from tree"), libpurple/protocols/msn/
 * - BitlBee: bitlbee/bitlbee @ 254a4dab408b67f78b94054514bbf6f629dd6bba (the parent of "msn:
 *   removed switchboards"), protocols/msn/
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/uc-error-kit-msnp.json';
import { RULE_SENTENCES } from '../../../../scripts/seed/msnp-keys.mjs';
import { loadMsnpEntries, msnp } from '../../../../src/core/families/msnp/index';
import { ruleSentenceKeys } from '../../../../src/core/families/msnp/rules';
import { MSNP_BEHAVIOURS as TYPES_BEHAVIOURS } from '../../../../src/core/families/msnp/types';

const words = en as Record<string, string>;
const LP = 'tieto/pidgin@5fe45848 libpurple/protocols/msn';
const BB = 'bitlbee/bitlbee@254a4dab protocols/msn';

describe('OUT, the server ending the session', () => {
  it.each([
    [
      'OUT OTH\r\n',
      'signedInElsewhere',
      'session-ends',
      `${LP}/notification.c out_cmd; ${BB}/ns.c OUT`,
    ],
    [
      'OUT SSD\r\n',
      'serverShuttingDown',
      'session-ends-retry-later',
      `${LP}/notification.c out_cmd; ${BB}/ns.c OUT`,
    ],
    ['out oth', 'signedInElsewhere', 'session-ends', `${LP}/notification.c g_ascii_strcasecmp`],
    [
      'OUT',
      'signedOutByServer',
      'session-ends-retry-later',
      `${LP}/notification.c (no reason: -1)`,
    ],
    [
      'OUT MIG',
      'signedOutByServer',
      'session-ends-retry-later',
      `${BB}/ns.c "Session terminated by remote server"`,
    ],
  ])('%j: %s, %s (%s)', (line, summaryKey, behaviour) => {
    const r = msnp.resolve(line);
    expect([r.summaryKey, r.behaviour, r.sessionEnded, r.show]).toEqual([
      summaryKey,
      behaviour,
      true,
      true,
    ]);
  });

  it('reads the reason from a parsed input too, and keeps odd reasons out of the sentence', () => {
    expect(msnp.resolve({ signedOut: true, outReason: 'SSD' } as never).summaryKey).toBe(
      'serverShuttingDown',
    );
    const odd = msnp.resolve(`OUT ${'X'.repeat(40)}`);
    expect(odd.parsed.outReason).toBeUndefined();
    expect(odd.problems.length).toBeGreaterThan(0);
  });
});

// BitlBee tables.c msn_status_code_list: no STATUS_FATAL flag (280: STATUS_SB_FATAL only).
const KEPT = [
  200, 201, 205, 206, 207, 208, 209, 210, 215, 216, 217, 218, 219, 223, 224, 225, 229, 230, 231,
  241, 280, 281, 300, 302, 502, 713, 715, 731, 800, 913, 920,
];
// BitlBee STATUS_FATAL, and 921 from libpurple notification.c usr_error.
const ENDED = [
  240, 500, 501, 510, 520, 540, 600, 601, 602, 603, 604, 605, 700, 710, 711, 712, 714, 717, 910,
  911, 912, 914, 915, 916, 917, 918, 919, 921, 922, 923, 924, 928,
];

describe('the session, as the peers keep or end it', () => {
  it('keeps the session for the 31 codes BitlBee does not sign out on', () => {
    expect(KEPT).toHaveLength(31);
    for (const code of KEPT) expect(msnp.resolve(code).sessionEnded, String(code)).toBe(false);
  });

  it('ends the session for the 32 codes a peer signs out on', () => {
    expect(ENDED).toHaveLength(32);
    for (const code of ENDED) expect(msnp.resolve(code).sessionEnded, String(code)).toBe(true);
  });
});

// libpurple error.c msn_error_get_text: `*debug = TRUE`, so msn_error_handle only logs.
const NOT_SHOWN = [
  200, 215, 218, 219, 230, 280, 281, 300, 301, 501, 502, 510, 520, 540, 602, 603, 707, 710, 712,
  717, 731, 928,
];

describe('codes libpurple never shows', () => {
  // The kit's one departure: a code that ends the session (BitlBee signs out on it) is shown
  // even where libpurple only logs it, since a person signed out must be told why.
  const endsSession = (code: number) => msnp.resolve(code).sessionEnded;

  it.each(NOT_SHOWN)('%i comes back with show: false and the reason in the facts', async (code) => {
    const r = msnp.resolve(code);
    if (endsSession(code)) {
      expect(r.show).toBe(true);
      return;
    }
    expect(r.show).toBe(false);
    if (code !== 218)
      expect((await msnp.describe(r)).map((f) => f.label)).toContain('fact.notShown');
  });

  it('shows every code that ends the session, whatever libpurple logs', () => {
    const ending = NOT_SHOWN.filter(endsSession);
    expect(ending.length).toBeGreaterThan(0);
    for (const code of ending) expect(msnp.resolve(code).show, String(code)).toBe(true);
  });

  it('shows the codes libpurple shows', () => {
    for (const code of [201, 205, 207, 217, 500, 600, 911, 913, 920, 923]) {
      expect(msnp.resolve(code).show, String(code)).toBe(true);
    }
  });

  it('adds 301, which libpurple names "Too many hits to a FND"', async () => {
    const r = msnp.resolve('301 7', { command: 'FND' });
    expect([r.handled, r.summaryKey]).toEqual([true, 'tooManySearchResults']);
    const facts = await msnp.describe(r);
    expect(facts).toContainEqual({
      label: 'fact.name',
      value: 'Too many hits to a FND',
      lang: 'en',
    });
    expect(facts).toContainEqual({
      label: 'fact.source',
      value:
        'tieto/pidgin libpurple/protocols/msn/error.c @ 5fe458489286673995f3ecad03b1b16932cb811e',
      lang: undefined,
    });
    const entry = (await loadMsnpEntries()).find((e) => e.code === 301);
    expect(entry?.peer?.path).toBe('libpurple/protocols/msn/error.c');
  });
});

describe('a code by the command it answers and the server that sent it', () => {
  it.each([
    [
      '208 2',
      { command: 'CAL' },
      'invitation-fails',
      'invitationFailed',
      `${BB}/tables.c STATUS_SB_IM_SPARE; ${LP}/switchboard.c cal_error`,
    ],
    [
      '216 2',
      { command: 'CAL' },
      'invitation-fails',
      'invitationFailed',
      `${BB}/tables.c STATUS_SB_IM_SPARE`,
    ],
    [
      '217 2',
      { command: 'CAL' },
      'send-offline',
      'sentAsOfflineMessages',
      `${BB}/sb.c msn_ns_oim_send_queue`,
    ],
    [
      '215 6',
      { command: 'CAL' },
      'not-a-failure',
      'alreadyInConversation',
      `${LP}/switchboard.c cal_error 215`,
    ],
    [
      '911 1',
      { command: 'ANS' },
      'conversation-fails',
      'conversationFailed',
      `${LP}/switchboard.c ans_usr_error`,
    ],
    [
      '911 1',
      { command: 'USR', server: 'switchboard' },
      'conversation-fails',
      'conversationFailed',
      `${BB}/sb.c STATUS_SB_FATAL`,
    ],
    ['911 4', { command: 'USR' }, 'session-ends', 'signInFailed', `${LP}/notification.c usr_error`],
    [
      '208 453',
      { command: 'ADC' },
      'command-fails',
      'contactNotFound',
      `${LP}/notification.c adl_error`,
    ],
    ['216 14', { command: 'REM' }, 'command-fails', 'contactNotOnList', `${BB}/ns.c (no flag)`],
    ['217 9', {}, 'conversation-fails', 'contactNotAvailable', 'seed 001 line 77'],
  ] as [string, object, string, string, string][])(
    '%s %j: %s (%s)',
    (line, context, behaviour, summaryKey) => {
      const r = msnp.resolve(line, context as never);
      expect([r.behaviour, r.summaryKey]).toEqual([behaviour, summaryKey]);
    },
  );

  it('reads the server from the command, and notes a wrong server', () => {
    expect(msnp.resolve('217 2', { command: 'CAL' }).server).toBe('switchboard');
    expect(msnp.resolve('208 2', { command: 'ADL' }).server).toBe('notification');
    const bad = msnp.resolve('208 2', { server: 'nope' as never });
    expect(bad.problems.map((p) => p.field)).toContain('context.server');
  });
});

describe('words and vocabulary of the rules', () => {
  it('has English for every rule sentence, and the generator knows them', () => {
    for (const k of ruleSentenceKeys()) expect(words[k], k).toBeTypeOf('string');
    // Every sentence only the rules use is listed for the generator (the others are groups').
    for (const k of RULE_SENTENCES) expect(ruleSentenceKeys()).toContain(k);
    expect(TYPES_BEHAVIOURS).toContain('send-offline');
  });

  it('fills the contract: intent, show, context fields and display', () => {
    for (const e of msnp.entries()) {
      expect(msnp.display.labelOf(e)).toMatch(new RegExp(`^${e.code}`));
      expect(msnp.display.searchTextOf(e)).toContain(String(e.code));
      expect(msnp.display.groupOf(e)).toMatch(/^\d00s$/);
    }
    expect(msnp.contextFields.map((f) => f.name)).toEqual(['command', 'server']);
  });
});

describe('properties', () => {
  it('never throws on OUT lines and contexts, and ends the session for every OUT', {
    timeout: 20_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.record({
          command: fc.option(fc.constantFrom('CAL', 'ANS', 'USR', 'ADL', 'XFR', 'FND', 'x'), {
            nil: undefined,
          }),
          server: fc.option(fc.constantFrom('notification', 'switchboard', 'other'), {
            nil: undefined,
          }),
        }),
        (reason, context) => {
          const r = msnp.resolve(`OUT ${reason}`, context as never);
          expect(r.sessionEnded).toBe(true);
          expect(['error', 'warning', 'info', 'success']).toContain(r.intent);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
