/**
 * The command line of `uc-error-kit explain`, read into a request: the command's own
 * options, and the options the chosen family adds (a flag per field of its context, and its
 * explainer's own), typed and checked. Nothing here knows a family by name.
 */
import type { AnyFamily, ContextField, Explainer, ExplainOption } from '../core/family';
import { node } from './node';

/** Explained. */
const EXIT_OK = 0;
/** A code or a file could not be read. */
const EXIT_BAD_CODE = 1;
/** The command line itself was wrong. */
const EXIT_USAGE = 2;

/** A mistake of the person at the terminal: a message and an exit code, never a stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

/** The command's own options, the same whatever the family. */
const COMMAND_OPTIONS = {
  family: { type: 'string' },
  context: { type: 'string', multiple: true },
  file: { type: 'string', multiple: true },
  user: { type: 'string' },
  lng: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An option the family adds: a field of its context, or one of its explainer's. */
type FamilyOption =
  | { readonly kind: 'context'; readonly field: ContextField }
  | { readonly kind: 'explainer'; readonly name: string; readonly option: ExplainOption };

/** Where the pasted text comes from, in the order given. */
type Source =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'file'; readonly path: string };

/** What the command line asks for. */
interface Request {
  readonly family: AnyFamily;
  readonly explainer: Explainer | undefined;
  readonly sources: readonly Source[];
  /** The context as given (the field flags and `--context`), each value typed by its field. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The values of the explainer's own options, by name. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly user: string | undefined;
  readonly lng: string | undefined;
  readonly json: boolean;
}

/** A request for the help, of one family. */
interface HelpRequest {
  readonly help: true;
  readonly family: AnyFamily;
  readonly explainer: Explainer | undefined;
}

/** Up to 60 characters of a value, quoted, for a message. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** A context field's option: `protocolVersion` is `--protocol-version`. */
function flagOf(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The fields of a family's context, or undefined for a family that does not list them (the
 * contract requires them; a family made before it still runs, with free `--context` names).
 */
function contextFieldsOf(family: AnyFamily): readonly ContextField[] | undefined {
  const fields: unknown = family.contextFields;
  return Array.isArray(fields) ? fields : undefined;
}

/**
 * The options a family adds, by flag name: its explainer's, then a flag per context field
 * the explainer does not take over (the field stays reachable with `--context`). A clash
 * with the command's own options is the family's bug, not the user's.
 */
function familyOptions(
  family: AnyFamily,
  explainer: Explainer | undefined,
): ReadonlyMap<string, FamilyOption> {
  const out = new Map<string, FamilyOption>();
  for (const [name, option] of Object.entries(explainer?.options ?? {})) {
    if (Object.hasOwn(COMMAND_OPTIONS, name))
      throw new Error(`the ${family.id} family's option --${name} clashes with the command's own`);
    out.set(name, { kind: 'explainer', name, option });
  }
  for (const field of contextFieldsOf(family) ?? []) {
    const flag = flagOf(field.name);
    if (!Object.hasOwn(COMMAND_OPTIONS, flag) && !out.has(flag))
      out.set(flag, { kind: 'context', field });
  }
  return out;
}

/**
 * The first pass, lenient: which family and whether help is asked for. The family's options
 * are known only once it is, so the strict pass comes after.
 */
function peek(argv: readonly string[]): { family: string | undefined; help: boolean } {
  const { values } = node().util.parseArgs({
    args: [...argv],
    options: COMMAND_OPTIONS,
    allowPositionals: true,
    strict: false,
  });
  return {
    family: typeof values.family === 'string' ? values.family : undefined,
    help: values.help === true,
  };
}

function familyOf(id: string | undefined, families: readonly AnyFamily[]): AnyFamily {
  const family = id === undefined ? families[0] : families.find((f) => f.id === id);
  if (family === undefined)
    throw new CliError(
      `unknown family ${quote(id ?? '')}; use one of ${families.map((f) => f.id).join(', ')}`,
    );
  return family;
}

/** The strict pass, with every option the family adds; each is `multiple` so a repeat is seen. */
function parseStrict(argv: readonly string[], options: ReadonlyMap<string, FamilyOption>) {
  const all: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    ...COMMAND_OPTIONS,
  };
  for (const [flag, o] of options) {
    all[flag] = { type: o.kind === 'context' ? 'string' : o.option.type, multiple: true };
  }
  try {
    return node().util.parseArgs({
      args: [...argv],
      options: all,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs names the option and what was wrong with it; that is the whole message.
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * A value given as text, typed by its field: one of its values (matched without regard to
 * case at the terminal, given back as the family spells it), a number, or a switch.
 */
function typed(field: ContextField, given: string, raw: string): unknown {
  // `--mode "Fax"`, `--context mode="Fax"`: the value as the person wrote it, quoted.
  const shown = `${given}${given.endsWith('=') ? '' : ' '}${quote(raw)}`;
  let text = raw;
  if (field.values !== undefined) {
    const lower = raw.toLowerCase();
    const found =
      field.values.find((v) => v === raw) ?? field.values.find((v) => v.toLowerCase() === lower);
    if (found === undefined)
      throw new CliError(`${shown}: expected one of ${field.values.join(', ')}`);
    text = found;
  }
  if (field.type === 'number') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n))
      throw new CliError(`${shown}: expected a number`);
    return n;
  }
  if (field.type === 'boolean') {
    const word = text.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(word)) return true;
    if (['false', 'no', 'off', '0'].includes(word)) return false;
    throw new CliError(`${shown}: expected true or false`);
  }
  return text;
}

