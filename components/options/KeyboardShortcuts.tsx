import { Fragment } from 'preact';
import { type ShortcutAction, shortcutKeys } from '../../utils/shortcuts';
import type { MessageKey } from '../../utils/text';
import { t } from '../translate';

const DOES: Record<ShortcutAction, MessageKey> = {
  next: 'keys.next',
  previous: 'keys.previous',
  copy: 'keys.copy',
  pin: 'keys.pin',
  hide: 'keys.hide',
};

/** The new tab's keys, from the table the new tab answers them by: few would guess them. */
export function KeyboardShortcuts() {
  return (
    <section id="keys" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('keys.title')}</h2>
      <p class="hint">{t('keys.hint')}</p>
      <dl class="shortcuts">
        {shortcutKeys().map(([action, keys]) => (
          <div key={action}>
            <dt>
              {keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 && ` ${t('keys.or')} `}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(DOES[action])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
