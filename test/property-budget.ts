/**
 * Setup of the core project: every fast-check property gets a run count and a time budget
 * unless its test gives its own, so a busy machine shortens a property instead of failing
 * it at Vitest's 5 s default.
 */
import fc from 'fast-check';

// 100 runs is fast-check's own default; the 3 s budget stops a property early (counted as
// passed for the runs it made) well inside the test timeout.
fc.configureGlobal({ numRuns: 100, interruptAfterTimeLimit: 3_000, markInterruptAsFailure: false });
