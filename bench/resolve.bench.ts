import { bench, describe } from 'vitest';
import { buildCatalogIndex } from '../src/core/families/ms-ocer/catalog';
import type { CatalogData, CatalogRow } from '../src/core/families/ms-ocer/catalog-data';
import { lync2010 } from '../src/core/families/ms-ocer/catalogs/lync2010.generated';
import { msOcer } from '../src/core/families/ms-ocer/index';
import { resolveIn } from '../src/core/families/ms-ocer/resolve';
import { formatError, resolveError } from '../src/core/index';

// A mix of what a softphone meets: handled codes, generic fallbacks, several codes at once.
const numeric = [
  [{ msDiagnostics: 1008 }, { mode: 'Voice' }],
  [{ sipStatus: 486 }, { mode: 'Voice', action: 'transfer' }],
  [{ msDiagnostics: 2049, sipStatus: 480 }, { mode: 'IM' }],
  [{ sipWarning: 370 }, { mode: 'Conference', action: 'invite' }],
  [{ windowsError: 10053 }, { mode: 'Sharing' }],
  [{ msDiagnostics: 99999 }, { mode: 'Conference' }],
] as const;

const headers = [
  [
    {
      msDiagnostics:
        'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
    },
    { mode: 'Voice' },
  ],
  [
    {
      msDiagnosticsPublic:
        'ms-diagnostics-public: 4004;reason="Credentials provided are not authorized to act as specified from URI."',
    },
    { mode: 'Voice' },
  ],
  [
    {
      msDiagnostics:
        '1003;reason="User does not exist";source="fe01.contoso.com";appName="InboundRouting"',
      sipStatus: 'SIP/2.0 404 Not Found',
    },
    { mode: 'IM' },
  ],
  [
    {
      sipWarning:
        'Warning: 370 proxy.contoso.com "Insufficient bandwidth", 399 sip.contoso.com "Other"',
    },
    { mode: 'Voice', action: 'add-video' },
  ],
  [{ windowsError: '0x80072745' }, { mode: 'Sharing' }],
] as const;

/** The shipped table with nine shifted copies of every row: ten times the entries. */
function tenfold(data: CatalogData): CatalogData {
  const grow = (rows: readonly CatalogRow[]) =>
    Array.from({ length: 10 }, (_, copy) =>
      rows.map((r) => [r[0], r[1] + copy * 1_000_000, r[2], r[3], r[4]] as unknown as CatalogRow),
    ).flat();
  return {
    ...data,
    rows: {
      'ms-diagnostics': grow(data.rows['ms-diagnostics']),
      sip: grow(data.rows.sip),
      'sip-warning': grow(data.rows['sip-warning']),
      windows: grow(data.rows.windows),
    },
  };
}
const big = buildCatalogIndex('lync2010', tenfold(lync2010));

const shipped = buildCatalogIndex('lync2010', lync2010);
// Long warm-up: the first benchmark of a file otherwise pays for the JIT of everything.
const options = { warmupIterations: 2_000, warmupTime: 500, time: 1_000 };

describe('resolveError: numeric codes', () => {
  bench(
    'shipped catalog',
    () => {
      for (const [input, context] of numeric) resolveError(msOcer, input, context);
    },
    options,
  );
  bench(
    'catalog ten times larger',
    () => {
      for (const [input, context] of numeric) resolveIn(big, input, context);
    },
    options,
  );
  bench(
    'shipped catalog, again',
    () => {
      for (const [input, context] of numeric) resolveIn(shipped, input, context);
    },
    options,
  );
});

describe('resolveError: header strings', () => {
  bench(
    'shipped catalog',
    () => {
      for (const [input, context] of headers) resolveError(msOcer, input, context);
    },
    options,
  );
  bench(
    'catalog ten times larger',
    () => {
      for (const [input, context] of headers) resolveIn(big, input, context);
    },
    options,
  );
  bench(
    'shipped catalog, again',
    () => {
      for (const [input, context] of headers) resolveIn(shipped, input, context);
    },
    options,
  );
});

describe('formatError (English loaded)', () => {
  bench('numeric codes', () => {
    for (const [input, context] of numeric)
      formatError(msOcer, input, context, { values: { userName: 'Avery' } });
  });
});
