import { Fragment } from 'preact';
import { shortcutKeys } from '../../utils/shortcuts';
import { t } from '../translate';

/** The new tab's keys, from the table the new tab answers them by: few would guess them. */
export function KeyboardShortcuts() {
  return (
    <section id="keys" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('keys.title')}</h2>
      <p class="hint">
        {t('keys.hint')} {t('keys.otherScript')}
      </p>
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
            <dd>{t(`keys.${action}` as const)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
