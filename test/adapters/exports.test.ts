import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as adapters from '../../src/adapters/index';
import * as report from '../../src/report/index';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const sources = (dir: string) =>
  readdirSync(path.join(src, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [`${dir}/${name}`, readFileSync(path.join(src, dir, name), 'utf8')] as const);

describe('uc-error-kit/adapters and uc-error-kit/report', () => {
  it.each([...sources('adapters'), ...sources('report')])(
    '%s imports neither SIP library, React nor i18next',
    (_name, text) => {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const name of imports) expect(name).toMatch(/^\.\.?\//);
    },
  );

  it('list every export by name, each with a one-line JSDoc', () => {
    for (const file of ['adapters/index.ts', 'report/index.ts']) {
      const text = readFileSync(path.join(src, file), 'utf8');
      expect(text).not.toMatch(/export \*/);
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (line.startsWith('export ')) expect(lines[i - 1]).toMatch(/^\/\*\* .+ \*\/$/);
      });
    }
  });

  it('export what outside tools call', () => {
    expect(Object.keys(adapters).sort()).toEqual(
      [
        'errorInputFromMessage',
        'errorInputFromSipMessage',
        'fromJsSIPEvent',
        'fromSipJsRequest',
        'fromSipJsResponse',
        'msOcerSip',
        'parseReasonHeader',
        'sendErrorReportWithJsSIP',
        'sendErrorReportWithSipJs',
        'serviceResponseOf',
        'tapIncomingMessages',
        'tapSignOut',
        'viewOfLibraryMessage',
        'viewOfSipText',
      ].sort(),
    );
    expect(Object.keys(report).sort()).toEqual(
      [
        'ErrorReportCollector',
        'ErrorReportPolicy',
        'ErrorReporter',
        'REPORT_CONTENT_TYPE',
        'REPORT_LIMITS',
        'REPORT_NAMESPACE',
        'buildErrorReport',
        'buildErrorReportDetailed',
        'outcomeOfServiceResponse',
        'parseErrorReport',
      ].sort(),
    );
  });
});
