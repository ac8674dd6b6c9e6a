import { render } from 'preact';
import { NewTab, type Rotation } from '../../components/NewTab';
import type { Entry, Source } from '../../utils/entry';
import type { Settings } from '../../utils/settings';

/** Everything the new tab shows, in either phase (see index.tsx). */
export interface TabView {
  entryId: string | null;
  busy: boolean;
  entries: ReadonlyMap<string, Entry>;
  sources: ReadonlyMap<string, Source>;
  eligible: ReadonlySet<string>;
  settings: Settings;
  rotation: Rotation;
  pinned: ReadonlySet<string>;
  togglePin: (id: string) => Promise<string | null>;
  openSettings: () => void;
}

const optionsUrl = new URL('/options.html', location.href).href;

export function renderTab(root: HTMLElement, { entryId, ...view }: TabView): void {
  render(
    // A new entry id starts a fresh tab state; the same id keeps it (and focus).
    <NewTab key={entryId ?? ''} initialId={entryId} optionsUrl={optionsUrl} {...view} />,
    root,
  );
}
