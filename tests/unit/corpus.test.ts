// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CORPUS_SOURCES, corpusIn, QUOTES, TIPS } from '../../content/corpus';
import type { Localized, QuoteData, TipData } from '../../content/define';
import { TOPICS } from '../../content/topics';
import { LANGUAGES, type Language } from '../../utils/language';
import { MIN_PER_TOPIC, validateCorpus } from '../../utils/validateCorpus';

/** Every id shipped before the corpus grew: pins and history refer to them. */
const SHIPPED_IDS = [
  'q-success-lifestyle',
  'q-mandino-determination',
  'q-kennedy-education',
  'q-job-you-love',
  'q-angelou-defeats',
  'q-angelou-change-attitude',
  'q-einstein-rules-of-the-game',
  'q-einstein-same-thinking',
  'q-huxley-own-self',
  'q-insanity-same-thing',
  'q-find-your-passion',
  'q-success-mental-status',
  'q-discover-how-powerful',
  'q-king-true-education',
  'q-kaluyu-understand-self',
  'q-kaluyu-empathize-not-agree',
  'q-kaluyu-different-approaches',
  'q-appreciate-their-value',
  'q-difficult-situation-gift',
  'q-calm-elevate-them',
  'q-sivers-daily-empathy',
  'q-customers-matter',
  't-know-your-own-lens',
  't-see-it-from-their-side',
  't-let-them-vent',
  't-dont-feed-the-negativity',
  't-empathize-without-conceding',
  't-show-you-know-the-fix',
  't-start-with-a-quick-win',
  't-agree-on-next-steps',
  't-update-them-even-when-late',
  't-check-in-after-the-fix',
  't-adapt-to-the-person',
  't-retire-the-d-word',
  't-notice-when-you-hold-back',
  't-dont-badmouth-customers',
  't-meet-them-fresh',
  't-choose-your-attitude',
  't-let-challenges-sharpen-you',
  't-listen-for-clues',
  't-see-someone-who-needs-help',
  't-colleagues-count-as-customers',
  't-park-your-opinions-first',
  't-apologize-for-how-they-feel',
  't-play-their-concern-back',
  't-gather-every-detail',
  't-keep-respect-constant',
  't-promise-a-fair-answer',
  't-act-with-urgency',
  't-make-it-fair-and-in-policy',
  't-give-your-team-leeway',
  't-learn-from-the-hard-ones',
  't-be-the-calm-in-the-room',
  't-calm-keeps-you-accurate',
  't-hold-the-line-kindly',
  't-offer-another-way',
  't-let-them-walk-away',
  't-think-human-service',
  't-welcome-the-questions',
  't-remember-youre-a-customer-too',
  't-let-them-win-the-argument',
  't-be-kind-and-be-yourself',
  't-change-what-bothers-them',
  't-mind-the-basic-courtesies',
  't-trade-places-in-your-head',
  't-be-honest-through-and-through',
  't-connect-person-to-person',
];

const byId = (id: string) => QUOTES.find((quote) => quote.id === id);

