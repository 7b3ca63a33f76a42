import { describe, expect, expectTypeOf, it } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  type ContextOf,
  ErrorNoticeQueue,
  type Formatted,
  formatError,
  type InputOf,
  isLanguageLoaded,
  loadLanguage,
  type ResolutionOf,
  resolveError,
  stripIsolates,
} from '../../src/core/index';
import {
  type ToyContext,
  type ToyInput,
  type ToyResolution,
  toy,
  toyEnglish,
  toyGerman,
} from './toy-family';

const FSI = '\u2068';
const PDI = '\u2069';

describe('a family the kit has never seen', () => {
  it('resolves through resolveError with the family first', () => {
    const r = resolveError(toy, { code: 1 }, { channel: 'call' });
    expect(r).toMatchObject({
      family: 'toy',
      handled: true,
      unhandledReason: undefined,
      code: 1,
      summaryKey: 'busy',
      detailsKey: 'tryLater',
      placement: 'notification-bar',
      behaviour: 'retry',
      problems: [],
    });
    expect(r.row?.code).toBe(1);
  });

  it('formats in English from its inline words, with its own placeholders and neutral words', () => {
    const f = formatError(toy, { code: 1 }, {}, { values: { userName: 'Avery' } });
    expect(f.summary).toBe(`${FSI}Avery${PDI} is busy.`);
    expect(f.details).toBe(`Try again in a minute (code ${FSI}1${PDI}).`);
    expect(f.facts).toEqual([{ label: 'fact.code', value: '1', labelText: 'Code' }]);
    expect(formatError(toy, { code: 3 }).details).toBe('Ask your administrator about the contact.');
  });

  it('gives its generic message for a code with no row, and for none', () => {
    expect(formatError(toy, { code: 9 })).toMatchObject({
      handled: false,
      unhandledReason: 'no-row',
      summary: `Something went wrong (code ${FSI}9${PDI}).`,
    });
    for (const input of [null, undefined, {}, { code: 'x' }] as never[]) {
      expect(formatError(toy, input)).toMatchObject({
        unhandledReason: 'no-code',
        summary: 'Something went wrong (code unknown).',
      });
    }
  });

  it('lists its entries, and each resolves to itself', () => {
    const entries = toy.entries();
    expect(entries).toHaveLength(4);
    for (const e of entries) {
      const r = resolveError(toy, e.input, e.context);
      expect([r.summaryKey, r.detailsKey]).toEqual([e.summaryKey, e.detailsKey]);
      expect(Object.hasOwn(toyEnglish, e.summaryKey as string)).toBe(true);
    }
  });

  it('reads a pasted line with parseText', () => {
    expect(resolveError(toy, toy.parseText('toy error 2 at 10:00')).summaryKey).toBe('offline');
  });

  it('describes a resolution with one more fact, labelled in its words', async () => {
    const r = resolveError(toy, { code: 3 });
    const facts = await toy.describe(r);
    expect(facts).toEqual([{ label: 'fact.note', value: 'Toy row 3' }]);
    expect(Object.hasOwn(toyEnglish, facts[0]?.label as string)).toBe(true);
  });

  it('loads its German on demand and formats in it, English until then', async () => {
    const before = formatError(toy, { code: 2 }, {}, { lng: 'de' });
    if (!isLanguageLoaded('de', [toy])) {
      expect(before.summary).toBe(toyEnglish.offline);
      expect(before.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
    }
    await expect(loadLanguage('de-CH', [toy])).resolves.toBe('de');
    expect(isLanguageLoaded('de', [toy])).toBe(true);
    const f = formatError(toy, { code: 1 }, {}, { lng: 'de-CH', values: { userName: 'Avery' } });
    expect(f.summary).toBe(`${FSI}Avery${PDI} ist beschäftigt.`);
    expect(stripIsolates(f.details ?? '')).toBe(toyGerman.tryLater.replace('{{code}}', '1'));
    expect(f).toMatchObject({ language: 'de', summaryLanguage: { lang: 'de', dir: 'ltr' } });
    expect(f.facts[0]?.labelText).toBe(toyGerman['fact.code']);
    expect(formatError(toy, { code: 3 }, {}, { lng: 'de' }).details).toBe(
      toyGerman.askAdmin.replace('{{userName}}', toyGerman['fallback.userName']),
    );
  });

  it('keeps one notice per error in an ErrorNoticeQueue, placed where it says', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const a = queue.push({ family: toy, error: { code: 1 } });
    expect(queue.push({ family: toy, error: { code: '1' } })).toBe(a);
    queue.push({ family: toy, error: { code: 2 } });
    expect(queue.getSnapshot().map((n) => [n.placement, n.key])).toEqual([
      ['notification-bar', 'toy\u00002\u0000'],
      ['im-area', 'toy\u00001\u0000'],
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [42, 'x', [], { code: { valueOf: () => 1 } }, { code: -1 }] as never[]) {
      for (const context of [
        null,
        42,
        'x',
        { channel: 'fax' },
        { channel: '__proto__' },
      ] as never[]) {
        expect(() => formatError(toy, input, context)).not.toThrow();
      }
    }
  });
});

describe('the types of a family flow into the generic layers', () => {
  it('infers the input, context and resolution from the family', () => {
    expectTypeOf<InputOf<typeof toy>>().toEqualTypeOf<ToyInput>();
    expectTypeOf<ContextOf<typeof toy>>().toEqualTypeOf<ToyContext>();
    expectTypeOf<ResolutionOf<typeof toy>>().toEqualTypeOf<ToyResolution>();
    expectTypeOf(resolveError(toy, { code: 1 })).toEqualTypeOf<ToyResolution>();
    expectTypeOf(formatError(toy, { code: 1 })).toEqualTypeOf<Formatted<ToyResolution>>();
    expectTypeOf(formatError(toy, { code: 1 }).row).toEqualTypeOf<ToyResolution['row']>();
  });

  it('takes the toy input and context, and refuses others', () => {
    expectTypeOf(formatError<typeof toy>)
      .parameter(1)
      .toEqualTypeOf<ToyInput | null | undefined>();
    formatError(toy, { code: '3' }, { channel: 'chat' }, { lng: 'de' });
    formatError(toy, null);
    // @ts-expect-error an [MS-OCER] input is not a toy input
    formatError(toy, { sipStatus: 486 });
    // @ts-expect-error the toy code is a number or digits
    formatError(toy, { code: true });
    // @ts-expect-error a channel the toy does not have
    formatError(toy, { code: 1 }, { channel: 'fax' });
    // @ts-expect-error an [MS-OCER] context is not a toy context
    resolveError(toy, { code: 1 }, { mode: 'Voice' });
  });
});

describe('sentences with and without a name', () => {
  it('uses the sentence written for no name when the app gives none', () => {
    expect(formatError(toy, { code: 1 }).summary).toBe('The contact is busy.');
    expect(formatError(toy, { code: 1 }, {}, { values: { userName: 'Avery' } }).summary).toBe(
      `${FSI}Avery${PDI} is busy.`,
    );
  });

  it('keeps a language without a no-name sentence in that language, with its neutral word', async () => {
    await loadLanguage('de', [toy]);
    const f = formatError(toy, { code: 1 }, {}, { lng: 'de' });
    expect(f.summary).toBe('Die Person ist beschäftigt.');
    expect(f.summaryLanguage.lang).toBe('de');
  });

  it('keeps a host’s rewording of a sentence rather than the kit’s no-name line', () => {
    const words: Record<string, Record<string, Record<string, string>>> = {
      en: { 'uc-error-kit-toy': { busy: '{{userName}} is on the phone.' } },
    };
    const i18n = { language: 'en', getResourceBundle: (l: string, ns: string) => words[l]?.[ns] };
    expect(formatError(toy, { code: 1 }, {}, { i18n }).summary).toBe(
      'The contact is on the phone.',
    );
  });
});

describe('what a family returns is its own', () => {
  it('formats a frozen resolution into a new object, leaving it as it was', () => {
    const r = resolveError(toy, { code: 1 });
    expect(Object.isFrozen(r)).toBe(true);
    const f = formatError(toy, { code: 1 });
    expect(f).not.toBe(r);
    expect(f.intent).toBe('warning');
    expect(f.show).toBe(true);
    expect(resolveError(toy, { code: 4 }).show).toBe(false);
  });

  it('names the fix when the family is missing', () => {
    expect(() => formatError({ code: 1 } as never, undefined)).toThrow(
      /needs a family first: import one from its entry/,
    );
    expect(() => resolveError(undefined as never, undefined)).toThrow(/needs a family first/);
  });

  it('names the fix for a family written without its bundled words', () => {
    const { bundled: _, ...old } = toy;
    expect(() => formatError(old as never, { code: 1 } as never)).toThrow(
      /`uc-error-kit-toy` lacks its `bundled` words or its `locales`.*docs\/adding-a-family\.md/,
    );
    const { locales: __, ...noLocales } = toy;
    expect(() => resolveError(noLocales as never, { code: 1 } as never)).toThrow(/lacks its/);
  });
});
