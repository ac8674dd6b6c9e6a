/**
 * Opens the section a deep link names (options.html#pinned) once the page has
 * rendered it: the browser's own jump came before the content existed. Focus
 * goes to its heading, so keyboard and screen-reader users start there too.
 */
export function goToLinkedSection(hash: string): void {
  const section = hash.length > 1 ? document.getElementById(hash.slice(1)) : null;
  const heading = section?.querySelector<HTMLElement>('h2');
  if (!section || !heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  section.scrollIntoView({ block: 'start' });
}