describe('the built-in corpus', () => {
  it('passes validation', () => {
    expect(validateCorpus({ quotes: QUOTES, tips: TIPS }, CORPUS_SOURCES, TOPICS)).toEqual([]);
  });

  it('is a year of entries: at least 200 quotes and 165 tips', () => {
    expect(QUOTES.length).toBeGreaterThanOrEqual(200);
    expect(TIPS.length).toBeGreaterThanOrEqual(165);
  });

  it('keeps every id it ever shipped', () => {
    const ids = new Set([...QUOTES, ...TIPS].map((entry) => entry.id));
    expect(SHIPPED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives each tip a short title and one to three sentences, in every language', () => {
    // Counts the tip's own sentences: words it suggests saying are quoted, and
    // "Ms. García" ends no sentence.
    const prose = (text: string) =>
      text
        .replace(/“[^”]*”|«[^»]*»|„[^“]*“/g, 'Q')
        .replace(/\b(Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|Hr|Fr)\./g, '$1');
    for (const tip of TIPS) {
      for (const language of LANGUAGES) {
        expect(tip.title[language].split(' ').length, tip.id).toBeLessThanOrEqual(8);
        const sentences = prose(tip.text[language]).split(
          /(?<=[.!?…])\s+(?=[A-ZÁÉÍÓÚÀÂÈÊÎÔÙÄÖÜ¿¡Q])/,
        );
        expect(sentences.length, `${tip.id} (${language})`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('uses between 10 and 20 topics, every one of them', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(10);
    expect(TOPICS.length).toBeLessThanOrEqual(20);
    const used = new Set([...QUOTES, ...TIPS].flatMap((entry) => entry.topics));
    expect([...used].sort()).toEqual([...TOPICS].sort());
  });

  it('includes quotes first written in Spanish, French and German, each in its own words', () => {
    for (const language of ['es', 'fr', 'de'] as const) {
      const originals = QUOTES.filter((quote) => quote.original === language);
      expect(originals.length, language).toBeGreaterThanOrEqual(5);
    }
  });

  it('reads in each language as that language: every entry, in the same order', () => {
    const english = corpusIn('en');
    for (const language of LANGUAGES) {
      const entries = corpusIn(language);
      expect(entries.map((entry) => entry.id)).toEqual(english.map((entry) => entry.id));
      const same = entries.filter((entry, i) => entry.text === english[i]?.text);
      expect(language === 'en' || same.length === 0, language).toBe(true);
    }
  });

  it('ships the checked attributions of the seed quote list', () => {
    const byText = (start: string) => QUOTES.find((quote) => quote.text.en.startsWith(start));
    expect(byText('There is only one corner of the universe')?.author).toBe('Aldous Huxley');
    expect(byText('We cannot solve our problems')?.author).toBe('Albert Einstein');
    expect(byText('The goal of education')?.text.en).toContain('knowledge and the dissemination');
    expect(byText('Choose a job you love')?.author).toBeUndefined();
    expect(byText('Insanity:')?.author).toBeUndefined();
  });

  it('writes English citations in one style: the day before the month, a work’s parts in lower case', () => {
    const month =
      'January|February|March|April|May|June|July|August|September|October|November|December';
    const where = QUOTES.flatMap(({ provenance }) =>
      provenance?.kind === 'cited' && provenance.where ? [provenance.where.en] : [],
    );
    expect(where.length).toBeGreaterThan(100);
    for (const line of where) {
      expect(line).not.toMatch(new RegExp(`(?:${month}) \\d{1,2}, \\d{4}`));
      expect(line).not.toMatch(/(?:^|, )(?:Act|Book|Canto|Chapter|Part|Section) [\dIVX]/);
    }
  });

  it('writes the acts of a play in German as “2. Akt”, as in its scenes (“3. Szene”)', () => {
    const where = QUOTES.flatMap(({ provenance }) =>
      provenance?.kind === 'cited' && provenance.where ? [provenance.where.de] : [],
    );
    const acts = where.filter((line) => /Akt\b/.test(line));
    expect(acts.length).toBeGreaterThan(3);
    for (const line of acts) expect(line).toMatch(/^\d+\. Akt\b/);
  });

  it('dates a letter printed in a later book by the book, the letter by its own date', () => {
    expect(byId('q-lewis-infinitely-very')?.provenance).toMatchObject({
      work: 'Letters to Children',
      year: 1985,
      where: { en: 'letter to Joan Lancaster, 26 June 1956' },
    });
    expect(byId('q-rilke-love-the-questions')?.provenance).toMatchObject({ year: 1929 });
    expect(byId('q-twain-lightning-bug')?.provenance).toMatchObject({ year: 1890 });
  });

  it('credits no one with words the record does not show they said', () => {
    for (const id of [
      'q-einstein-rules-of-the-game',
      'q-einstein-same-thinking',
      'q-kennedy-education',
    ]) {
      expect(byId(id)?.provenance, id).toEqual({ kind: 'attributed' });
    }
    expect(byId('q-sivers-daily-empathy')?.provenance).toEqual({ kind: 'quoted-in' });
    const angelou = byId('q-angelou-change-attitude');
    expect(angelou?.text.en).toContain('change the way you think about it');
    expect(angelou?.provenance).toMatchObject({ kind: 'cited', year: 1993 });
    const king = byId('q-king-true-education');
    expect(king?.text.en).toMatch(
      /^The function of education, therefore, is .* … Intelligence plus character—/,
    );
    expect(king?.provenance).toMatchObject({ kind: 'cited', year: 1947 });
  });
});

describe('quotes in the reader’s language', () => {
  it('carry their words as first written, and their language, wherever they are shown in translation', () => {
    for (const language of LANGUAGES) {
      const entries = new Map(corpusIn(language).map((entry) => [entry.id, entry]));
      for (const quote of QUOTES) {
        const original = quote.original ?? 'en';
        const { translation } = entries.get(quote.id) ?? {};
        if (language === original) expect(translation, quote.id).toBeUndefined();
        else {
          expect(translation, `${quote.id} in ${language}`).toEqual({
            original: quote.text[original],
            lang: original,
            ...(quote.translators?.[language] && { by: quote.translators[language] }),
          });
        }
      }
    }
  });

  it('name a cited work in the language it was written in, and no tip carries a translation', () => {
    const german = corpusIn('de');
    const siddhartha = german.find((entry) => entry.id === 'q-hesse-think-wait-fast');
    expect(siddhartha?.provenance).toMatchObject({ work: 'Siddhartha', lang: 'de' });
    expect(siddhartha?.translation).toBeUndefined();
    const english = corpusIn('en').find((entry) => entry.id === 'q-hesse-think-wait-fast');
    expect(english?.provenance).toMatchObject({ work: 'Siddhartha', lang: 'de' });
    expect(english?.translation).toMatchObject({ lang: 'de' });
    expect(german.filter((entry) => entry.kind === 'tip' && entry.translation)).toEqual([]);
  });

  it('name the part of a work their citation keeps untranslated, in the work’s language', () => {
    const provenance = (language: Language, id: string) =>
      corpusIn(language).find((entry) => entry.id === id)?.provenance;
    expect(provenance('de', 'q-rosenberg-respectful-understanding')).toMatchObject({
      where: 'Kapitel 7, „Receiving Empathically“',
      part: 'Receiving Empathically',
      lang: 'en',
    });
    expect(provenance('en', 'q-hesse-think-wait-fast')).toMatchObject({
      part: 'Kamala',
      lang: 'de',
    });
    // Not where the reader's citation gives the part a title of its own,
    // nor in the work's own language.
    expect(provenance('de', 'q-tolkien-job-never-started')).not.toHaveProperty('part');
    expect(provenance('en', 'q-rosenberg-respectful-understanding')).not.toHaveProperty('part');
    expect(provenance('de', 'q-hesse-think-wait-fast')).not.toHaveProperty('part');
  });
});

describe('validateCorpus', () => {
  const sources = [
    { id: 'quote-list', title: 'List', collection: true },
    { id: 'tabwise', title: 'Tabwise', ours: true },
  ];
  const words = (en: string): Localized => ({
    en,
    es: `${en} (es)`,
    fr: `${en} (fr)`,
    de: `${en} (de)`,
  });
  /** Twelve valid tips on one topic: the smallest valid corpus. */
  const tips: TipData[] = Array.from({ length: MIN_PER_TOPIC }, (_, i) => ({
    id: `t-${i}`,
    title: words(`Title ${i}`),
    text: words(`Tip number ${i}.`),
    source: 'tabwise',
    topics: ['calm'],
  }));
  const quote = (over: Partial<QuoteData>): QuoteData => ({
    id: 'q-a',
    text: words('A line.'),
    source: 'quote-list',
    topics: ['calm'],
    ...over,
  });
  const check = (quotes: QuoteData[], more: TipData[] = []) =>
    validateCorpus({ quotes, tips: [...tips, ...more] }, sources, ['calm']);

  it('accepts a valid corpus', () => {
    expect(check([quote({})])).toEqual([]);
  });

  it('reports a text or a title without one of the four languages', () => {
    const tip = { ...tips[0], id: 't-x', text: { ...words('New tip.'), de: ' ' } } as TipData;
    expect(check([quote({ text: { ...words('A line.'), fr: '' } })], [tip])).toEqual([
      'Entry "q-a": text has no fr text.',
      'Entry "t-x": text has no de text.',
    ]);
  });

  it('reports a translation that keeps the English text', () => {
    expect(check([quote({ text: { ...words('A line.'), es: 'A line.' } })])).toEqual([
      'Entry "q-a": text in es is the en text, untranslated.',
    ]);
  });

  it('compares with the original language when a quote was not first written in English', () => {
    const french = {
      en: 'Patience.',
      es: 'Paciencia.',
      fr: 'Patience et longueur de temps.',
      de: 'Geduld.',
    };
    expect(check([quote({ text: french, original: 'fr' })])).toEqual([]);
    expect(check([quote({ text: { ...french, de: french.fr }, original: 'fr' })])).toEqual([
      'Entry "q-a": text in de is the fr text, untranslated.',
    ]);
  });

  it('reports a quote with an author and no provenance, and a citation without a year', () => {
    const cited = { kind: 'cited', work: 'Book', year: 0.5 } as const;
    expect(
      check([
        quote({ author: 'Ann' }),
        quote({ id: 'q-b', text: words('B.'), author: 'Bo', provenance: cited }),
      ]),
    ).toEqual([
      'Entry "q-a": a quote with an author needs a provenance.',
      'Entry "q-b": a citation needs the year it was written or said.',
    ]);
  });

  it('reports a citation with neither a work nor an occasion, an article without its periodical, and an occasion left in English', () => {
    const cite = (provenance: object, id = 'q-a') =>
      quote({
        id,
        text: words(`Line ${id}.`),
        author: 'Ann',
        provenance: { kind: 'cited', year: 1900, ...provenance },
      });
    const letter = { en: 'Letter to Bo', es: 'Carta a Bo', fr: 'Lettre à Bo', de: 'Brief an Bo' };
    expect(
      check([
        cite({ occasion: letter }),
        cite({ work: 'Fortune', article: 'Is Anybody Listening?' }, 'q-b'),
        cite({ work: 'Book', occasion: { ...letter, de: 'Letter to Bo' } }, 'q-c'),
        cite({}, 'q-d'),
        cite({ article: 'An article' }, 'q-e'),
        cite({ work: ' ' }, 'q-f'),
      ]),
    ).toEqual([
      'Entry "q-c": the citation’s occasion in de is the en text, untranslated.',
      'Entry "q-d": a citation needs the work, or what it was.',
      'Entry "q-e": a citation needs the work, or what it was.',
      'Entry "q-e": a cited article needs its title and the periodical (the work).',
      'Entry "q-f": a citation needs the work, or what it was.',
      'Entry "q-f": a citation’s work is empty.',
    ]);
  });

  it('reports a translator credited in the original language, or without a name', () => {
    const french = { text: words('A line.'), original: 'fr' } as const;
    expect(check([quote({ ...french, translators: { en: 'Katherine Woods' } })])).toEqual([]);
    expect(check([quote({ ...french, translators: { fr: 'Someone', de: ' ' } })])).toEqual([
      'Entry "q-a": a translator in fr, the original language.',
      'Entry "q-a": the de translator has no name.',
    ]);
  });

  it('reports a provenance without an author', () => {
    expect(check([quote({ provenance: { kind: 'attributed' } })])).toEqual([
      'Entry "q-a": a provenance needs an author.',
    ]);
  });

  it('reports two entries sharing a text in any language, ignoring case, spacing and quote marks', () => {
    const twin = quote({ id: 'q-b', text: { ...words('Other.'), fr: '  A LINE. (fr)' } });
    expect(check([quote({}), twin])).toEqual(['Entry "q-b": same fr text as "q-a".']);
  });

  it('reports a topic with fewer than the minimum of entries', () => {
    expect(validateCorpus({ quotes: [quote({})], tips: tips.slice(1) }, sources, ['calm'])).toEqual(
      [],
    );
    expect(validateCorpus({ quotes: [], tips: tips.slice(1) }, sources, ['calm'])).toEqual([
      `Topic "calm" has ${MIN_PER_TOPIC - 1} entries; it needs at least ${MIN_PER_TOPIC}.`,
    ]);
  });

  it('reports a text that starts mid-sentence or stops short without “…”, in any language', () => {
    const cut = { ...words('A line.'), en: 'the rest of it', de: '…der Rest …' };
    const marked = { en: '…the rest…', es: '¿El resto?', fr: '« Le reste »', de: '„Der Rest“' };
    expect(check([quote({ text: cut }), quote({ id: 'q-b', text: marked })])).toEqual([
      'Entry "q-a": text in en starts mid-sentence without “…”.',
      'Entry "q-a": text in en stops without a stop or “…”.',
    ]);
  });

  it('reports markup and straight quote marks in any language', () => {
    const marked = { ...words('A line.'), de: 'Eine <b>Zeile</b>.', es: 'Una **línea**.' };
    expect(
      check([quote({ text: marked }), quote({ id: 'q-b', text: words('It\'s "fine".') })]),
    ).toEqual([
      'Entry "q-a": text in es carries markup.',
      'Entry "q-a": text in de carries markup.',
      'Entry "q-b": text in en has straight quotes.',
      'Entry "q-b": text in es has straight quotes.',
      'Entry "q-b": text in fr has straight quotes.',
      'Entry "q-b": text in de has straight quotes.',
    ]);
  });

  it('reports an unknown topic, an unknown source, a bad id and a tip credited to a collection', () => {
    const badTip = {
      ...tips[0],
      id: 't-x',
      text: words('Other tip.'),
      source: 'quote-list',
    } as TipData;
    expect(
      check(
        [quote({ id: 'Bad Id', topics: ['cooking' as 'calm'], source: 'x' as 'tabwise' })],
        [badTip],
      ),
    ).toEqual([
      'Entry "Bad Id": id must be kebab-case.',
      'Entry "Bad Id": unknown source "x".',
      'Entry "Bad Id": unknown topic "cooking".',
      'Entry "t-x": a tip needs an article or our name as its source.',
    ]);
  });
});
