/**
 * The help of `uc-error-kit explain`: the command's own options, the families from the one
 * list, and the chosen family's part (a flag per context field, its explainer's options and
 * usage).
 */
import type { AnyFamily, Explainer } from '../core/family';
import { LANGUAGES } from '../core/languages';
import { contextFieldsOf, flagOf } from './arguments';

/** Where the descriptions start, and where lines wrap. */
const COLUMN = 30;
const WIDTH = 96;

/** Words wrapped to the width, from `indent` on. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `  --flag <value>    description`, the description wrapped under its column. */
function option(left: string, description: string): string {
  const [first = '', ...rest] = wrap(description, COLUMN);
  const head =
    left.length <= COLUMN - 4
      ? `  ${left.padEnd(COLUMN - 2)}${first}`
      : `  ${left}\n${' '.repeat(COLUMN)}${first}`;
  return [head, ...rest.map((l) => `${' '.repeat(COLUMN)}${l}`)].join('\n');
}

/** The options the family adds, as help lines. */
function familyPart(family: AnyFamily, explainer: Explainer | undefined): string {
  const lines: string[] = [];
  for (const field of contextFieldsOf(family) ?? []) {
    const values = field.values ?? [];
    const value =
      values.length > 0 && values.join('|').length <= 24 ? values.join('|') : field.name;
    const choices = values.length > 0 ? ` One of: ${values.join(', ')}.` : '';
    const description = /[.!?]$/.test(field.description.trim())
      ? field.description.trim()
      : `${field.description.trim()}.`;
    lines.push(option(`--${flagOf(field.name)} <${value}>`, `${description}${choices}`));
  }
  for (const [name, o] of Object.entries(explainer?.options ?? {})) {
    // An option's help is `<value>  what it is`, or only what it is for a switch.
    const split = o.help.startsWith('<') ? /^(\S+)\s+(.*)$/s.exec(o.help) : null;
    lines.push(
      split ? option(`--${name} ${split[1]}`, split[2] ?? '') : option(`--${name}`, o.help),
    );
  }
  let out = `${family.title} (--family ${family.id}):\n`;
  out += lines.length > 0 ? `${lines.join('\n')}\n` : '  (no options of its own)\n';
  if (explainer?.usage) out += `\n${explainer.usage.replace(/\s+$/, '')}\n`;
  return out;
}

/** The whole help, with the part of `family` (the one `--family` named, or the first). */
function usage(
  families: readonly AnyFamily[],
  family: AnyFamily,
  explainer: Explainer | undefined,
): string {
  const width = Math.max(...families.map((f) => f.id.length)) + 2;
  const list = families
    .map((f) => `${' '.repeat(COLUMN)}${f.id.padEnd(width)}${f.title}`)
    .join('\n');
  return `Usage: uc-error-kit explain [options] [line ...]

Shows what a person would read for the codes an app received, where and how it shows, and the
facts support staff need: why that message, the code, the reasons the catalog and the server give.

What was received (at least one, as the family reads it):
${option('line', 'a line as the app received it: a header line, an error line, a reply')}
${option('-', 'read the lines from standard input')}
${option('--file <path>', 'read the lines from a file: a log, a trace, a whole message')}

The family and its context:
${option('--family <id>', `the family that reads the codes (default ${families[0]?.id ?? 'none'}):`)}
${list}
${option('--context <name=value>', "a field of the family's context; each field also has its own option (below)")}

Output:
${option('--user <name>', 'the name shown where a sentence names a person; without it, the sentence written for no name')}
${option('--lng <lng>', `the language of the sentences: ${LANGUAGES.join(', ')}`)}
${option('--json', 'print one JSON object')}
${option('-h, --help', "print this help; with --family <id>, that family's part")}

${familyPart(family, explainer)}
Exit status: 0 explained, 1 a code or a file could not be read, 2 a usage error.
`;
}

export { usage };
