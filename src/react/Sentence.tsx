/**
 * A sentence of the kit as a view renders it: the kit's words as text, each value (a display
 * name, an address, a code, which the core wraps in U+2068 ... U+2069) in a `<bdi>` of its
 * own, so the stylesheet can keep a 10,000-character remote name from filling the bar before
 * the verb. The text is the same; the full sentence stays in the accessible name and the
 * details dialog.
 */
import type { ReactNode } from 'react';

const FSI = '\u2068';
const PDI = '\u2069';

/** The sentence's parts, values as `<bdi class="ucek-value">`. */
function sentenceParts(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let from = 0;
  let open = text.indexOf(FSI);
  while (open !== -1) {
    const close = text.indexOf(PDI, open + 1);
    if (close === -1) break;
    if (open > from) parts.push(text.slice(from, open));
    // The isolates stay in the text too, so the rendered text is the sentence exactly (a
    // copy, a test or an extension reading `textContent` gets what the core returned).
    parts.push(
      <bdi key={open} className="ucek-value" title={text.slice(open + 1, close)}>
        {text.slice(open, close + 1)}
      </bdi>,
    );
    from = close + 1;
    open = text.indexOf(FSI, from);
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

export { sentenceParts };
