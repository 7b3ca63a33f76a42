// [MS-OCER] Appendix D: the Lync 2010 and later client's display tables, read from the seed.
import { findLine, readDisplayTables, readIdList, readRows, repaired } from './tables.mjs';

/**
 * Cells the seed cuts short, completed as little as the sentence needs. Keyed by the seed
 * line of the cell; the text must still start with the seed's words, which a test checks.
 */
export const REPAIRS_D = {
  // "Try logging out of " ends mid-sentence; Appendix D defines [client name] for exactly
  // this use ("the name of the SIP protocol client") and no other cell uses it.
  13430: {
    seed: 'Try logging out of ',
    text: 'Try logging out of [client name] and then logging back in.',
  },
};

/** Reads Appendix D: handled rows, generic messages and the not-handled ErrorIds. */
export function readAppendixD(lines) {
  const start = findLine(lines, 'Appendix D: Client Display of Received Diagnostic Codes');
  const end = findLine(lines, 'Appendix E: Client Display of Received Diagnostic Codes', start);
  const unhandled = findLine(lines, ']Unhandled Error Display', start);
  const genericAt = findLine(lines, ']Generic Error Message Strings', start);
  const notHandledAt = findLine(lines, ']Ms-Diagnostic Errors Not Handled', start);

  const rows = readDisplayTables(lines, start, unhandled, REPAIRS_D).map((row) => ({
    ...row,
    mode: row.mode.text,
  }));

  const generic = readRows(lines, genericAt + 1, notHandledAt)
    .slice(1)
    .map((row) => {
      const [mode, summary, details] = row.cells.map((cell) => repaired(cell, REPAIRS_D));
      return {
        line: row.line,
        mode: mode.text,
        summary,
        details: details && details.text !== '' ? details : undefined,
      };
    });

  const notHandled = readIdList(lines, notHandledAt + 1, end);
  return { rows, generic, notHandled };
}

/**
 * The action each row stands for. The spec lists several rows for one mode and code and
 * says the client chose by what the user was doing; the sentence says which, and these
 * rules read it. Every row of a mode and code must end up with an action of its own,
 * which the generator checks.
 */
export function actionOf(mode, summary, details = '') {
  const s = summary;
  const all = `${summary}\n${details}`;
  switch (mode) {
    case 'Voice':
      if (/transfer/i.test(s) || /transferr/i.test(details)) return 'transfer';
      if (/video/i.test(s)) return 'add-video';
      if (/\bpark/i.test(s) || /on hold/.test(s)) return 'park';
      return 'call';
    case 'Conference':
      if (/area code/.test(details) && /^Call was not completed/.test(s)) return 'dial-out';
      if (/\[user name\]|invit/i.test(s)) return 'invite';
      return 'join';
    case 'IM':
      if (/this type of content could not be received\.$/.test(s)) return 'send-file';
      if (/does not support instant messaging/.test(all) || /check the address/.test(s)) {
        return 'start';
      }
      return 'send';
    case 'Sharing':
      if (/^You have declined/.test(s)) return 'respond';
      if (/invitation/.test(s)) return 'invite';
      if (/^\[user name\] is set to Do Not Disturb/.test(s)) return 'start';
      if (/^Screen sharing (did not|could not) start/.test(s)) return 'start';
      if (/^A screen sharing error/.test(s) || /ended/.test(s)) return 'in-session';
      return 'share';
    default:
      return undefined;
  }
}
