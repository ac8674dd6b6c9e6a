import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../translate';

interface Props {
  /** Whether the user's organisation has locked the settings inside. */
  locked: boolean;
  children: ComponentChildren;
}

/**
 * Controls an organisation has locked: shown as they are, disabled (a
 * disabled fieldset disables every control in it), with the reason.
 */
export function Locked({ locked, children }: Props) {
  const noteId = useId();
  if (!locked) return <>{children}</>;
  return (
    <fieldset class="locked" disabled aria-describedby={noteId}>
      <p class="locked-note" id={noteId}>
        {t('team.locked')}
      </p>
      {children}
    </fieldset>
  );
}
