import type { CorpusIndex } from '../../utils/corpusIndex';
import type { Settings } from '../../utils/settings';
import { AppearanceChoices } from './AppearanceChoices';
import { RotationChoice } from './RotationChoice';
import { WhatToShow } from './WhatToShow';

interface Props {
  index: CorpusIndex;
  settings: Settings;
  /** A sentence saying sync storage is not in use right now, or null. */
  syncProblem: string | null;
  onChange: (changes: Partial<Settings>) => void;
}

/** The options page: every change applies at once, there is no Save button. */
export function OptionsPage({ index, settings, syncProblem, onChange }: Props) {
  return (
    <main class="options">
      <header>
        <h1>Tabwise settings</h1>
        <p class="hint">
          Changes apply at once and follow you to your other browsers through sync.
        </p>
        <div role="status" class="sync-status">
          {syncProblem && <p class="sync-problem">{syncProblem}</p>}
        </div>
      </header>
      <WhatToShow index={index} settings={settings} onChange={onChange} />
      <RotationChoice settings={settings} onChange={onChange} />
      <AppearanceChoices settings={settings} onChange={onChange} />
    </main>
  );
}
