import type { ComponentChildren } from 'preact';

export interface CheckboxItem {
  value: string;
  label: string;
  count?: number;
}

interface Props {
  /** The group's name, shown as its legend. */
  legend: string;
  items: readonly CheckboxItem[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
  /** A line under the legend, e.g. "None ticked: all are shown." */
  hint?: ComponentChildren;
  /** Extra controls inside the fieldset, before the list (e.g. a search box). */
  children?: ComponentChildren;
  /** Scrolls in a box of its own even while short (searched, a list that can run to thousands). */
  long?: boolean;
}

/**
 * Past this many items a list scrolls in a box of its own: the built-in
 * topics (18) lie open; an import bringing hundreds of topics of its own
 * once made the page 35,000 px tall.
 */
export const OPEN_LIST_MAX = 36;

/** A fieldset of labelled checkboxes, each with an optional entry count. */
export function CheckboxList({ legend, items, checked, onChange, hint, children, long }: Props) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {/*
       * What follows the legend, in one box: Chromium rebuilds every later
       * child of a fieldset when one is inserted before them, so the hint
       * coming back above 4,000 authors took 3.7 s; inside a div, 0.14 s.
       */}
      <div class="choice-body">
        {hint && <p class="hint">{hint}</p>}
        {children}
        {items.length > 0 && (
          <ul class={long || items.length > OPEN_LIST_MAX ? 'checkbox-list long' : 'checkbox-list'}>
            {items.map((item) => (
              <li key={item.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked.includes(item.value)}
                    onChange={(event) => toggle(item.value, event.currentTarget.checked)}
                  />{' '}
                  <span class="label-text">{item.label}</span>
                  {item.count !== undefined && <span class="count"> ({item.count})</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
