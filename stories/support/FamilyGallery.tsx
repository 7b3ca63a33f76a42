/**
 * One gallery for any family: every entry of `family.entries()` rendered by
 * `<ErrorNotice family={f} error={e.input} context={e.context} />`, in a plain list per group,
 * each item carrying `data-entry="<id>"` so that a play function can count them. No dialog is
 * opened: a gallery of hundreds of notices must render fast.
 */
import type { ReactNode } from 'react';
import { type AnyFamily, type EntryOf, ErrorNotice } from '../../src/index';
import { eas } from '../../src/core/families/eas/index';
import { msnp } from '../../src/core/families/msnp/index';
import { smtp } from '../../src/core/families/smtp/index';
import { valuesFor } from './play';

/** How a gallery lays out one family's entries: its groups and each item's label. */
interface FamilyView<F extends AnyFamily = AnyFamily> {
  family: F;
  /** The title of the gallery's story. */
  name: string;
  /** The group an entry is listed under; groups keep the order of their first entry. */
  groupOf: (entry: EntryOf<F>) => string;
  /** The line above a notice, naming the entry's codes. */
  labelOf: (entry: EntryOf<F>) => ReactNode;
  /** The words the `query` control searches besides the id. */
  searchOf: (entry: EntryOf<F>) => string;
}

/** A view typed for its family, kept as a view of any family so views can share one table. */
function defineView<F extends AnyFamily>(view: FamilyView<F>): FamilyView {
  return view as unknown as FamilyView;
}

const msnpView = defineView<typeof msnp>({
  family: msnp,
  name: 'MSNP',
  groupOf: (e) =>
    e.placement === 'im-area' ? 'IM area (in the conversation)' : 'Notification bar',
  labelOf: (e) => (
    <>
      <code>{e.code}</code> {e.draftName ?? e.name ?? ''}
      {e.hresult ? (
        <>
          {' '}
          · <code>{e.hresult}</code>
        </>
      ) : null}
    </>
  ),
  searchOf: (e) => [e.code, e.draftName, e.name, e.hresult, e.summaryKey].join(' '),
});

const easView = defineView<typeof eas>({
  family: eas,
  name: 'Exchange ActiveSync',
  groupOf: (e) => `Status ${Math.floor(e.status / 10) * 10}–${Math.floor(e.status / 10) * 10 + 9}`,
  labelOf: (e) => (
    <>
      Status <code>{e.status}</code> {e.elementName ?? ''}
    </>
  ),
  searchOf: (e) => [e.status, e.elementName, e.summaryKey, e.behaviour].join(' '),
});

const smtpView = defineView<typeof smtp>({
  family: smtp,
  name: 'SMTP',
  groupOf: (e) => e.provider,
  labelOf: (e) => (
    <>
      <code>{[e.code, e.enhancedCode].filter(Boolean).join(' ') || '(no code)'}</code>{' '}
      {e.message ?? e.category ?? ''}
    </>
  ),
  searchOf: (e) => [e.provider, e.code, e.enhancedCode, e.message, e.category].join(' '),
});

/** The families with a gallery of their own here; [MS-OCER]'s is Catalog/Gallery. */
const FAMILY_VIEWS = {
  msnp: msnpView,
  eas: easView,
  smtp: smtpView,
} as const;

/**
 * True when an entry matches every word of `query` (case-insensitive). A number is a code and
 * must be a whole word of the entry's id: `550` finds `gmail 550 5.1.1 #2`, never `5501`.
 */
function matchesQuery(id: string, search: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${id} ${search}`.toLowerCase();
  const codes = new Set(id.toLowerCase().split(/\s+/));
  return words.every((w) => (/^\d+$/.test(w) ? codes.has(w) : haystack.includes(w)));
}

/** The entries of a view the query selects, in the family's order. */
function selectedEntries(view: FamilyView, query: string): EntryOf<AnyFamily>[] {
  return view.family.entries().filter((e) => matchesQuery(e.id, view.searchOf(e), query));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Every entry of one family the query selects, by group, each in its family's placement. */
function FamilyGallery({ view, query }: { view: FamilyView; query: string }) {
  const { family } = view;
  const all = family.entries();
  const selected = selectedEntries(view, query);
  const groups = new Map<string, EntryOf<AnyFamily>[]>();
  for (const e of selected) {
    const group = view.groupOf(e);
    groups.set(group, [...(groups.get(group) ?? []), e]);
  }
  const values = valuesFor(family);
  return (
    <div className="sb-gallery" data-family={family.id}>
      <p className="sb-gallery__summary">
        {family.title}: showing {selected.length} of {plural(all.length, 'entry', 'entries')}
        {query ? ` matching “${query}”` : ''}. Words from the namespace{' '}
        <code>{family.namespace}</code>.
      </p>
      {[...groups].map(([group, entries]) => (
        // Named with its family: a landmark's name must tell it apart from the others'.
        <section key={group} className="sb-section" aria-label={`${view.name}: ${group}`}>
          <h2>
            {group} <span className="sb-muted">({plural(entries.length, 'entry', 'entries')})</span>
          </h2>
          <ul className="sb-entries">
            {entries.map((entry) => {
              const im = family.resolve(entry.input, entry.context).placement === 'im-area';
              return (
                <li
                  key={entry.id}
                  className={im ? 'sb-entry sb-entry--im' : 'sb-entry'}
                  data-entry={entry.id}
                >
                  <p className="sb-entry__label">{view.labelOf(entry)}</p>
                  <ErrorNotice
                    family={family}
                    error={entry.input}
                    context={entry.context}
                    values={values}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {selected.length === 0 && <p>No entry matches. Clear the query.</p>}
    </div>
  );
}

export type { FamilyView };
export { FAMILY_VIEWS, FamilyGallery, selectedEntries };
