/**
 * The readers of an ActiveSync input and context: numbers, versions, commands and headers as
 * an app hands them over, read leniently and never trusted. A field of the wrong shape is
 * noted in `problems` and dropped; nothing here throws on a plain value (index.ts catches a
 * hostile object's getters).
 */
import type { InputProblem } from '../../family';
import { EAS_COMMANDS, EAS_PROTOCOL_VERSIONS } from './catalog.generated';
import { readStatusText } from './parse';
import type { EasCommand, EasInputFields, EasProtocolVersion } from './types';

/** The longest Status or HTTP status text read as a number. */
const MAX_DIGITS = 6;
/** The longest `Retry-After` read: a day is 86400 seconds; more is read as no value. */
const MAX_RETRY_AFTER = 86_400;
/** The longest `X-MS-Location` kept, as received. */
const MAX_LOCATION = 2048;

const VERSIONS: ReadonlySet<string> = new Set(EAS_PROTOCOL_VERSIONS);
const COMMANDS: ReadonlySet<string> = new Set(EAS_COMMANDS.map((c) => c.name));

function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > MAX_DIGITS) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A code given as a number or digits; anything else is noted and dropped. */
function readCode(value: unknown, field: string, problems: InputProblem[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value;
  } else if (typeof value === 'string') {
    const t = value.trim();
    if (isDigits(t)) return Number(t);
  }
  problems.push({ field, message: `${field} must be a whole number, e.g. 142.` });
  return undefined;
}

/** A protocol version the seed names: `14` and `14.0` and the number 14 alike. */
function readVersion(
  value: unknown,
  field: string,
  problems: InputProblem[],
): EasProtocolVersion | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) text = value.toFixed(1);
  else if (typeof value === 'string' && value.length <= 8) {
    const t = value.trim();
    text = t.includes('.') ? t : `${t}.0`;
  }
  if (text !== undefined && VERSIONS.has(text)) return text as EasProtocolVersion;
  problems.push({
    field,
    message: `${field} must be one of the versions the seed names: ${EAS_PROTOCOL_VERSIONS.join(', ')}.`,
  });
  return undefined;
}

/** A command of the seed's table, by its exact name. */
function readCommand(value: unknown, field: string, problems: InputProblem[]) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && COMMANDS.has(value)) return value as EasCommand;
  problems.push({ field, message: 'Not a command of the seed’s table (Sync, FolderSync, ...).' });
  return undefined;
}

/** `Retry-After` in seconds (RFC 9110 also allows a date; the kit reads only seconds). */
function readRetryAfter(value: unknown, problems: InputProblem[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = readCode(value, 'retryAfter', []);
  if (n !== undefined && n <= MAX_RETRY_AFTER) return n;
  problems.push({
    field: 'retryAfter',
    message: `retryAfter must be a number of seconds up to ${MAX_RETRY_AFTER}.`,
  });
  return undefined;
}

/** `X-MS-Location`, kept as text for the app to follow; only its length is checked. */
function readLocation(value: unknown, problems: InputProblem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.length > 0 && t.length <= MAX_LOCATION) return t;
  }
  problems.push({
    field: 'location',
    message: `location must be the X-MS-Location text, up to ${MAX_LOCATION} characters.`,
  });
  return undefined;
}

function ownField(value: object, name: string): unknown {
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

/** The input as read. */
interface ReadInput {
  status: number | undefined;
  httpStatus: number | undefined;
  protocolVersion: EasProtocolVersion | undefined;
  command: EasCommand | undefined;
  retryAfter: number | undefined;
  location: string | undefined;
}

const NONE: ReadInput = {
  status: undefined,
  httpStatus: undefined,
  protocolVersion: undefined,
  command: undefined,
  retryAfter: undefined,
  location: undefined,
};

function readFields(fields: EasInputFields, problems: InputProblem[]): ReadInput {
  return {
    status: readCode(fields.status, 'status', problems),
    httpStatus: readCode(fields.httpStatus, 'httpStatus', problems),
    protocolVersion: readVersion(fields.protocolVersion, 'protocolVersion', problems),
    command: readCommand(fields.command, 'command', problems),
    retryAfter: readRetryAfter(fields.retryAfter, problems),
    location: readLocation(fields.location, problems),
  };
}

/** Reads a Status value, its text, or the fields of a response. */
function readInput(input: unknown, problems: InputProblem[]): ReadInput {
  if (input === undefined || input === null) return NONE;
  if (typeof input === 'number') return { ...NONE, status: readCode(input, 'status', problems) };
  if (typeof input === 'string') {
    if (isDigits(input.trim())) return { ...NONE, status: Number(input.trim()) };
    const read = readStatusText(input);
    problems.push(...read.problems);
    return readFields(read.fields, problems);
  }
  if (typeof input === 'object' && !Array.isArray(input)) {
    const field = (name: keyof EasInputFields) => ownField(input, name) as never;
    return readFields(
      {
        status: field('status'),
        httpStatus: field('httpStatus'),
        protocolVersion: field('protocolVersion'),
        command: field('command'),
        retryAfter: field('retryAfter'),
        location: field('location'),
      },
      problems,
    );
  }
  problems.push({
    field: 'input',
    message: 'Give a Status value, its text, or { httpStatus, protocolVersion, command, status }.',
    in: 'call',
  });
  return NONE;
}

/** The context as read. */
interface ReadContext {
  protocolVersion: EasProtocolVersion | undefined;
  command: EasCommand | undefined;
  policyKeyHeader: boolean | undefined;
}

function readContext(context: unknown, problems: InputProblem[]): ReadContext {
  const out: ReadContext = {
    protocolVersion: undefined,
    command: undefined,
    policyKeyHeader: undefined,
  };
  if (context === undefined || context === null) return out;
  if (typeof context !== 'object') {
    problems.push({ field: 'context', message: 'The context must be an object.', in: 'context' });
    return out;
  }
  const mark = problems.length;
  out.protocolVersion = readVersion(
    ownField(context, 'protocolVersion'),
    'context.protocolVersion',
    problems,
  );
  out.command = readCommand(ownField(context, 'command'), 'context.command', problems);
  const policy = ownField(context, 'policyKeyHeader');
  if (typeof policy === 'boolean') out.policyKeyHeader = policy;
  else if (policy !== undefined && policy !== null) {
    problems.push({ field: 'context.policyKeyHeader', message: 'Must be true or false.' });
  }
  for (let i = mark; i < problems.length; i++) {
    const p = problems[i];
    if (p) problems[i] = { ...p, in: 'context' };
  }
  return out;
}

export type { ReadContext, ReadInput };
export { readContext, readInput };
