#!/usr/bin/env node
// Renders every sentence of the right-to-left languages (ar, he) in Chromium, as the kit
// shows it (values isolated with U+2068 ... U+2069, the paragraph `dir="rtl"`), and checks
// that each run of digits (a dialing example, a phone number, a code) displays in its
// logical order: the characters of a run must stand left to right on screen. A run that a
// right-to-left paragraph reorders ("1+(555) 555-0123" shown as "555-0123 (555)+1") fails,
// naming the language, namespace and key.
//
//   node scripts/check-rtl.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { SAMPLES } from './samples.mjs';

const root = resolve(import.meta.dirname, '..');
const browserOptions = JSON.parse(readFileSync(resolve(root, 'scripts/chromium.json'), 'utf8'));

/** A sentence as the kit fills it: each value isolated, so it cannot reorder the words. */
const fill = (text) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) =>
    SAMPLES[name] === undefined ? whole : `\u2068${SAMPLES[name]}\u2069`,
  );

const sentences = [];
for (const lng of ['ar', 'he']) {
  for (const file of readdirSync(resolve(root, 'locales', lng)).filter((f) =>
    f.endsWith('.json'),
  )) {
    const words = JSON.parse(readFileSync(resolve(root, 'locales', lng, file), 'utf8'));
    for (const [key, text] of Object.entries(words)) {
      const shown = typeof text === 'string' ? fill(text) : '';
      if (/\d/.test(shown)) sentences.push({ lng, ns: file.slice(0, -5), key, text: shown });
    }
  }
}

const browser = await chromium.launch(browserOptions);
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body style="font: 16px sans-serif"></body></html>');
  const faults = await page.evaluate((list) => {
    const out = [];
    // A run: digits with the signs a number or dialing example is written with.
    const RUN = /[0-9](?:[0-9+()\-.\s]*[0-9])?/g;
    for (const s of list) {
      const p = document.createElement('p');
      p.dir = 'rtl';
      p.lang = s.lng;
      p.style.whiteSpace = 'pre-line';
      p.textContent = s.text;
      document.body.replaceChildren(p);
      const node = p.firstChild;
      for (const m of s.text.matchAll(RUN)) {
        let last = -Infinity;
        let lastTop = null;
        for (let i = m.index; i < m.index + m[0].length; i++) {
          // The digits carry the order; brackets mirror in right-to-left text, as they should.
          if (!/[0-9]/.test(s.text[i])) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          // A run that wraps starts again on its next line.
          if (lastTop !== null && Math.abs(rect.top - lastTop) > rect.height / 2) last = -Infinity;
          if (rect.left < last - 0.5) {
            out.push(`${s.lng} ${s.ns} "${s.key}": "${m[0].trim()}" displays out of order`);
            break;
          }
          last = rect.left;
          lastTop = rect.top;
        }
      }
    }
    return out;
  }, sentences);
  for (const fault of faults) console.error(fault);
  if (faults.length > 0) {
    console.error(`${faults.length} runs of digits display out of order in right-to-left text.`);
    process.exitCode = 1;
  } else {
    console.log(
      `right-to-left check: ${sentences.length} sentences with digits in ar and he display every run in order.`,
    );
  }
} finally {
  await browser.close();
}
