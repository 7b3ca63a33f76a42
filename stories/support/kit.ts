/**
 * What every story shares, generic over one list of families: the CLI's list
 * (src/cli/families.ts), read through the family contract only. A story names a family by its
 * id and a code by the text a person would paste or search for; no story has code of its own
 * for any family.
 */
import { FAMILIES } from '../../src/cli/families';
import type { AnyFamily, BaseEntry, FormatValues, Intent } from '../../src/index';

type Entry = BaseEntry<unknown, unknown>;

/**
 * Example values by placeholder name: whatever family declares a placeholder of this name
 * gets the value, so a new family with `userName` needs nothing here.
 */
const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  userName: 'Avery Howard',
  productName: 'Contoso Phone',
  clientName: 'Contoso Phone',
  applicationName: 'Contoso Whiteboard',
};

/** The message an IM error quotes as not delivered. */
const UNDELIVERED = 'Are we still on for the 3 pm review?';

/** The example values for the placeholders `family` declares. */
function valuesFor(family: AnyFamily): FormatValues {
  return Object.fromEntries(
    family.placeholders.flatMap((name) =>
      EXAMPLE_VALUES[name] === undefined ? [] : [[name, EXAMPLE_VALUES[name]]],
    ),
  );
}

/** The family of `id` in `families`; the list's first for an unknown id. */
function familyById(id: string, families: readonly AnyFamily[] = FAMILIES): AnyFamily {
  const found = families.find((f) => f.id === id) ?? families[0];
  if (!found) throw new Error('No family to show: the list is empty.');
  return found;
}

/**
 * True when `entry` matches every word of `query` in its family's search text, case
 * insensitive. A number must be a whole word there: `486` never finds `1486`.
 */
function matchesQuery(family: AnyFamily, entry: Entry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = family.display.searchTextOf(entry).toLowerCase();
  const tokens = new Set(text.split(/[^\p{L}\p{N}.]+/u));
  return words.every((w) => (/^\d+$/.test(w) ? tokens.has(w) : text.includes(w)));
}

/** The first entry of `family` the query matches; the family's first when none does. */
function findEntry(family: AnyFamily, query: string): Entry | undefined {
  const entries = family.entries();
  return entries.find((e) => matchesQuery(family, e, query)) ?? entries[0];
}

/**
 * A received error as a story shows it: the family's id, the text as pasted (read with the
 * family's `parseText`) and the context.
 */
interface Sample {
  family: string;
  text: string;
  context?: Readonly<Record<string, unknown>> | undefined;
  undeliveredMessage?: string | undefined;
}

/** A sample as `<ErrorNotice>` props and queue pushes take it. */
function noticeOf(sample: Sample, families: readonly AnyFamily[] = FAMILIES) {
  const family = familyById(sample.family, families);
  return {
    family,
    error: family.parseText(sample.text),
    context: sample.context,
    values: valuesFor(family),
    undeliveredMessage: sample.undeliveredMessage,
  };
}

/**
 * The first entry of the list, family by family, that resolves to `intent` and is shown,
 * with its family: how a story finds a warning or a success without naming a code.
 */
function entryOfIntent(
  intent: Intent,
  families: readonly AnyFamily[] = FAMILIES,
): { family: AnyFamily; entry: Entry } | undefined {
  for (const family of families) {
    for (const entry of family.entries()) {
      const r = family.resolve(entry.input, entry.context);
      if (r.intent === intent && r.show && r.handled) return { family, entry };
    }
  }
  return undefined;
}

/**
 * Call, meeting, sharing and video errors of one afternoon, oldest first: an area shows them
 * newest first.
 */
const AFTERNOON: readonly (Sample & { id: string })[] = [
  {
    id: 'busy',
    family: 'ms-ocer',
    text: 'SIP/2.0 486 Busy Here',
    context: { mode: 'Voice', action: 'call' },
  },
  {
    id: 'meeting',
    family: 'ms-ocer',
    text: 'ms-diagnostics: 3032;reason="Conference does not exist";source="pool1.contoso.com"',
    context: { mode: 'Conference', action: 'join' },
  },
  {
    id: 'sharing',
    family: 'ms-ocer',
    text: 'ms-diagnostics: 10053',
    context: { mode: 'Sharing', action: 'share' },
  },
  {
    id: 'video',
    family: 'ms-ocer',
    text: 'Warning: 370 sip.contoso.com "Insufficient bandwidth"',
    context: { mode: 'Voice', action: 'add-video' },
  },
];

export type { Entry, Sample };
export {
  AFTERNOON,
  EXAMPLE_VALUES,
  entryOfIntent,
  FAMILIES,
  familyById,
  findEntry,
  matchesQuery,
  noticeOf,
  UNDELIVERED,
  valuesFor,
};
