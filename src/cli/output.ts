/**
 * What `uc-error-kit explain` prints: text for people, or one JSON object for scripts, both
 * safe to send to a terminal whatever a server put in its headers.
 */
import type { AnyFamily, ExplainSection, UnhandledReason } from '../core/family';
import { stripIsolates } from '../core/text';
import type { ExplainedRun } from './runs';

/** What was read, for the output: the family, the context given and the runs. */
interface Explanation {
  readonly family: AnyFamily;
  /** The context as given on the command line. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The lines as pasted, shown for a family without an explainer (whose sections say what it read). */
  readonly received: readonly string[] | undefined;
  readonly sections: readonly ExplainSection[];
  readonly runs: readonly ExplainedRun[];
  /** The kit's language for the request. */
  readonly language: string;
}

/** Why a generic message shows, in words, by the contract's reason. */
const UNHANDLED: Record<UnhandledReason, string> = {
  'no-code': 'nothing readable arrived',
  'no-row': 'no row for the code in this context',
  'never-handled': 'the code is on the list of codes that always get the generic message',
};

/** The pasted lines shown at most, and the characters of each: a whole message is not echoed. */
const RECEIVED_LINES = 5;
const RECEIVED_WIDTH = 200;

/**
 * Output a terminal shows as text: control characters from a header (ESC sequences that
 * clear the screen or set the title, OSC 8 links, BEL, BS, DEL, C1) and bidi controls become
 * visible and inert: C0 as the Unicode control pictures (ESC is ␛), the rest as <U+XXXX>.
 * In JSON they are \u escapes, which JSON.stringify leaves out for DEL, C1 and bidi.
 */
function terminalSafe(text: string, json: boolean): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (json) return `\\u${code.toString(16).padStart(4, '0')}`;
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
    },
  );
}

/** A context as `name=value` pairs. */
function pairs(context: unknown): string[] {
  if (context === null || typeof context !== 'object') return [];
  return Object.entries(context)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
}

/** Labelled lines, the labels padded into one column; later lines of a field under its first. */
function fields(rows: readonly (readonly [string, readonly string[]])[], indent = ''): string {
  const width = Math.max(9, ...rows.map(([label]) => label.length)) + 2;
  let out = '';
  for (const [label, given] of rows) {
    // A line break inside a value (a server's text) goes on under the value, never in the
    // label column, where it could pass for a line of the command's own.
    const lines = given.flatMap((line) => line.split(/\r\n|\n|\r/));
    lines.forEach((line, i) => {
      out += `${indent}${(i === 0 ? label : '').padEnd(width)}${line}\n`;
    });
  }
  return out;
}

function resultOf(run: ExplainedRun): string {
  const r = run.resolution;
  const code = r.code === undefined ? '' : String(r.code);
  // "handled; code 5.0.0", not "by": a family may decide by other evidence (SMTP by the words).
  if (r.handled) return code === '' ? 'handled' : `handled; code ${code}`;
  const why = r.unhandledReason === undefined ? '' : `: ${UNHANDLED[r.unhandledReason]}`;
  return `generic message${why}${code === '' ? '' : `; code ${code}`}`;
}

function runAsText(run: ExplainedRun, given: Readonly<Record<string, unknown>>): string {
  const f = run.formatted;
  const rows: [string, string[]][] = [];
  // The run's own context, where the family's explainer chose one and gave it no title.
  const context = pairs(run.context);
  if (run.title === undefined && context.join() !== pairs(given).join())
    rows.push(['context', [context.join(', ') || '(none)']]);
  rows.push(['result', [resultOf(run)]]);
  rows.push(['summary', [stripIsolates(f.summary)]]);
  if (f.details !== undefined) rows.push(['details', [stripIsolates(f.details)]]);
  rows.push(['intent', [f.intent]]);
  if (!f.show) rows.push(['shown', ['no: a client recovers by itself; the views show nothing']]);
  rows.push(['placement', [f.placement]]);
  if (f.behaviour !== undefined) rows.push(['behaviour', [f.behaviour]]);
  for (const fact of run.facts) rows.push([fact.label, [fact.value]]);
  if (f.problems.length > 0)
    rows.push(['problems', f.problems.map((p) => `${p.field}: ${p.message}`)]);
  // A title may quote what was received (an address): a line break in it shows as a symbol.
  const title =
    run.title === undefined
      ? ''
      : `${run.title.replace(/\r/g, '\u240d').replace(/\n/g, '\u240a')}\n`;
  return `\n${title}${fields(rows, '  ')}`;
}

/** The received lines, cut short: enough to see what was read, never a whole message. */
function receivedLines(lines: readonly string[]): string[] {
  const shown = lines
    .slice(0, RECEIVED_LINES)
    .map((l) => (l.length > RECEIVED_WIDTH ? `${l.slice(0, RECEIVED_WIDTH - 3)}...` : l));
  if (lines.length > RECEIVED_LINES) shown.push(`(${lines.length} lines in all)`);
  return shown;
}

/** The text for people: the family, what was given, the family's sections, a block per run. */
function asText(e: Explanation): string {
  const rows: [string, string[]][] = [['Family', [`${e.family.id}: ${e.family.title}`]]];
  const context = pairs(e.context);
  if (context.length > 0) rows.push(['Context', [context.join(', ')]]);
  if (e.received !== undefined) rows.push(['Received', receivedLines(e.received)]);
  for (const s of e.sections) rows.push([s.label, s.lines.length > 0 ? [...s.lines] : ['']]);
  return fields(rows) + e.runs.map((run) => runAsText(run, e.context)).join('');
}

/** One JSON object for scripts: every value as the family gave it. */
function asJson(e: Explanation): string {
  const result = {
    family: e.family.id,
    lng: e.language,
    context: e.context,
    sections: e.sections.map((s) => ({ label: s.label, lines: [...s.lines] })),
    runs: e.runs.map((run) => {
      const f = run.formatted;
      return {
        title: run.title ?? null,
        input: run.input ?? null,
        context: run.context ?? null,
        handled: f.handled,
        unhandledReason: f.unhandledReason ?? null,
        code: f.code ?? null,
        summary: stripIsolates(f.summary),
        details: f.details === undefined ? null : stripIsolates(f.details),
        summaryKey: f.summaryKey,
        detailsKey: f.detailsKey ?? null,
        intent: f.intent,
        show: f.show,
        placement: f.placement,
        behaviour: f.behaviour ?? null,
        facts: run.facts.map((fact) => ({
          key: fact.key,
          label: fact.label,
          value: fact.value,
          ...(fact.lang === undefined ? {} : { lang: fact.lang }),
        })),
        problems: f.problems,
      };
    }),
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

export type { Explanation };
export { asJson, asText, terminalSafe };
