/**
 * One gallery for any list of families: every entry of `family.entries()` rendered by
 * `<ErrorNotice family={f} error={e.input} context={e.context} />`, grouped by the family's
 * `display.groupOf`, labelled by its `display.labelOf`, its intent written beside it. Each
 * item carries `data-family` and `data-entry` so that a play function can count them. Entries
 * a family marks `show: false` are shown too (`showHidden`), and say so.
 */
import type { AnyFamily } from '../../src/index';
import { ErrorNotice } from '../../src/index';
import { type Entry, matchesQuery, valuesFor } from './kit';

/** The entries of `family` the query selects, in the family's order. */
function selectedEntries(family: AnyFamily, query: string): Entry[] {
  return family.entries().filter((e) => matchesQuery(family, e, query));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Entries by group, groups in the order of their first entry. */
function groupsOf(family: AnyFamily, entries: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const group = family.display.groupOf(e);
    groups.set(group, [...(groups.get(group) ?? []), e]);
  }
  return groups;
}

function GalleryItem({ family, entry }: { family: AnyFamily; entry: Entry }) {
  const r = family.resolve(entry.input, entry.context);
  const im = r.placement === 'im-area';
  return (
    <li
      className={im ? 'sb-entry sb-entry--im' : 'sb-entry'}
      data-family={family.id}
      data-entry={entry.id}
    >
      <p className="sb-entry__label">
        <span className="sb-intent" data-intent={r.intent}>
          {r.intent}
        </span>{' '}
        <code>{family.display.labelOf(entry)}</code>
        {r.show ? '' : ' · hidden unless the host asks (show: false)'}
      </p>
      <ErrorNotice
        family={family}
        error={entry.input}
        context={entry.context}
        values={valuesFor(family)}
        showHidden
        politeness="off"
      />
    </li>
  );
}

function FamilySection({ family, query }: { family: AnyFamily; query: string }) {
  const all = family.entries();
  const selected = selectedEntries(family, query);
  if (selected.length === 0) return null;
  return (
    // Named with its family: a landmark's name must tell it apart from the others'.
    <section className="sb-section" aria-label={family.title} data-gallery-family={family.id}>
      <h2>{family.title}</h2>
      <p className="sb-gallery__summary">
        Showing {selected.length} of {plural(all.length, 'entry', 'entries')}
        {query ? ` matching “${query}”` : ''}; words from the namespace{' '}
        <code>{family.namespace}</code>.
      </p>
      {[...groupsOf(family, selected)].map(([group, entries]) => (
        <div key={group} className="sb-group">
          <h3 className="sb-group__title">
            {group} <span className="sb-muted">({plural(entries.length, 'entry', 'entries')})</span>
          </h3>
          <ul className="sb-entries">
            {entries.map((entry) => (
              <GalleryItem key={entry.id} family={family} entry={entry} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Props of {@link FamilyGallery}. */
interface FamilyGalleryProps {
  /** The families to show, in order. */
  families: readonly AnyFamily[];
  /** One family's id, or `'all'`. */
  family: string;
  /** Words every shown entry must contain (a number matches a whole code). */
  query: string;
}

/** Every entry of the chosen families the query selects, family by family, group by group. */
function FamilyGallery({ families, family, query }: FamilyGalleryProps) {
  const shown = family === 'all' ? families : families.filter((f) => f.id === family);
  const count = shown.reduce((n, f) => n + selectedEntries(f, query).length, 0);
  return (
    <div className="sb-gallery">
      <p className="sb-gallery__summary">
        {plural(count, 'entry', 'entries')} of {plural(shown.length, 'family', 'families')}
        {query ? ` matching “${query}”` : ''}, in the toolbar’s language. Each is the real{' '}
        <code>&lt;ErrorNotice&gt;</code> in the placement and intent its family gives it.
      </p>
      {shown.map((f) => (
        <FamilySection key={f.id} family={f} query={query} />
      ))}
      {count === 0 && <p>No entry matches. Clear the query.</p>}
    </div>
  );
}

export type { FamilyGalleryProps };
export { FamilyGallery, selectedEntries };
