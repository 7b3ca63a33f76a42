/**
 * `uc-error-kit explain`: what a person would read for the codes an app received, with the
 * facts support staff need, for any family. For support staff reading a log, and for
 * checking a catalog by hand.
 *
 * Three parts: the command line (`./arguments`), the generic explainer (`./runs`, `./output`)
 * and the family's own part, its `explainer()` (how to read what was pasted, which runs to
 * show), loaded only here. A family without one is read with its `parseText`.
 *
 * Built by Vite as `dist/cli.js`; `bin/uc-error-kit.js` runs it.
 */
import type { AnyFamily } from '../core/family';
import { LANGUAGES, resolveLanguage } from '../core/languages';
import { loadLanguage } from '../core/words';
import {
  CliError,
  EXIT_BAD_CODE,
  EXIT_OK,
  EXIT_USAGE,
  quote,
  type Request,
  readCommandLine,
  type Source,
} from './arguments';
import { FAMILIES } from './families';
import { node } from './node';
import { asJson, asText, terminalSafe } from './output';
import { explainerRuns, explainRuns, plainRuns, sectionsOf } from './runs';
import { usage } from './usage';

/** Options of {@link main}. */
interface ExplainOptions {
  /**
   * The families `--family <id>` can name, the first read when none is named (an app's or a
   * test's list).
   * @default FAMILIES, the kit's own
   */
  families?: readonly AnyFamily[] | undefined;
}

/** Where the command reads and writes; the bin passes the process's streams. */
interface ExplainIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** All of standard input, for the argument `-`; absent where there is none. */
  stdin?: (() => Promise<string>) | undefined;
}

/**
 * The most text read from a file or standard input: a bounce message with attachments is a
 * few megabytes, and a mistaken `--file /dev/zero` should end rather than fill the memory.
 */
const MAX_INPUT = 16 * 1024 * 1024;

/** A text's lines, as a file has them: no empty line after the last line break, no BOM. */
function linesOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * A file's text, read in chunks up to the limit: `stat` says 0 bytes for a device, a pipe or
 * `/dev/stdin`, so the size is only known by reading, and reading stops one byte past it.
 */
function readFile(path: string): string {
  const { fs } = node();
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, 'r');
    const chunks: Buffer[] = [];
    let size = 0;
    const chunk = Buffer.alloc(1 << 16);
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      size += n;
      if (size > MAX_INPUT)
        throw new CliError(`--file ${quote(path)}: larger than ${MAX_INPUT / 1024 / 1024} MB`);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    throw new CliError(
      `cannot read --file ${quote(path)}${typeof code === 'string' ? ` (${code})` : ''}`,
      EXIT_BAD_CODE,
    );
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function readStdin(io: ExplainIo): Promise<string> {
  if (typeof io.stdin !== 'function')
    throw new CliError('- (standard input) is not available here');
  const text = await io.stdin();
  if (text.length > MAX_INPUT)
    throw new CliError(`standard input: larger than ${MAX_INPUT / 1024 / 1024} MB`);
  return text;
}

/** The pasted lines, in the order given: each argument a line, a file or stdin its lines. */
async function readSources(sources: readonly Source[], io: ExplainIo): Promise<string[]> {
  const lines: string[] = [];
  for (const source of sources) {
    if (source.kind === 'text') lines.push(source.text);
    else {
      const text = source.kind === 'file' ? readFile(source.path) : await readStdin(io);
      for (const line of linesOf(text)) lines.push(line);
    }
  }
  return lines;
}

/**
 * Loads the words of `lng` (English when none is given) for the family; a language the kit
 * lacks is an error.
 */
async function loadWords(lng: string | undefined, family: AnyFamily): Promise<void> {
  if (lng === undefined) return void (await loadLanguage('en', [family]));
  const language = resolveLanguage(lng);
  if (language === 'en' && !/^en(?:$|[-_])/i.test(lng.trim())) {
    throw new CliError(
      `unknown language ${quote(lng)}; available languages: ${LANGUAGES.join(', ')}`,
    );
  }
  await loadLanguage(lng, [family]);
}

/** Explains a request; returns what to print and whether any code was read. */
async function explain(request: Request, io: ExplainIo) {
  const { family, explainer } = request;
  await loadWords(request.lng, family);
  const lines = await readSources(request.sources, io);
  // The explainer reads the context fields as options too: they are flags of the command.
  const runs = explainer
    ? await explainerRuns(explainer, lines, { ...request.context, ...request.options })
    : plainRuns(family, lines, request.context);
  if (runs.length === 0)
    throw new CliError(
      `the ${family.id} family found nothing to explain in what was given`,
      EXIT_BAD_CODE,
    );
  // --user is a person's name: only a family whose sentences name a person takes it.
  const values =
    request.user !== undefined && family.placeholders.includes('userName')
      ? { userName: request.user }
      : {};
  const explained = await explainRuns(family, runs, { lng: request.lng, values });
  const explanation = {
    family,
    context: request.context,
    received: explainer ? undefined : lines,
    sections: await sectionsOf(explainer, explained),
    runs: explained,
    language: explained[0]?.formatted.language ?? resolveLanguage(request.lng),
  };
  return {
    text: terminalSafe(request.json ? asJson(explanation) : asText(explanation), request.json),
    read: explained.some((run) => run.resolution.unhandledReason !== 'no-code'),
  };
}

/**
 * Runs `uc-error-kit explain` with the arguments after the program name and returns the
 * exit code: 0 explained, 1 a code or file could not be read, 2 a usage error. Reads and
 * writes through `io` only, and never throws.
 * @example await main(['explain', '--sip', '486', '--mode', 'Voice'], { stdout: console.log, stderr: console.error })
 */
async function main(argv: string[], io: ExplainIo, options: ExplainOptions = {}): Promise<number> {
  const families = options.families ?? FAMILIES;
  try {
    const request = await readCommandLine(argv, families);
    if ('help' in request) {
      io.stdout(usage(families, request.family, request.explainer));
      return EXIT_OK;
    }
    const { text, read } = await explain(request, io);
    io.stdout(text);
    if (read) return EXIT_OK;
    // The family's generic message is printed, but no code was in what was given.
    io.stderr(`uc-error-kit: no code the ${request.family.id} family reads was found\n`);
    return EXIT_BAD_CODE;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(terminalSafe(`uc-error-kit: ${error.message}\n`, false));
      if (error.exitCode === EXIT_USAGE)
        io.stderr("Run 'uc-error-kit explain --help' for usage.\n");
      return error.exitCode;
    }
    // A bug of ours, not the user's: say so in one line rather than dump a stack.
    io.stderr(
      terminalSafe(
        `uc-error-kit: internal error: ${(error as Error)?.message ?? String(error)}\n`,
        false,
      ),
    );
    return EXIT_BAD_CODE;
  }
}

export type { ExplainIo, ExplainOptions };
export { main };
