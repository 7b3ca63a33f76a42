// [MS-OCER] Appendix E: the Office Communicator 2007 / 2007 R2 client's display tables,
// read from the seed.
import { readAppendixD } from './appendix-d.mjs';
import { findLine, readDisplayTables, readIdList } from './tables.mjs';

/**
 * Appendix E's modes as the kit names them. E's "Modes" section lists IM, Voice and
 * Conference only, yet one SIP Errors row (seed line 15941, SIP 408) is filed under
 * "ApplicationSharing": that is the kit's Sharing mode.
 */
const MODE_NAMES = {
  IM: 'IM',
  Voice: 'Voice',
  Conference: 'Conference',
  ApplicationSharing: 'Sharing',
};

/**
 * Cells the seed garbles, mended as little as the sentence needs. Keyed by the seed line of
 * the cell; the cell must still end with `seed`, which a test checks.
 */
export const REPAIRS_E = {
  // Conference 3097's reason ends "MCU factor.y": two characters swapped. The IM 3097 row
  // (seed line 15483), Appendix D and the server's own table (Appendix C, seed line 10031)
  // all read "MCU factory."; a reason belongs to the ErrorId, so the two rows must agree.
  15477: { seed: 'factor.y', text: 'factory.' },
};

/** Reads Appendix E: handled rows, the generic message and the not-handled ErrorIds. */
export function readAppendixE(lines) {
  const start = findLine(lines, 'Appendix E: Client Display of Received Diagnostic Codes');
  const unhandled = findLine(lines, ']Unhandled Error Display', start);
  const notHandledAt = findLine(lines, ']Ms-Diagnostic Errors Not Handled', start);
  // Appendix E is the last appendix: the product list that follows it has no heading.
  const end = findLine(lines, 'The information in this specification is applicable', start);

  const rows = readDisplayTables(lines, start, unhandled, REPAIRS_E).map((row) => {
    if (!Object.hasOwn(MODE_NAMES, row.mode.text)) {
      throw new Error(`Unknown mode "${row.mode.text}" at seed line ${row.mode.line}`);
    }
    // Many rows have only a descriptive string: their summary cell is a bare TAB, ''.
    return { ...row, mode: MODE_NAMES[row.mode.text], seedMode: row.mode.text };
  });

  const notHandled = readIdList(lines, notHandledAt + 1, end);
  return { rows, generic: genericOfE(lines), notHandled, unhandledLine: unhandled + 1 };
}

/**
 * Appendix E, "Unhandled Error Display", prints no strings, only: "Unhandled errors are
 * displayed with a basic string that indicates the error is unknown or generic. Those
 * errors are accompanied by a hyperlink to Microsoft Office.com help" (the line after the
 * heading). So E gets one generic message, for every mode: the basic string of Appendix D's
 * "Other" row, "An error occurred.", without D's additional information, which quotes
 * Lync's "source ID 243", "<product name>" and a support team, none of which E has. The help
 * link is the host's to add, from the errorId the resolver reports.
 */
function genericOfE(lines) {
  const other = readAppendixD(lines).generic.find((g) => g.mode === 'Other');
  return [{ line: other.line, mode: 'Other', summary: other.summary, details: undefined }];
}

/**
 * The action each Appendix E row stands for, in the vocabulary of src/core/modes.ts. E
 * lists several rows for one mode and code as D does; here many rows have only a
 * descriptive string, so the rules read the line the user sees (the summary, else the
 * descriptive string). Every row of a mode and code must end up with an action of its own,
 * which the generator checks.
 */
export function actionOfE(mode, summary, details = '') {
  const line = summary || details;
  switch (mode) {
    case 'Voice':
      // "Call was not transferred because ..." / "Call cannot be transferred because ...".
      return /^Call (was not|cannot be) transferred/.test(line) ? 'transfer' : 'call';
    case 'Conference':
      return /^Cannot invite \[user name\]/.test(line) ? 'invite' : 'join';
    case 'IM':
      // Appendix D reads the same sentence as a file that could not be sent.
      return /this type of content could not be received/.test(line) ? 'send-file' : 'send';
    case 'Sharing':
      // "%3 could not be started because the application failed to start in time."
      return /could not be started/.test(line) ? 'start' : 'share';
    default:
      return undefined;
  }
}
