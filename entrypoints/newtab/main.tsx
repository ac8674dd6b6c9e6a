import { render } from 'preact';
import { NewTab } from '../../components/NewTab';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { TabRotation } from '../../storage/rotationStore';

const entries = new Map(CORPUS.map((entry) => [entry.id, entry]));
const sources = new Map(CORPUS_SOURCES.map((source) => [source.id, source]));
const ids = [...entries.keys()];
const rotation = new TabRotation(() => ids);

const root = document.getElementById('app') as HTMLElement;
rotation
  .next()
  .then((initial) =>
    render(
      <NewTab initial={initial} entries={entries} sources={sources} rotation={rotation} />,
      root,
    ),
  );
