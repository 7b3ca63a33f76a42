import { it } from 'vitest';
import { main } from '../../src/cli/explain';
async function run(...argv: string[]) {
  let stdout = ''; let stderr = '';
  const code = await main(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}
it('probe', async () => {
  const h = 'ms-diagnostics: 1008;reason="\u001b]0;title\u0007 \u001b[2J\u0008\u007f";source="\u001b]8;;http://evil\u001b\\\\link\u001b]8;;\u0007\u0085";x="\u009b31m\u202e"';
  for (const a of [[h], [h, '--json']]) {
    const r = await run('explain', ...a, '--mode', 'Voice');
    console.log(JSON.stringify(r));
  }
});
