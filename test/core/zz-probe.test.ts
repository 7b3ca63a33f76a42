import { it } from 'vitest';
import { formatError, stripIsolates } from '../../src/core/index';
it('probe', () => {
  const show = (x: unknown) => console.log(JSON.stringify(x));
  const f = formatError({ sipStatus: 408 }, { mode: 'Voice' }, { values: { userName: 'Avery' } });
  show([f.summaryKey, f.detailsKey, f.summary, f.details, f.summaryLanguage, f.language, f.facts]);
  const g = formatError({ msDiagnostics: 2049 }, { mode: 'Sharing', action: 'start' }, { values: { productName: 'Contoso Phone' } });
  show([g.summaryKey, g.detailsKey, g.summary, g.details]);
  const h = formatError({}, { mode: 'Other' }, { values: { errorId: 'E-17' } });
  show([h.summaryKey, h.detailsKey, h.summary, h.details]);
  show(formatError({ sipStatus: 486 }, { mode: 'Voice' }).summary);
  show(formatError({ msDiagnostics: 1003 }, { mode: 'Voice' }).summary);
  show(formatError({}, { mode: 'Voice' }).details);
  show(formatError({ msDiagnostics: '1008;reason="x";source="a\u202eb"' }, { mode: 'Voice' }).facts);
});
