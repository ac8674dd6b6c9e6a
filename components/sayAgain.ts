/**
 * A status line's words as a state update that a screen reader speaks even
 * when they are the ones already shown: a live region speaks only a change,
 * so the same words come back with a no-break space after them, which no one
 * sees ("Added." after a second entry, "Copied" after a second copy). No
 * words stay no words.
 */
export const sayAgain =
  (said: string) =>
  (shown: string): string =>
    shown === said && said !== '' ? `${said}\u00a0` : said;
