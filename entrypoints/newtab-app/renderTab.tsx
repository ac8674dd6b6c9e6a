import { render } from 'preact';
import { NewTab, type NewTabProps } from '../../components/NewTab';

/** Everything the new tab shows, while it confirms its entry and after. */
export type TabView = Omit<NewTabProps, 'initialId' | 'initialCanGoBack' | 'optionsUrl'> & {
  entryId: string | null;
  /** Whether Previous has somewhere to go, before the rotation has said. */
  canGoBack: boolean;
};

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
