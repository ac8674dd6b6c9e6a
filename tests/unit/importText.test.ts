import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH } from '../../utils/importParse';
import { duplicateKey, MAX_TEXT_LENGTH } from '../../utils/ownEntries';
import { entriesOf, linesAndReasons, quote, readable } from './importCases';

describe('parseImport: a Kindle’s clippings (My Clippings.txt)', () => {
  const clipping = (title: string, about: string, words: string) =>
    `\uFEFF${title}\r\n- ${about} | Added on Monday, 3 March 2025 10:00:00\r\n\r\n${words}\r\n==========\r\n`;

  it('reads each highlight with the book’s author as a credit reads, a note without one, and no bookmark', () => {
    const file =
      clipping(
        'Meditations (Marcus Aurelius)',
        'Your Highlight on page 12 | Location 180-182',
        'You have power over your mind.',
      ) +
      clipping(
        'Thinking, Fast and Slow (Kahneman, Daniel)',
        'Your Note on page 3',
        'For the team meeting.',
      ) +
      clipping('Made to Stick (Heath, Chip;Heath, Dan)', 'Your Bookmark on page 5', '') +
      clipping(
        'Made to Stick (Heath, Chip;Heath, Dan)',
        'Ihre Markierung bei Position 10-12',
        'Two lines\r\nof words.',
      ) +
      clipping('Mes notes', 'Votre note sur la page 2', 'À relire.') +
      clipping('A document', 'Your Highlight at location 5', 'No author here.') +
      clipping('Learning (O’Reilly Media, Inc.)', 'Your Highlight at location 9', 'Ship it.') +
      clipping('Letters (King, Martin Luther, Jr.)', 'Your Highlight at location 2', 'Now.');
    expect(entriesOf(file)).toMatchObject({
      accepted: [
        quote('You have power over your mind.', 'Marcus Aurelius'),
        quote('For the team meeting.'),
        quote('Two lines\nof words.', 'Chip Heath, Dan Heath'),
        quote('À relire.'),
        quote('No author here.'),
        quote('Ship it.', 'O’Reilly Media, Inc.'),
        quote('Now.', 'King, Martin Luther, Jr.'),
      ],
      rejected: [],
    });
  });

  it('gives the line a highlight’s words start on, and skips one already there', () => {
    const file =
      clipping('Meditations (Marcus Aurelius)', 'Your Highlight on page 1', 'Be brief.') +
      clipping('Long (Ann Lee)', 'Your Highlight on page 2', 'x'.repeat(MAX_TEXT_LENGTH + 1));
    const preview = entriesOf(file, new Set([duplicateKey('Be brief.')]));
    expect(preview.rejected.map((r) => r.line)).toEqual([4, 9]);
  });

  it('reads text with a line of ten "=" that is not a Kindle’s as plain text', () => {
    expect(entriesOf('Title\n==========\nBe kind. — Ann').accepted).toEqual([
      quote('Title'),
      quote('=========='),
      quote('Be kind.', 'Ann'),
    ]);
  });
});

