import type { ComponentChildren } from 'preact';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { PinChange } from '../../utils/pins';
import type { Settings } from '../../utils/settings';
import { t } from '../translate';
import { AppearanceChoices } from './AppearanceChoices';
import { PinnedList } from './PinnedList';
import { RotationChoice } from './RotationChoice';
import { Toggle } from './Toggle';
import { WhatToShow } from './WhatToShow';

interface Props {
  index: CorpusIndex;
  /** Topic ids to filter by: the controlled ones, then the user's own in use. */
  topics: readonly string[];
  settings: Settings;
  pins: readonly string[];
  /** Sentences saying sync storage is not in use right now (for settings, for pins). */
  syncProblems: readonly string[];
  /** A sentence about the last pin change, e.g. why it could not be made. */
  pinStatus: string;
  onChange: (changes: Partial<Settings>) => void;
  onPinChange: (change: PinChange) => Promise<void>;
  /** The "Your entries" and "Import and export" sections, built by the page. */
  children?: ComponentChildren;
}

/** The page's sections, in order: each one's id (its deep link) and heading. */
const SECTIONS = [
  ['what', 'what.title'],
  ['pinned', 'pinned.title'],
  ['own', 'own.title'],
  ['import', 'import.title'],
  ['rotation', 'rotation.title'],
  ['appearance', 'appearance.title'],
] as const;

/** Links to every section, one Tab and Enter away; each is a deep link (options.html#pinned). */
function SectionNav() {
  return (
    <nav class="section-nav" aria-label={t('options.sections')}>
      <ul>
        {SECTIONS.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(title)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The options page: every change applies at once, there is no Save button. */
export function OptionsPage(props: Props) {
  const { index, settings, pins, syncProblems, onChange } = props;
  return (
    <main class="options">
      <SectionNav />
      <header>
        <h1>{t('options.title')}</h1>
        <p class="hint">{t('options.intro')}</p>
        <div role="status" class="sync-status">
          {syncProblems.map((problem) => (
            <p class="sync-problem" key={problem}>
              {problem}
            </p>
          ))}
        </div>
      </header>
      <WhatToShow
        index={index}
        topics={props.topics}
        settings={settings}
        pins={pins}
        onChange={onChange}
      />
      <section id="pinned" aria-labelledby="pinned-title">
        <h2 id="pinned-title">{t('pinned.title')}</h2>
        <Toggle
          class="only-pinned"
          label={t('pinned.onlyPinned')}
          checked={settings.onlyPinned}
          onChange={(onlyPinned) => onChange({ onlyPinned })}
        />
        <p class="status" role="status">
          {props.pinStatus}
        </p>
        <PinnedList index={index} pins={pins} onChange={props.onPinChange} />
      </section>
      {props.children}
      <RotationChoice settings={settings} onChange={onChange} />
      <AppearanceChoices settings={settings} onChange={onChange} />
    </main>
  );
}
