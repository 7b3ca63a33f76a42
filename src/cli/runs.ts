/**
 * The generic explainer: the runs a family's explainer (or, without one, its `parseText`)
 * made of what was pasted, each resolved, worded and completed with the facts the family
 * loads on demand. Nothing here knows a family by name.
 */
import type {
  AnyFamily,
  BaseResolution,
  Explainer,
  ExplainRun,
  ExplainSection,
  Fact,
  InputProblem,
} from '../core/family';
import { type FormatOptions, type Formatted, formatResolution, resolveError } from '../core/format';
import { CliError, EXIT_BAD_CODE, EXIT_USAGE } from './arguments';

/** A fact as the command shows it: its label in words, its value exactly as the family gave it. */
interface ShownFact {
  /** The label's key (`fact.reason`). */
  readonly key: string;
  /** The label in the language asked for. */
  readonly label: string;
  /** The value as given; the output makes control characters visible. */
  readonly value: string;
  readonly lang: string | undefined;
}

/** One run, resolved and worded. */
interface ExplainedRun {
  readonly title: string | undefined;
  readonly input: unknown;
  readonly context: unknown;
  readonly resolution: BaseResolution;
  readonly formatted: Formatted<BaseResolution>;
  /** The resolution's facts, then the family's `describe` facts. */
  readonly facts: readonly ShownFact[];
}

/** The run of a family with no explainer: `parseText` over the lines, in the given context. */
function plainRuns(
  family: AnyFamily,
  lines: readonly string[],
  context: Readonly<Record<string, unknown>>,
): ExplainRun[] {
  if (lines.length === 0)
    throw new CliError(
      `no code given: pass what the app received for ${family.id}, as arguments, ` +
        'with --file <path>, or - for standard input',
    );
  return [{ input: family.parseText(lines.join('\n')), context }];
}

/**
 * The runs of a family's explainer. What it throws is the person's to fix (its message says
 * how): a code that could not be read when it says `exitCode` 1, a usage error otherwise.
 */
async function explainerRuns(
  explainer: Explainer,
  lines: readonly string[],
  options: Readonly<Record<string, unknown>>,
): Promise<ExplainRun[]> {
  try {
    return await explainer.read(lines, options);
  } catch (error) {
    const code = (error as { exitCode?: unknown } | null)?.exitCode;
    throw new CliError(
      error instanceof Error ? error.message : String(error),
      code === EXIT_BAD_CODE ? EXIT_BAD_CODE : EXIT_USAGE,
    );
  }
}

/** The family's facts loaded on demand; a table that fails to load is a problem, not a crash. */
async function described(
  family: AnyFamily,
  resolution: BaseResolution,
): Promise<{ facts: readonly Fact[]; problems: InputProblem[] }> {
  if (typeof family.describe !== 'function') return { facts: [], problems: [] };
  try {
    return { facts: await family.describe(resolution), problems: [] };
  } catch (error) {
    return {
      facts: [],
      problems: [
        { field: 'describe', message: `More facts could not be loaded: ${String(error)}` },
      ],
    };
  }
}

/** Resolves and words one run; the family's result is copied, never written to. */
async function explainRun(
  family: AnyFamily,
  run: ExplainRun,
  format: FormatOptions,
): Promise<ExplainedRun> {
  const resolution = resolveError(family, run.input, run.context);
  const more = await described(family, resolution);
  const whole: BaseResolution = {
    ...resolution,
    facts: [...resolution.facts, ...more.facts],
    problems: [...resolution.problems, ...more.problems],
  };
  const formatted = formatResolution(family, whole, format);
  const facts = whole.facts.map(
    (fact, i): ShownFact => ({
      key: fact.label,
      label: formatted.facts[i]?.labelText ?? fact.label,
      value: fact.value,
      lang: fact.lang,
    }),
  );
  return { title: run.title, input: run.input, context: run.context, resolution, formatted, facts };
}

/**
 * Resolves every run. A context the family refuses (an unknown mode, an action the mode
 * lacks) is a usage error in the family's own words, as the components' prop checks say it.
 */
async function explainRuns(
  family: AnyFamily,
  runs: readonly ExplainRun[],
  format: FormatOptions,
): Promise<ExplainedRun[]> {
  const explained = await Promise.all(runs.map((run) => explainRun(family, run, format)));
  const refused = new Set<string>();
  for (const run of explained) {
    for (const p of run.resolution.problems) if (p.in === 'context') refused.add(p.message);
  }
  if (refused.size > 0) throw new CliError([...refused].join(' '));
  return explained;
}

/** The family's sections for the first run (a parsed header, a server's reason), if any. */
async function sectionsOf(
  explainer: Explainer | undefined,
  runs: readonly ExplainedRun[],
): Promise<readonly ExplainSection[]> {
  const first = runs[0];
  if (first === undefined || typeof explainer?.sections !== 'function') return [];
  return explainer.sections(first.resolution);
}

export type { ExplainedRun, ShownFact };
export { explainerRuns, explainRuns, plainRuns, sectionsOf };