describe('parseImport: plain text', () => {
  const draftsOf = (input: string) => entriesOf(input).accepted;

  it('reads the author after a spaced em dash, en dash or hyphen', () => {
    expect(draftsOf('Be kind. — Ann\nStay calm. – Bo\nListen. - Cy')).toEqual([
      quote('Be kind.', 'Ann'),
      quote('Stay calm.', 'Bo'),
      quote('Listen.', 'Cy'),
    ]);
  });

  it('reads the author after a quotation dash (―), as quote sites set it', () => {
    expect(draftsOf('“Be yourself.” ― Oscar Wilde\nStay calm ― always')).toEqual([
      quote('Be yourself.', 'Oscar Wilde'),
      quote('Stay calm', 'always'),
    ]);
  });

  it('reads an author alone on a line under the words, blank lines between, but not a line of dialogue', () => {
    const page = [
      'Be kind.',
      '— Ann Lee',
      '“Listen first.”',
      '— Antoine de Saint-Exupéry',
      'Stay.',
      '',
      '― Bo',
      '— Bonjour, dit-il.',
      '— Hola.',
      'Credited. — Cy',
      '— Dee',
      'Stay calm.',
      '— Then answer, she said.',
    ].join('\n');
    expect(draftsOf(page)).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Listen first.', 'Antoine de Saint-Exupéry'),
      quote('Stay.', 'Bo'),
      quote('— Bonjour, dit-il.'),
      quote('— Hola.'),
      quote('Credited.', 'Cy'),
      quote('— Dee'),
      quote('Stay calm.'),
      quote('— Then answer, she said.'),
    ]);
  });

  it('reads words and authors taking turns line by line, as quote sites copy, with no dash', () => {
    const page = [
      'The best preparation for tomorrow is doing your best today.',
      'H. Jackson Brown, Jr.',
      '',
      'Whatever you are, be a good one.',
      'Abraham Lincoln',
      'Keep your face always toward the sunshine.',
      'Walt Whitman',
      '',
    ].join('\n');
    expect(draftsOf(page)).toEqual([
      quote('The best preparation for tomorrow is doing your best today.', 'H. Jackson Brown, Jr.'),
      quote('Whatever you are, be a good one.', 'Abraham Lincoln'),
      quote('Keep your face always toward the sunshine.', 'Walt Whitman'),
    ]);
  });

  it('takes no line for an author without a dash unless every second line is a name', () => {
    const lists = [
      // A short entry that reads as a name ("Love All") among the words.
      ['Be kind to everyone you meet.', 'Ann Lee', 'Love All', 'Bo Diaz'],
      // Three names to four lines of words: not taking turns.
      ['Be kind.', 'Ann Lee', 'Stay calm.', 'Listen first.', 'Bo Diaz', 'Cy Young'],
      // An odd number of lines.
      ['Be kind.', 'Ann Lee', 'Stay calm.'],
      // A single entry and a name: two lines only.
      ['Be kind.', 'Ann Lee'],
    ];
    for (const lines of lists) {
      expect(draftsOf(lines.join('\n'))).toEqual(lines.map((line) => quote(line)));
    }
  });

  it('reads a quote site’s page: a tags line under a quote gives its topics, and its likes are left out', () => {
    const page = [
      '“Be yourself; everyone else is already taken.”',
      '― Oscar Wilde',
      'tags: be-yourself, honesty, inspirational',
      '168,524 likes',
      'Like',
      '“So many books, so little time.”',
      '― Frank Zappa',
      '150203 likes',
      'Like',
      'Stay calm. — Bo',
      'Thèmes : calme, patience',
      '2 likes',
    ].join('\n');
    const preview = entriesOf(page);
    expect(preview.accepted).toEqual([
      quote('Be yourself; everyone else is already taken.', 'Oscar Wilde', [
        'be-yourself',
        'honesty',
        'inspirational',
      ]),
      quote('So many books, so little time.', 'Frank Zappa'),
      quote('Stay calm.', 'Bo', ['calme', 'patience']),
    ]);
    expect(preview.rejected).toEqual([]);
  });

  it('reads a credit that names the book after the author, as Goodreads sets it, as the author alone, and says so', () => {
    const page = [
      '“The man who does not read has no advantage over the man who can’t read.”',
      '― Mark Twain, The Adventures of Tom Sawyer',
      'tags: books, reading',
      '“Quote two.” ― Martin Luther King Jr., Strength to Love',
      'Quote three. — Ann Lee, Head of Support',
    ].join('\n');
    const preview = entriesOf(page);
    expect(preview.accepted).toEqual([
      quote(
        'The man who does not read has no advantage over the man who can’t read.',
        'Mark Twain',
        ['books', 'reading'],
      ),
      quote('Quote two.', 'Martin Luther King Jr.'),
      quote('Quote three.', 'Ann Lee'),
    ]);
    expect(preview.creditsCut).toEqual({
      credits: 3,
      example: 'Mark Twain, The Adventures of Tom Sawyer',
      author: 'Mark Twain',
    });
  });

  it('counts only the entries added among those whose credit lost its book, not duplicates skipped', () => {
    const page = [
      'Be brief. — Ann Lee, Head of Support',
      'Quote two. — Bo Chen, The Book',
      'Quote two. — Bo Chen, The Book',
      '“Quote three.”',
      '― Cy Diaz, Another Book',
    ].join('\n');
    const preview = entriesOf(page, new Set([duplicateKey('Be brief.')]));
    expect(preview.accepted.map((draft) => draft.text)).toEqual(['Quote two.', 'Quote three.']);
    expect(linesAndReasons(preview.rejected).map(([line]) => line)).toEqual([1, 3]);
    // The first added is the example; the duplicates skipped are not counted.
    expect(preview.creditsCut).toEqual({
      credits: 2,
      example: 'Bo Chen, The Book',
      author: 'Bo Chen',
    });
    // Its one such entry skipped as a duplicate: nothing to say.
    const known = entriesOf(
      'Be brief. — Ann Lee, Head of Support\nStay calm. — Bo',
      new Set([duplicateKey('Be brief.')]),
    );
    expect(known.accepted).toHaveLength(1);
    expect(known).not.toHaveProperty('creditsCut');
  });

  it('takes off single quote marks around the whole text, and keeps them around a quotation inside it', () => {
    expect(
      draftsOf(
        [
          '‘Be kind.’ — Ann Lee',
          "'Don't panic.' - Bo Chen",
          '‘Don’t rush a customer.’',
          '— Cy Dee',
          '‘Thanks’ beats ‘sorry’. — Di Eng',
          "'Listen' beats 'talk'.",
          '’Tis better to listen.',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote("Don't panic.", 'Bo Chen'),
      quote('Don’t rush a customer.', 'Cy Dee'),
      quote('‘Thanks’ beats ‘sorry’.', 'Di Eng'),
      quote("'Listen' beats 'talk'."),
      quote('’Tis better to listen.'),
    ]);
  });

  it('reads a name after a sentence’s end and a closed-up dash or a typed hyphen, and leaves such dashes inside a sentence', () => {
    expect(
      draftsOf(
        [
          'Stay calm.—Ann Lee',
          'Be kind! -Bo Chen',
          'It was over.—Then it began.',
          'Wait.—What?',
          'Our Drop-In Centre opens at nine.',
          'Call back today -Monday at the latest.',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Stay calm.', 'Ann Lee'),
      quote('Be kind!', 'Bo Chen'),
      quote('It was over.—Then it began.'),
      quote('Wait.—What?'),
      quote('Our Drop-In Centre opens at nine.'),
      quote('Call back today -Monday at the latest.'),
    ]);
  });

  it('reads the name of a credit set against its em dash with a book after it, and says the book was left out', () => {
    const preview = entriesOf(
      'Quality is not an act, it is a habit. —Will Durant, The Story of Philosophy (1926)\nI waited —then, as told, left.',
    );
    expect(preview.accepted).toEqual([
      quote('Quality is not an act, it is a habit.', 'Will Durant'),
      quote('I waited —then, as told, left.'),
    ]);
    expect(preview.creditsCut).toEqual({
      credits: 1,
      example: 'Will Durant, The Story of Philosophy (1926)',
      author: 'Will Durant',
    });
  });

  it('reads a credit without the dates in brackets after the name, and says so', () => {
    const page = [
      'Do what you can. — Eleanor Roosevelt (1884–1962)',
      'Be brief. — Ann Lee (b. 1950)',
      'Know thyself.',
      '― Confucius (c. 551–479 BC)',
      'Stay calm. — Bo Chen (2019)',
      'Quote five. — Mark Twain (1835-1910), The Adventures of Tom Sawyer',
      'Quote six. — Oscar Wilde (attributed)',
      'Quote seven. — Cy Diaz (Support Lead)',
    ].join('\n');
    const preview = entriesOf(page);
    expect(preview.accepted.map((draft) => draft.author)).toEqual([
      'Eleanor Roosevelt',
      'Ann Lee',
      'Confucius',
      'Bo Chen',
      'Mark Twain',
      // Words in brackets are kept: they may say how far the credit holds.
      'Oscar Wilde (attributed)',
      'Cy Diaz (Support Lead)',
    ]);
    expect(preview.creditsCut).toEqual({
      credits: 5,
      example: 'Eleanor Roosevelt (1884–1962)',
      author: 'Eleanor Roosevelt',
    });
  });

  it('keeps a credit whole when what follows its comma is, or may be, part of the name', () => {
    const lines = [
      'Sammy Davis, Jr.',
      'Ann Lee, Ph.D.',
      'Henry Tudor, VIII',
      'Smith, John',
      'Voltaire, Candide',
    ];
    const preview = entriesOf(lines.map((name, n) => `Quote ${n}. — ${name}`).join('\n'));
    expect(preview.accepted.map((draft) => draft.author)).toEqual(lines);
    expect(preview).not.toHaveProperty('creditsCut');
  });

  it('keeps the first topics of an entry whose tags line holds more than an entry may have, and says so', () => {
    const preview = entriesOf(
      'Be kind.\nTags: a, b, c, d, e, f, g, h, i, j\nStay calm.\nTags: a, b',
    );
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted.map((draft) => draft.topics)).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      ['a', 'b'],
    ]);
    expect(preview.topicsCut).toBe(1);
    // Counted once the duplicates are skipped: the same quote again is not kept.
    const again = entriesOf(
      'Be kind.\nTags: a, b, c, d, e, f, g, h, i\nBe kind.\nTags: a, b, c, d, e, f, g, h, i',
    );
    expect(again.topicsCut).toBe(1);
  });

  it('keeps "Like" and a count of likes as entries where no credit comes before them', () => {
    expect(draftsOf('Like\n3 likes\nBe kind.\n5 likes')).toEqual([
      quote('Like'),
      quote('3 likes'),
      quote('Be kind.'),
      quote('5 likes'),
    ]);
  });

  it('reads a Markdown quote ("> "), as notes and e-mails quote, only where every line is one', () => {
    expect(draftsOf('> Be kind.\n> — Ann Lee\n\n> Stay calm. — Bo\n>\n> Listen.')).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Stay calm.', 'Bo'),
      quote('Listen.'),
    ]);
    // An Obsidian callout: its type is the note's markup, not an entry.
    const callout = '> [!quote]\n>\n> "Be kind."\n>\n> — Ann Lee\n\n> [!cite]- Calm\n> Stay calm.';
    expect(draftsOf(callout)).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Calm'),
      quote('Stay calm.'),
    ]);
    expect(draftsOf('> 50% of calls are repeats.\nFix the cause.')).toEqual([
      quote('> 50% of calls are repeats.'),
      quote('Fix the cause.'),
    ]);
    // Alone, or with others like it, "> 50%" means "more than": it is kept.
    expect(draftsOf('> 50% of calls are repeats.')).toEqual([quote('> 50% of calls are repeats.')]);
    expect(draftsOf('>2 hours on hold\n\n> 3 transfers')).toEqual([
      quote('>2 hours on hold'),
      quote('> 3 transfers'),
    ]);
  });

  it('reads a name in brackets or after a tilde past the quote marks, and an em dash set against a name', () => {
    expect(
      draftsOf('“Be kind.” (Ann Lee)\n"Listen." ~Bo\nStay calm. —Cy Dee\nI waited —then left.'),
    ).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Listen.', 'Bo'),
      quote('Stay calm.', 'Cy Dee'),
      quote('I waited —then left.'),
    ]);
  });

  it('reads a name in brackets after the end of a sentence as the author, and leaves any other aside in the text', () => {
    expect(
      draftsOf(
        [
          'Be yourself; everyone else is already taken. (Oscar Wilde)',
          'Well done is better than well said! (Benjamin Franklin)',
          'Know thyself. (Plato)',
          'Call back within a day (Monday Morning at the latest)',
          'Smile when you answer. (Really.)',
          'Ask before you assume. (see the manual)',
          'Keep it short. (Max. Two Lines Please.)',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Be yourself; everyone else is already taken.', 'Oscar Wilde'),
      quote('Well done is better than well said!', 'Benjamin Franklin'),
      quote('Know thyself.', 'Plato'),
      quote('Call back within a day (Monday Morning at the latest)'),
      quote('Smile when you answer. (Really.)'),
      quote('Ask before you assume. (see the manual)'),
      quote('Keep it short. (Max. Two Lines Please.)'),
    ]);
  });

  it('reads a name in brackets as the author after any words where every line ends with one', () => {
    expect(
      draftsOf(
        'Stay hungry, stay foolish (Ann Lee)\n\n- Listen first (Bo Chen)\nBe kind. (Cy Dee)',
      ),
    ).toEqual([
      quote('Stay hungry, stay foolish', 'Ann Lee'),
      quote('Listen first', 'Bo Chen'),
      quote('Be kind.', 'Cy Dee'),
    ]);
    // One line alone, or one line among others without: the text's own aside.
    expect(draftsOf('Stay hungry (Ann Lee)')).toEqual([quote('Stay hungry (Ann Lee)')]);
    expect(draftsOf('Call back (Monday Morning)\nBe brief (see the manual)')).toEqual([
      quote('Call back (Monday Morning)'),
      quote('Be brief (see the manual)'),
    ]);
    expect(draftsOf('Call back (Monday Morning)\nKnow thyself. (Plato)\nBe brief')).toEqual([
      quote('Call back (Monday Morning)'),
      quote('Know thyself.', 'Plato'),
      quote('Be brief'),
    ]);
  });

  it('leaves out a list’s bullet or number, but not a dialogue dash, a year or a negative number', () => {
    const list =
      '- Be kind. — Ann\n* Stay calm.\n• "Listen first." — Bo\n1. Count to ten.\n12) Breathe.';
    expect(draftsOf(list)).toEqual([
      quote('Be kind.', 'Ann'),
      quote('Stay calm.'),
      quote('Listen first.', 'Bo'),
      quote('Count to ten.'),
      quote('Breathe.'),
    ]);
    const kept = '— Bonjour, dit-il.\n– Hola.\n1984. A year.\n-5 degrees today.\n2.5 times faster.';
    expect(draftsOf(kept).map((draft) => draft.text)).toEqual(kept.split('\n'));
  });

  it('reads two spaced hyphens, typed for an em dash, before a name as the author', () => {
    expect(draftsOf('Keep going. -- Ann Lee\nI came -- and then I left.\n"Be kind" -- Bo')).toEqual(
      [
        quote('Keep going.', 'Ann Lee'),
        quote('I came -- and then I left.'),
        quote('Be kind', 'Bo'),
      ],
    );
  });

  it('splits at the last spaced dash, and never at a hyphen inside a word', () => {
    expect(draftsOf('Short - and sweet — Ann\nA well-known fact\nSelf-made—man')).toEqual([
      quote('Short - and sweet', 'Ann'),
      quote('A well-known fact'),
      quote('Self-made—man'),
    ]);
  });

  it('reads words after a spaced en dash or hyphen as the author only when they read as a name', () => {
    expect(
      draftsOf(
        [
          'Call back when you promised - always.',
          'Listen first – Then answer.',
          'Ask first - really?',
          'Be kind. - Jeff Kaluyu, Ph.D.',
          'Stay calm – Martin Luther King Jr.',
          'Slow down — always',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Call back when you promised - always.'),
      quote('Listen first – Then answer.'),
      quote('Ask first - really?'),
      quote('Be kind.', 'Jeff Kaluyu, Ph.D.'),
      quote('Stay calm', 'Martin Luther King Jr.'),
      // The em dash is the separator the format names: what follows is the author.
      quote('Slow down', 'always'),
    ]);
  });

  it('reads a quoted text with an optional author after it', () => {
    expect(
      draftsOf('"Be kind" Ann\n“Stay calm” — Bo\n"Listen - then speak" - Cy\n"Alone"'),
    ).toEqual([
      quote('Be kind', 'Ann'),
      quote('Stay calm', 'Bo'),
      quote('Listen - then speak', 'Cy'),
      quote('Alone'),
    ]);
  });

  it('reads the quote marks of French, German and Spanish, French ones with their spaces', () => {
    expect(
      draftsOf(
        [
          '« Sois patient. » — Ann',
          '«\u00a0Reste calme.\u00a0» (Bo)',
          '„Hör erst zu.“ – Cy Dee',
          '»Bleib ruhig.« – Cy Dee',
          '«Escucha primero.» Dee Ek',
          '‹ Attends. › — Eve',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Sois patient.', 'Ann'),
      quote('Reste calme.', 'Bo'),
      quote('Hör erst zu.', 'Cy Dee'),
      quote('Bleib ruhig.', 'Cy Dee'),
      quote('Escucha primero.', 'Dee Ek'),
      quote('Attends.', 'Eve'),
    ]);
  });

  it('keeps dialogue whole: words quoted inside a sentence name no author', () => {
    expect(
      draftsOf(
        [
          '"Be kind," said Ann.',
          '“Stay,” she said.',
          '"Hurry" was all he said.',
          '« Reste », dit-elle.',
          '"Go", she said.',
          '“Be calm,” said Ann. — Bo',
          '"Be kind" — mary oliver',
        ].join('\n'),
      ),
    ).toEqual([
      quote('"Be kind," said Ann.'),
      quote('“Stay,” she said.'),
      quote('"Hurry" was all he said.'),
      quote('« Reste », dit-elle.'),
      quote('"Go", she said.'),
      quote('“Be calm,” said Ann.', 'Bo'),
      // A dash marks what follows as the author, whatever its case.
      quote('Be kind', 'mary oliver'),
    ]);
  });

  it('keeps quote marks when the line holds more than one quoted part', () => {
    expect(draftsOf('"Hi," she said, "bye." — Ann')).toEqual([
      quote('"Hi," she said, "bye."', 'Ann'),
    ]);
  });

  it('reads a line without an author as the text alone, spaces collapsed', () => {
    expect(draftsOf('  Just   words, with a comma  ')).toEqual([quote('Just words, with a comma')]);
  });

  it('skips empty lines, and numbers lines as in the file', () => {
    const preview = entriesOf('\r\n\r\nFirst\r\n \r\nfirst — again\n""');
    expect(preview.accepted).toEqual([quote('First')]);
    expect(linesAndReasons(preview.rejected)).toEqual([
      [5, 'Same text as line 3 of this file.'],
      [6, 'The text is empty.'],
    ]);
  });

  it('rejects a line too long, with an excerpt of at most 60 characters', () => {
    const [rejection] = readable(entriesOf(`${'ab '.repeat(200)}— Ann`).rejected);
    expect(rejection?.reason).toMatch(/^The text is too long/);
    expect(rejection?.excerpt).toBe(`${'ab '.repeat(20).slice(0, EXCERPT_LENGTH - 1)}…`);
  });

  it('never cuts an excerpt inside an emoji', () => {
    // 600 emoji: over the 500-character limit however one counts, so it is rejected.
    const [rejection] = entriesOf(`a${'😀'.repeat(600)}`).rejected;
    expect(rejection?.excerpt).toBe(`a${'😀'.repeat(29)}…`);
  });
});
