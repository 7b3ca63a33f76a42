/**
 * A searchable code picker: a combobox whose listbox lists the entries of one family that
 * match what is typed (the family's `display.searchTextOf`), labelled by `display.labelOf`.
 * The ARIA 1.2 "select-only"-free pattern: focus stays in the text field, the active option
 * is `aria-activedescendant`, Arrow keys move, Enter picks, Escape closes.
 */
import { type KeyboardEvent, useId, useState } from 'react';
import type { AnyFamily } from '../../src/index';
import { type Entry, matchesQuery } from './kit';

/** How many matches the list shows at once: enough to scan, few enough to render at once. */
const SHOWN = 50;

/** Props of {@link CodePicker}. */
interface CodePickerProps {
  family: AnyFamily;
  /** The picked entry's id. */
  value: string | undefined;
  onChange: (entry: Entry) => void;
}

function CodePicker({ family, value, onChange }: CodePickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const picked = family.entries().find((e) => e.id === value);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = family.entries().filter((e) => matchesQuery(family, e, query));
  const shown = matches.slice(0, SHOWN);
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (entry: Entry | undefined) => {
    if (!entry) return;
    onChange(entry);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (open ? Math.min(Math.max(i + step, 0), shown.length - 1) : 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(shown[active]);
    } else if (event.key === 'Escape' && open) {
      // Escape closes the list first; only a closed picker lets it through.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="sb-picker">
      <label htmlFor={id}>
        Code <span className="sb-muted">(type a code or words: 486, 1008 voice, 550 gmail)</span>
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown.length > 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-picked`}
        placeholder={picked ? family.display.labelOf(picked) : 'Search the codes'}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-picked`} className="sb-muted" data-picked={picked?.id}>
        {picked ? `Picked: ${family.display.labelOf(picked)}` : 'Nothing picked'} · {matches.length}{' '}
        of {family.entries().length} match
        {matches.length > SHOWN ? ` (the first ${SHOWN} listed: type more)` : ''}
      </p>
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern's list; focus stays in the field
        role="listbox"
        aria-label={`Codes of ${family.title}`}
        className="sb-picker__list"
        hidden={!open}
      >
        {shown.map((entry, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options are reached with aria-activedescendant; focus stays in the field
          <li
            key={entry.id}
            id={optionId(i)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox, reached with aria-activedescendant
            role="option"
            aria-selected={i === active}
            data-entry={entry.id}
            className="sb-picker__option"
            // Before the field's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(entry);
            }}
          >
            <span>{family.display.labelOf(entry)}</span>{' '}
            <span className="sb-muted">{family.display.groupOf(entry)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type { CodePickerProps };
export { CodePicker };
