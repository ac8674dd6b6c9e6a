import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TickedHint } from '../../components/options/TickedHint';

afterEach(cleanup);

/** The hint over a ticked list kept in memory, with a checkbox per name as the filter has. */
function Harness({ initial }: { initial: string[] }) {
  const [checked, setChecked] = useState(initial);
  return (
    <fieldset>
      <p>
        <TickedHint
          checked={checked}
          untick="what.untickAuthors"
          tickAgain="what.tickAuthorsAgain"
          onChange={setChecked}
        />
      </p>
      {['Ann', 'Bo', 'Cy'].map((name) => (
        <label key={name}>
          <input
            type="checkbox"
            checked={checked.includes(name)}
            onChange={(event) =>
              setChecked(
                event.currentTarget.checked
                  ? [...checked, name]
                  : checked.filter((other) => other !== name),
              )
            }
          />
          {name}
        </label>
      ))}
    </fieldset>
  );
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const ticked = () => ['Ann', 'Bo', 'Cy'].filter((name) => box(name).checked);

describe('TickedHint', () => {
  it('unticks them all, then ticks them again with the same button, which keeps the focus', () => {
    render(<Harness initial={['Ann', 'Cy']} />);
    expect(screen.getByText('2 ticked: only matching entries are shown.')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Untick all authors' });
    button.focus();
    fireEvent.click(button);
    expect(ticked()).toEqual([]);
    expect(screen.getByText('None ticked: all are shown.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Tick the 2 authors again');
    fireEvent.click(screen.getByRole('button', { name: 'Tick the 2 authors again' }));
    expect(ticked()).toEqual(['Ann', 'Cy']);
    expect(document.activeElement?.textContent).toBe('Untick all authors');
  });

  it('says none is ticked with no button, and offers nothing to tick again once another is ticked', () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText('None ticked: all are shown.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.click(box('Bo'));
    fireEvent.click(screen.getByRole('button', { name: 'Untick all authors' }));
    fireEvent.click(box('Cy'));
    fireEvent.click(box('Cy'));
    // Bo was unticked before Cy was ticked: that choice is the user's now.
    expect(screen.queryByRole('button')).toBeNull();
  });
});
