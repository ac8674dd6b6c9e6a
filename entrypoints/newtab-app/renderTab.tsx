import { render } from 'preact';
import { NewTab, type Rotation } from '../../components/NewTab';
import type { EntryView } from '../../utils/entry';
import type { Settings } from '../../utils/settings';
import type { ShortcutAction } from '../../utils/shortcuts';

/** Everything the new tab shows, while it confirms its entry and after. */
export interface TabView {
  entryId: string | null;
  busy: boolean;
  /** Whether Previous has somewhere to go, before the rotation has said. */
  canGoBack: boolean;
  viewOf: (id: string) => EntryView | undefined;
  eligible: ReadonlySet<string>;
  allHidden: boolean;
  settings: Settings;
  rotation: Rotation;
  pinned: ReadonlySet<string>;
  togglePin: (id: string) => Promise<boolean | string>;
  setHidden: (id: string, hidden: boolean) => Promise<string | null>;
  isOwn: (id: string) => boolean;
  deleteOwn: (id: string) => Promise<{ undo: () => Promise<string | null> } | string>;
  openSettings: () => void;
  takeOver: () => readonly ShortcutAction[];
}

const optionsUrl = new URL('/options.html', location.href).href;

/**
 * Renders the tab into root. The first time, root holds the first paint's
 * nodes (components/paintTab.ts), the same markup: Preact reuses them, so
 * nothing moves and focus stays where it is.
 */
export function renderTab(root: HTMLElement, { entryId, canGoBack, ...view }: TabView): void {
  render(
    // A new entry id starts a fresh tab state; the same id keeps it (and focus).
    <NewTab
      key={entryId ?? ''}
      initialId={entryId}
      initialCanGoBack={canGoBack}
      optionsUrl={optionsUrl}
      {...view}
    />,
    root,
  );
}
