/**
 * The [MS-OCER] codes as an app receives them, read into the codes the resolver ranks. Part
 * of the reader, which loads on demand.
 */
import type { InputProblem } from '../../family';
import type { Category } from './catalog-data';
import type { ErrorInput } from './fields';
import {
  type ParsedDiagnostics,
  parseDiagnosticsHeader,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from './headers';

/** A code as received, once parsed. */
interface ReceivedCode {
  category: Category;
  code: number;
}

/** The present values of a field that may hold one header or a list of them. */
function listOf(value: unknown): (string | number)[] {
  const all: readonly unknown[] = Array.isArray(value) ? value : [value];
  return all.filter(
    (v): v is string | number =>
      (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
  );
}

/** Every code of the input, in priority order, and the first diagnostics header parsed. */
function collect(input: unknown, problems: InputProblem[]) {
  if (input !== null && input !== undefined && typeof input !== 'object')
    problems.push({
      field: 'error',
      in: 'call',
      message: `Expected an object of received codes such as { sipStatus: 486 }, got ${typeof input}.`,
    });
  const given = (input !== null && typeof input === 'object' ? input : {}) as Record<
    string,
    unknown
  >;
  const field = (name: keyof ErrorInput) => (Object.hasOwn(given, name) ? given[name] : undefined);
  const received: ReceivedCode[] = [];
  let diagnostics: ParsedDiagnostics | undefined;
  for (const name of ['msDiagnostics', 'msDiagnosticsPublic'] as const) {
    for (const value of listOf(field(name))) {
      const parsed = parseDiagnosticsHeader(typeof value === 'number' ? String(value) : value);
      if (parsed.ok) {
        received.push({ category: 'ms-diagnostics', code: parsed.errorId });
        diagnostics ??= parsed;
      } else {
        problems.push({ field: name, message: parsed.message });
      }
    }
  }
  for (const value of listOf(field('sipStatus'))) {
    const status = parseSipStatus(value);
    if (status === undefined) {
      problems.push({ field: 'sipStatus', message: 'Not a SIP status code (100-699).' });
    } else {
      received.push({ category: 'sip', code: status });
    }
  }
  for (const value of listOf(field('sipWarning'))) {
    const parsed = parseWarningHeader(value);
    if (parsed.ok) {
      for (const w of parsed.warnings) received.push({ category: 'sip-warning', code: w.code });
    } else {
      problems.push({ field: 'sipWarning', message: parsed.message });
    }
  }
  for (const value of listOf(field('windowsError'))) {
    const parsed = parseWindowsError(value);
    if (parsed.ok) received.push({ category: 'windows', code: parsed.code });
    else problems.push({ field: 'windowsError', message: parsed.message });
  }
  return { received, diagnostics };
}

export type { ReceivedCode };
export { collect };
