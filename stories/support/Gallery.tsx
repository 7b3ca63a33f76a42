/**
 * The [MS-OCER] galleries: every catalog entry (and every generic message) rendered by the
 * real components, each in the placement the spec gives it, grouped so that a code is found
 * by eye and carrying a `data-entry` / `data-generic` attribute so that a test can count them.
 * The other families' galleries are in FamilyGallery.tsx.
 */
import { type CatalogEntry, type ErrorInput, ErrorNotice, type Placement } from '../../src/index';
import {
  CATALOG_IDS,
  type CatalogId,
  type CatalogMode,
  Categories,
  type GenericEntry,
  listGenericMessages,
  listNotHandled,
  type Mode,
  msOcer,
} from '../../src/core/families/ms-ocer/index';
import {
  CATALOG_MODES,
  type EntryFilter,
  EXAMPLE_VALUES,
  matches,
  msOcerEntries,
  UNDELIVERED,
} from './catalog';

const PLACEMENT_TITLES: Record<Placement, string> = {
  'notification-bar': 'Notification bar (top of the conversation window)',
  'im-area': 'IM area (in line with the messages)',
};

const PLACEMENTS: readonly Placement[] = ['notification-bar', 'im-area'];

/** Spec order within a category, then by code, so that neighbouring codes sit together. */
function byCode(a: CatalogEntry, b: CatalogEntry): number {
  return Categories.indexOf(a.category) - Categories.indexOf(b.category) || a.code - b.code;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function EntryItem({ entry }: { entry: CatalogEntry }) {
  const im = entry.placement === 'im-area';
  return (
    <li
      className={im ? 'sb-entry sb-entry--im' : 'sb-entry'}
      data-entry={entry.id}
      data-catalog={entry.catalog}
    >
      <p className="sb-entry__label">
        <code>
          {entry.category} {entry.code}
        </code>{' '}
        · {entry.action}
        {entry.isDefault ? ' (default row)' : ''}
      </p>
      <ErrorNotice
        family={msOcer}
        error={entry.input}
        context={entry.context}
        values={EXAMPLE_VALUES}
        undeliveredMessage={entry.mode === 'IM' ? UNDELIVERED : undefined}
      />
    </li>
  );
}

function ModeSection({
  catalog,
  mode,
  entries,
}: {
  catalog: CatalogId;
  mode: CatalogMode;
  entries: CatalogEntry[];
}) {
  return (
    // Named with its catalog: a landmark's name must tell it apart from the other catalogs'.
    <section className="sb-section" aria-label={`${catalog}, ${mode}`}>
      <h3>
        {mode} <span className="sb-muted">({plural(entries.length, 'entry', 'entries')})</span>
      </h3>
      {PLACEMENTS.map((placement) => {
        const here = entries.filter((e) => e.placement === placement);
        if (here.length === 0) return null;
        return (
          <div key={placement} className="sb-group" data-placement={placement}>
            <h4 className="sb-group__title">{PLACEMENT_TITLES[placement]}</h4>
            <ul className="sb-entries">
              {here.map((entry) => (
                <EntryItem key={entry.id} entry={entry} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** Every catalog entry the filter selects, by catalog, mode and placement. */
function EntryGallery({ filter }: { filter: Partial<EntryFilter> }) {
  const all = msOcerEntries();
  const selected = all.filter((e) => matches(e, filter));
  return (
    <div className="sb-gallery">
      <p className="sb-gallery__summary" aria-live="polite">
        Showing {selected.length} of {plural(all.length, 'entry', 'entries')}
        {filter.query ? ` matching “${filter.query}”` : ''}. Values: user name “
        {EXAMPLE_VALUES.userName}”, product “{EXAMPLE_VALUES.productName}”.
      </p>
      {CATALOG_IDS.map((catalog) => {
        const mine = selected.filter((e) => e.catalog === catalog);
        if (mine.length === 0) return null;
        return (
          <section key={catalog} className="sb-section" data-catalog-section={catalog}>
            <h2>
              Catalog <code>{catalog}</code>{' '}
              <span className="sb-muted">({plural(mine.length, 'entry', 'entries')})</span>
            </h2>
            {CATALOG_MODES.map((mode) => {
              const entries = mine.filter((e) => e.mode === mode).sort(byCode);
              return entries.length === 0 ? null : (
                <ModeSection key={mode} catalog={catalog} mode={mode} entries={entries} />
              );
            })}
          </section>
        );
      })}
      {selected.length === 0 && <p>No entry matches. Clear the query or pick “all”.</p>}
    </div>
  );
}

/** The name of a generic message, as its `data-generic` attribute carries it. */
function genericId(g: GenericEntry): string {
  return `${g.catalog} ${g.mode} ${g.action ?? '(any action)'}`;
}

/**
 * Codes that reach a catalog's generic message: an ErrorId the catalog never handles (so the
 * message quotes a real identifier), else a SIP status no catalog row lists.
 */
function unhandledInput(catalog: CatalogId): ErrorInput {
  const id = listNotHandled(catalog)[0];
  return id === undefined ? { sipStatus: 499 } : { msDiagnostics: id };
}

/** Every generic message of every catalog, each in its placement. */
function GenericGallery({ catalog }: { catalog: CatalogId | 'all' }) {
  const ids = catalog === 'all' ? CATALOG_IDS : [catalog];
  return (
    <div className="sb-gallery">
      <p className="sb-gallery__summary">
        What a mode shows for a code its catalog does not handle; the error ID quoted is the first
        ErrorId the catalog never handles.
      </p>
      {ids.map((id) => {
        const generic = listGenericMessages({ catalog: id });
        return (
          <section key={id} className="sb-section">
            <h2>
              Catalog <code>{id}</code>{' '}
              <span className="sb-muted">({plural(generic.length, 'generic message')})</span>
            </h2>
            <ul className="sb-entries">
              {generic.map((g) => (
                <li
                  key={genericId(g)}
                  className={g.placement === 'im-area' ? 'sb-entry sb-entry--im' : 'sb-entry'}
                  data-generic={genericId(g)}
                  data-catalog={g.catalog}
                >
                  <p className="sb-entry__label">
                    <code>{g.mode}</code> · {g.action ?? 'any action'}
                    {g.isDefault ? ' (default)' : ''} · {g.placement}
                  </p>
                  <ErrorNotice
                    family={msOcer}
                    context={{ mode: g.mode, action: g.action, catalog: g.catalog }}
                    error={unhandledInput(id)}
                    values={EXAMPLE_VALUES}
                    undeliveredMessage={g.mode === 'IM' ? UNDELIVERED : undefined}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** `[1000, 1001, 1002, 1006]` as `['1000–1002', '1006']`. */
function ranges(ids: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < ids.length) {
    let j = i;
    while (j + 1 < ids.length && (ids[j + 1] as number) === (ids[j] as number) + 1) j++;
    out.push(i === j ? String(ids[i]) : `${ids[i]}–${ids[j]}`);
    i = j + 1;
  }
  return out;
}

/** The ErrorIds a catalog never handles, as ranges, and what one of them shows. */
function NotHandledList({
  catalog,
  errorId,
  mode,
}: {
  catalog: CatalogId;
  errorId: number;
  mode: Mode;
}) {
  const ids = listNotHandled(catalog);
  return (
    <div className="sb-gallery">
      <section className="sb-section" aria-labelledby="sb-try">
        <h2 id="sb-try">
          ms-diagnostics ErrorId {errorId} in {mode}
        </h2>
        <div data-not-handled={`${catalog} ${mode} ${errorId}`}>
          <ErrorNotice
            family={msOcer}
            context={{ mode: mode, catalog: catalog }}
            error={{ msDiagnostics: errorId }}
            values={EXAMPLE_VALUES}
            undeliveredMessage={mode === 'IM' ? UNDELIVERED : undefined}
          />
        </div>
      </section>
      <section className="sb-section" aria-labelledby="sb-ranges">
        <h2 id="sb-ranges">
          ErrorIds <code>{catalog}</code> never handles{' '}
          <span className="sb-muted">({plural(ids.length, 'ID')})</span>
        </h2>
        <p className="sb-muted">
          [MS-OCER] Appendix D, “Ms-Diagnostic Errors Not Handled”: the client never looks these up;
          unless another code received with them has a row, the mode’s generic message shows.
        </p>
        <ul className="sb-ranges">
          {ranges(ids).map((r) => (
            <li key={r}>
              <code>{r}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export { EntryGallery, GenericGallery, genericId, NotHandledList, unhandledInput };
