import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from './translate';

interface Props {
  onDelete: () => void;
  onHide: () => void;
  onCancel: () => void;
}

/**
 * Hide pressed on one of the user's own entries: delete it instead? The
 * question takes the focus (its first answer), and Escape cancels. The focus
 * moves before the question is painted, so a key pressed the moment it shows
 * reaches it.
 */
export function OwnEntryQuestion({ onDelete, onHide, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <fieldset
      class="ask"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <legend>{t('newtab.ownQuestion')}</legend>
      <button type="button" ref={first} onClick={onDelete}>
        {t('newtab.deleteOwn')}
      </button>
      <button type="button" onClick={onHide}>
        {t('newtab.hideOwn')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('newtab.cancel')}
      </button>
    </fieldset>
  );
}
