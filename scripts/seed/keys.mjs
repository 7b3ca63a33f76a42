// Message keys and i18next placeholders for the seed's sentences.

/** Seed placeholders and the i18next interpolation each becomes. */
export const PLACEHOLDERS = [
  ['[user name]', '{{userName}}', 'user'],
  ['[error ID]', '{{errorId}}', 'error id'],
  ['[client name]', '{{clientName}}', 'client'],
  ['<product name>', '{{productName}}', 'product'],
  // Appendix E prints one cell with a bare Windows message insert (seed line 15944, "%3 could
  // not be started because the application failed to start in time."): the application
  // that failed, which no table defines, so the host fills it or the fallback word shows.
  ['%3', '{{applicationName}}', 'application'],
];

/** The seed's sentence as i18next wants it: placeholders become `{{name}}`. */
export function toI18next(text) {
  let out = text;
  for (const [seed, i18n] of PLACEHOLDERS) out = out.split(seed).join(i18n);
  return out;
}

// Words that say little about what a sentence means; a key is made of the others.
const STOP = new Set(
  'a an the to of is are was be been this that it its and or for in on at by with because please your you has have will there their his her as from so if'.split(
    ' ',
  ),
);

function words(text) {
  let t = text;
  for (const [seed, i18n, word] of PLACEHOLDERS) {
    t = t.split(seed).join(` ${word} `).split(i18n).join(` ${word} `);
  }
  return t
    .toLowerCase()
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/n't\b/g, ' not')
    .match(/[a-z0-9]+/g)
    .filter((w) => !STOP.has(w));
}

function camel(ws) {
  return ws.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}

/**
 * Gives every distinct sentence a key made of its first meaningful words, as few as make
 * it unique, so a translator reads what a key means (`cannotLocateUser`). Keys already in
 * `existing` (sentence -> key) are kept so that a key never changes under a translation.
 */
export function assignKeys(sentences, existing = new Map()) {
  const keyOf = new Map();
  const taken = new Set(existing.values());
  for (const s of sentences) if (existing.has(s)) keyOf.set(s, existing.get(s));
  const fresh = [...new Set(sentences)].filter((s) => !keyOf.has(s));
  for (let n = 3; fresh.length > 0 && n < 40; n++) {
    const byKey = new Map();
    for (const s of fresh) {
      const key = camel(words(s).slice(0, n));
      byKey.set(key, [...(byKey.get(key) ?? []), s]);
    }
    for (const [key, group] of byKey) {
      // Sentences that differ only in punctuation ("Or," / "Or the") share their words, so
      // no number of words tells them apart: number them instead.
      const same = group.every((s) => words(s).join() === words(group[0]).join());
      if ((group.length === 1 || same) && !taken.has(key)) {
        group.forEach((s, i) => {
          const k = i === 0 ? key : `${key}${i + 1}`;
          keyOf.set(s, k);
          taken.add(k);
          fresh.splice(fresh.indexOf(s), 1);
        });
      }
    }
  }
  if (fresh.length > 0) throw new Error(`No key for: ${fresh.join(' | ')}`);
  return keyOf;
}
