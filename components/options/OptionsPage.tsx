import type { ComponentChildren } from 'preact';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { HideOrShow } from '../../utils/hidden';
import type { PinChange } from '../../utils/pins';
import type { Settings } from '../../utils/settings';
import type { TeamPolicy } from '../../utils/team/policy';
import { t } from '../translate';
import { AppearanceChoices } from './AppearanceChoices';
import { HiddenList } from './HiddenList';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { PinnedList } from './PinnedList';
import { RotationChoice } from './RotationChoice';
import { SettingToggle } from './SettingToggle';
import { TeamEntries } from './TeamEntries';
import { WhatToShow } from './WhatToShow';

interface Props {
  index: CorpusIndex;
  /** Topic ids to filter by: the controlled ones, then the user's own in use. */
  topics: readonly string[];
  settings: Settings;
  pins: readonly string[];
  hidden: readonly string[];
  /** What the user's organisation pushes (usually nothing). */
  team: TeamPolicy;
  /** Sentences saying sync storage is not in use right now (for settings, for pins). */
  syncProblems: readonly string[];
  /** A sentence about the last pin change, e.g. why it could not be made. */
  pinStatus: string;
  /** A sentence about the last hide or show, e.g. why it could not be made. */
  hiddenStatus: string;
  onChange: (changes: Partial<Settings>) => void;
  onPinChange: (change: PinChange) => Promise<boolean>;
  onHiddenChange: (change: HideOrShow) => Promise<boolean>;
  /** The "Your entries" and "Import and export" sections, built by the page. */
  children?: ComponentChildren;
}

/** The page's sections, in order: each one's id (its deep link) and heading. */
const SECTIONS = [
  ['what', 'what.title'],
  ['team', 'team.title'],
  ['pinned', 'pinned.title'],
  ['hidden', 'hidden.title'],
  ['own', 'own.title'],
  ['import', 'import.title'],
  ['rotation', 'rotation.title'],
  ['appearance', 'appearance.title'],
  ['keys', 'keys.title'],
] as const;

/** Links to every section, one Tab and Enter away; each is a deep link (options.html#pinned). */
function SectionNav({ withTeam }: { withTeam: boolean }) {
  const sections = SECTIONS.filter(([id]) => withTeam || id !== 'team');
  return (
    <nav class="section-nav" aria-label={t('options.sections')}>
      <ul>
        {sections.map(([id, title]) => (
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
  const { index, settings, pins, team, syncProblems, onChange } = props;
  const locked = new Set(team.locked);
  const withTeam = team.entries.length > 0;
  const hidden = new Set(props.hidden);
  const form = { settings, locked, onChange };
  return (
    <main class="options">
      <SectionNav withTeam={withTeam} />
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
        {...form}
        index={index}
        topics={props.topics}
        pins={pins}
        hidden={props.hidden}
        withTeam={withTeam}
      />
      {withTeam && (
        <TeamEntries
          index={index}
          packs={team.packs}
          entries={team.entries}
          pins={new Set(pins)}
          hidden={hidden}
          onTogglePin={(id) => props.onPinChange({ type: 'toggle', id })}
          onSetHidden={(id, hide) => props.onHiddenChange({ type: hide ? 'hide' : 'show', id })}
        />
      )}
      <section id="pinned" aria-labelledby="pinned-title">
        <h2 id="pinned-title">{t('pinned.title')}</h2>
        <SettingToggle
          name="onlyPinned"
          class="only-pinned"
          label={t('pinned.onlyPinned')}
          form={form}
        />
        <PinnedList
          index={index}
          pins={pins}
          hidden={hidden}
          status={props.pinStatus}
          onChange={props.onPinChange}
        />
      </section>
      <section id="hidden" aria-labelledby="hidden-title">
        <h2 id="hidden-title">{t('hidden.title')}</h2>
        <HiddenList
          index={index}
          hidden={props.hidden}
          status={props.hiddenStatus}
          onChange={props.onHiddenChange}
        />
      </section>
      {props.children}
      <RotationChoice {...form} />
      <AppearanceChoices {...form} />
      <KeyboardShortcuts />
    </main>
  );
}
