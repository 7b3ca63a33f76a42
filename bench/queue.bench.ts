import { bench, describe } from 'vitest';
import { msOcer } from '../src/core/families/ms-ocer/index';
import { ErrorNoticeQueue } from '../src/core/index';

// Push is constant time (two Map operations and an eviction), so ten times the pushes should
// take ten times as long: compare the per-push cost of the two runs.
function pushDistinct(count: number) {
  const queue = new ErrorNoticeQueue({ family: msOcer });
  for (let i = 0; i < count; i++) {
    queue.push({
      family: msOcer,
      error: { msDiagnostics: 100_000 + i },
      context: { mode: 'Voice' },
    });
  }
  return queue;
}

const options = { iterations: 10, warmupIterations: 2, time: 0 };

describe('ErrorNoticeQueue: distinct errors pushed (distinct ErrorIds, max 50)', () => {
  bench('10,000 pushes', () => void pushDistinct(10_000), options);
  bench('100,000 pushes', () => void pushDistinct(100_000), options);
});
