/**
 * The Explorer for any list of families: pick a family, find a code with the searchable
 * picker (or paste one, read with the family's `parseText`), set the context from the
 * family's `contextFields` and the placeholder values, and see the sentence the kit shows in
 * the toolbar's language, where it shows it, with which intent, and the row that chose it.
 */
import { type ReactNode, useId, useState } from 'react';
import type { AnyFamily, ContextField, FormatValues } from '../../src/index';
import { ErrorNotice, useErrorMessage } from '../../src/index';
import { CodePicker } from './CodePicker';
import { type Entry, familyById, findEntry, UNDELIVERED, valuesFor } from './kit';

/** Where the Explorer starts: a story's args. */
interface ExplorerStart {
  /** The family's id. */
  family: string;
  /** Words that find the first entry to show (`486 voice call`); the family's first if none. */
  find: string;
  /** A code as pasted (`217 12`, `ms-diagnostics: 1008;…`); empty for the entry's input. */
  text: string;
  /** Context fields set over the entry's context, as text (`{ mode: 'IM' }`). */
  context: Readonly<Record<string, string>>;
}

/** What the Explorer asks the kit. */
interface Request {
  family: AnyFamily;
  entry: Entry | undefined;
  input: unknown;
  context: Record<string, unknown>;
  values: FormatValues;
}

/** A context field's text as its type says (the CLI reads flags the same way). */
function typed(field: ContextField, text: string): unknown {
  if (field.type === 'number') return Number(text);
  if (field.type === 'boolean') return text === 'true';
  return text;
}

/** The request a state describes: the component and the play functions both use it. */
function requestOf(
  families: readonly AnyFamily[],
  state: ExplorerStart & { entryId?: string | undefined; values?: FormatValues | undefined },
): Request {
  const family = familyById(state.family, families);
  const entry =
    (state.entryId && family.entries().find((e) => e.id === state.entryId)) ||
    findEntry(family, state.find);
  const context: Record<string, unknown> = { ...((entry?.context as object | undefined) ?? {}) };
  for (const field of family.contextFields) {
    const text = state.context[field.name];
    if (text === undefined) continue;
    if (text === '') delete context[field.name];
    else context[field.name] = typed(field, text);
  }
  const input = state.text.trim() ? family.parseText(state.text) : entry?.input;
  return { family, entry, input, context, values: state.values ?? valuesFor(family) };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ContextControl({
  field,
  value,
  onChange,
}: {
  field: ContextField;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="sb-field">
      <label htmlFor={id}>
        <code>{field.name}</code>
      </label>
      {field.values ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">(none)</option>
          {field.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      <p className="sb-muted">{field.description}</p>
    </div>
  );
}

function Result({ request }: { request: Request }) {
  const headingId = useId();
  const { family, entry, input, context, values } = request;
  const message = useErrorMessage(family, input, context, values);
  const chosen = (message as { entry?: { id: string } }).entry;
  const im = message.placement === 'im-area';
  return (
    <>
      <div data-explorer-notice className={im ? 'sb-im-frame' : 'sb-bar-frame'}>
        <ErrorNotice
          family={family}
          error={input}
          context={context}
          values={values}
          showHidden
          undeliveredMessage={im ? UNDELIVERED : undefined}
        />
      </div>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>How it resolved</h2>
        <dl className="sb-facts">
          <Fact term="Family">
            {family.title} (<code>{family.id}</code>, namespace <code>{family.namespace}</code>)
          </Fact>
          <Fact term="Input">
            <code>{JSON.stringify(input)}</code>
            {entry ? (
              <>
                {' '}
                (entry <code>{entry.id}</code>)
              </>
            ) : null}
          </Fact>
          <Fact term="Context">
            <code>{JSON.stringify(context)}</code>
          </Fact>
          <Fact term="Row">
            {chosen ? (
              <code>{chosen.id}</code>
            ) : message.handled ? (
              'a row of the catalog'
            ) : (
              `none: the generic message (${message.unhandledReason})`
            )}
          </Fact>
          <Fact term="Intent">
            <span data-field="intent">{message.intent}</span>
            {message.show ? '' : ' (show: false: hidden unless the host asks)'}
          </Fact>
          <Fact term="Placement">{message.placement}</Fact>
          <Fact term="Behaviour">{message.behaviour ?? '—'}</Fact>
          <Fact term="Summary key">
            <code>{message.summaryKey}</code>
          </Fact>
          <Fact term="Details">{message.details ?? '—'}</Fact>
          <Fact term="Language">{message.ready ? message.language : 'loading…'}</Fact>
          <Fact term="Input problems">
            {message.problems.length === 0
              ? 'none'
              : message.problems.map((p) => `${p.field}: ${p.message}`).join(' ')}
          </Fact>
          {message.facts.map((fact, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; a label may repeat
            <Fact key={i} term={fact.labelText}>
              <bdi lang={fact.lang}>{fact.value}</bdi>
            </Fact>
          ))}
        </dl>
      </section>
    </>
  );
}

/** Props of {@link Explorer}. */
interface ExplorerProps {
  /** The families to choose from: the kit's list, or any list (a family of your own). */
  families: readonly AnyFamily[];
  /** Where it starts. */
  start: ExplorerStart;
}

function Explorer({ families, start }: ExplorerProps) {
  const familyId = useId();
  const pasteId = useId();
  const [state, setState] = useState<
    ExplorerStart & { entryId?: string | undefined; values?: FormatValues | undefined }
  >(start);
  const request = requestOf(families, state);
  const { family } = request;
  const set = (patch: Partial<typeof state>) => setState((s) => ({ ...s, ...patch }));
  return (
    <div className="sb-stack sb-explorer" data-family={family.id}>
      <fieldset className="sb-fieldset">
        <legend>Codes</legend>
        <div className="sb-field">
          <label htmlFor={familyId}>Family</label>
          <select
            id={familyId}
            value={family.id}
            onChange={(e) => setState({ family: e.target.value, find: '', text: '', context: {} })}
          >
            {families.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <CodePicker
          key={family.id}
          family={family}
          value={request.entry?.id}
          onChange={(entry) => set({ entryId: entry.id, text: '', context: {} })}
        />
        <div className="sb-field">
          <label htmlFor={pasteId}>
            Or paste what the server sent{' '}
            <span className="sb-muted">(read with the family’s parseText)</span>
          </label>
          <input
            id={pasteId}
            type="text"
            value={state.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </div>
      </fieldset>
      {family.contextFields.length > 0 && (
        <fieldset className="sb-fieldset">
          <legend>Context (the family’s contextFields)</legend>
          {family.contextFields.map((field) => (
            <ContextControl
              key={field.name}
              field={field}
              value={String(request.context[field.name] ?? '')}
              onChange={(value) => set({ context: { ...state.context, [field.name]: value } })}
            />
          ))}
        </fieldset>
      )}
      {family.placeholders.length > 0 && (
        <fieldset className="sb-fieldset">
          <legend>Values (empty: the kit’s own or its neutral word)</legend>
          {family.placeholders.map((name) => (
            <ValueControl
              key={name}
              name={name}
              value={String(request.values[name] ?? '')}
              onChange={(value) => {
                const values = { ...request.values };
                if (value === '') delete values[name];
                else values[name] = value;
                set({ values });
              }}
            />
          ))}
        </fieldset>
      )}
      <Result request={request} />
    </div>
  );
}

function ValueControl({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="sb-field">
      <label htmlFor={id}>
        <code>{`{{${name}}}`}</code>
      </label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export type { ExplorerProps, ExplorerStart, Request };
export { Explorer, requestOf };