/** The context from the field flags and `--context name=value`, each field given once. */
function readContext(
  family: AnyFamily,
  options: ReadonlyMap<string, FamilyOption>,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const fields = contextFieldsOf(family);
  const context = new Map<string, unknown>();
  const set = (name: string, value: unknown) => {
    if (context.has(name)) throw new CliError(`the context field ${name} is given twice`);
    context.set(name, value);
  };
  for (const [flag, o] of options) {
    if (o.kind !== 'context') continue;
    const list = values[flag] as string[] | undefined;
    if (list === undefined) continue;
    if (list.length > 1) throw new CliError(`give one --${flag}, not ${list.length}`);
    set(o.field.name, typed(o.field, `--${flag}`, list[0] as string));
  }
  for (const pair of (values.context as string[] | undefined) ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CliError(`--context ${quote(pair)}: write it as name=value`);
    const name = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    if (fields === undefined) {
      set(name, raw);
      continue;
    }
    const field = fields.find((f) => f.name === name);
    if (field === undefined)
      throw new CliError(
        fields.length === 0
          ? `--context ${quote(pair)}: the ${family.id} family takes no context`
          : `--context ${quote(pair)}: the ${family.id} family's context fields are ${fields.map((f) => f.name).join(', ')}`,
      );
    set(name, typed(field, `--context ${name}=`, raw));
  }
  // fromEntries defines own properties, so a name like `__proto__` stays a plain key.
  return Object.fromEntries(context);
}

/** The values of the explainer's own options, by name: a list where it takes several. */
function readExplainerOptions(
  options: ReadonlyMap<string, FamilyOption>,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [flag, o] of options) {
    if (o.kind !== 'explainer') continue;
    const list = values[flag] as (string | boolean)[] | undefined;
    if (list === undefined) continue;
    if (o.option.multiple) out.set(o.name, list);
    else if (list.length > 1) throw new CliError(`give one --${flag}, not ${list.length}`);
    else out.set(o.name, list[0]);
  }
  return Object.fromEntries(out);
}

/**
 * Reads the arguments after the program name. The family is `--family <id>` from `families`,
 * or the first of them; its explainer, if it has one, is loaded here, since its options are
 * part of the command line.
 */
async function readCommandLine(
  argv: readonly string[],
  families: readonly AnyFamily[],
): Promise<Request | HelpRequest> {
  const first = peek(argv);
  const family = familyOf(first.family, families);
  const explainer = typeof family.explainer === 'function' ? await family.explainer() : undefined;
  if (first.help) return { help: true, family, explainer };
  const options = familyOptions(family, explainer);
  const { values, positionals } = parseStrict(argv, options);
  const [command, ...lines] = positionals;
  if (command === undefined) throw new CliError('missing command: uc-error-kit explain ...');
  if (command !== 'explain') throw new CliError(`unknown command ${quote(command)}`);
  const sources: Source[] = lines.map((text) =>
    text === '-' ? { kind: 'stdin' } : { kind: 'text', text },
  );
  if (sources.filter((s) => s.kind === 'stdin').length > 1)
    throw new CliError('give - (standard input) once');
  for (const path of (values.file as string[] | undefined) ?? [])
    sources.push({ kind: 'file', path });
  return {
    family,
    explainer,
    sources,
    context: readContext(family, options, values),
    options: readExplainerOptions(options, values),
    user: values.user as string | undefined,
    lng: values.lng as string | undefined,
    json: values.json === true,
  };
}

export type { HelpRequest, Request, Source };
export {
  CliError,
  contextFieldsOf,
  EXIT_BAD_CODE,
  EXIT_OK,
  EXIT_USAGE,
  flagOf,
  quote,
  readCommandLine,
};
