import { type QuoteProvenance, quote } from '../define';

/** Citations several quotes below share, written once so that a correction reaches them all. */
const WOOL_AND_WATER: QuoteProvenance = {
  kind: 'cited',
  work: 'Through the Looking-Glass, and What Alice Found There',
  year: 1871,
  where: {
    en: 'chapter 5, “Wool and Water”',
    es: 'capítulo 5, «Lana y agua»',
    fr: 'chapitre 5, « Laine et eau »',
    de: 'Kapitel 5, „Wolle und Wasser“',
  },
};

/** English-language quotes on humor, teamwork, attitude, self-care, clear communication, responsiveness and keeping promises. */
export const HUMOR_TEAMWORK_ATTITUDE_QUOTES = [
  quote({
    // Checked: the essay's text (All Things Considered, 1908, "On Running After One's Hat"; Project Gutenberg #11505, read in GITenberg's copy).
    id: 'q-chesterton-inconvenience-adventure',
    text: {
      en: 'An adventure is only an inconvenience rightly considered. An inconvenience is only an adventure wrongly considered.',
      es: 'Una aventura no es más que un contratiempo bien mirado. Un contratiempo no es más que una aventura mal mirada.',
      fr: 'Une aventure n’est qu’un désagrément vu sous le bon angle. Un désagrément n’est qu’une aventure vue sous le mauvais angle.',
      de: 'Ein Abenteuer ist nur eine Unannehmlichkeit, richtig betrachtet. Eine Unannehmlichkeit ist nur ein Abenteuer, falsch betrachtet.',
    },
    author: 'G. K. Chesterton',
    provenance: {
      kind: 'cited',
      work: 'All Things Considered',
      year: 1908,
      where: {
        en: 'essay “On Running After One’s Hat”',
        es: 'ensayo «On Running After One’s Hat»',
        fr: 'essai « On Running After One’s Hat »',
        de: 'Essay „On Running After One’s Hat“',
      },
    },
    source: 'quote-list',
    topics: ['humor', 'attitude'],
  }),
  quote({
    // Checked: the work's text (Orthodoxy, 1908, ch. 7 "The Eternal Revolution", Project Gutenberg #130, read in GITenberg's copy).
    id: 'q-chesterton-take-themselves-lightly',
    text: {
      en: 'Angels can fly because they can take themselves lightly.',
      es: 'Los ángeles pueden volar porque saben tomarse a sí mismos a la ligera.',
      fr: 'Les anges peuvent voler parce qu’ils savent se prendre à la légère.',
      de: 'Engel können fliegen, weil sie sich selbst leichtnehmen können.',
    },
    author: 'G. K. Chesterton',
    provenance: {
      kind: 'cited',
      work: 'Orthodoxy',
      year: 1908,
      where: {
        en: 'chapter 7, “The Eternal Revolution”',
        es: 'capítulo 7, «La revolución eterna»',
        fr: 'chapitre 7, « La révolution éternelle »',
        de: 'Kapitel 7, „Die ewige Revolution“',
      },
    },
    source: 'quote-list',
    topics: ['humor', 'attitude'],
  }),
  quote({
    // Checked: the work's text (Three Men in a Boat, 1889, ch. 15; Project Gutenberg #308, read in GITenberg's copy).
    id: 'q-jerome-look-at-work',
    text: {
      en: 'I like work: it fascinates me. I can sit and look at it for hours.',
      es: 'Me gusta el trabajo: me fascina. Puedo pasarme horas sentado mirándolo.',
      fr: 'J’aime le travail : il me fascine. Je peux rester assis des heures à le regarder.',
      de: 'Ich mag Arbeit: Sie fasziniert mich. Ich kann stundenlang dasitzen und ihr zusehen.',
    },
    author: 'Jerome K. Jerome',
    provenance: {
      kind: 'cited',
      work: 'Three Men in a Boat',
      year: 1889,
      where: { en: 'chapter 15', es: 'capítulo 15', fr: 'chapitre 15', de: 'Kapitel 15' },
    },
    source: 'quote-list',
    topics: ['humor'],
  }),
  quote({
    // Checked: the work's text (Idle Thoughts of an Idle Fellow, 1886, "On Being Idle"; Wikisource scan of the 1886 edition and Wikipedia excerpt).
    id: 'q-jerome-enjoy-idling',
    text: {
      en: 'It is impossible to enjoy idling thoroughly unless one has plenty of work to do.',
      es: 'Es imposible disfrutar a fondo de no hacer nada si uno no tiene un montón de trabajo pendiente.',
      fr: 'Il est impossible de savourer pleinement l’oisiveté si l’on n’a pas beaucoup de travail à faire.',
      de: 'Richtig genießen kann man das Faulenzen nur, wenn man reichlich Arbeit hat.',
    },
    author: 'Jerome K. Jerome',
    provenance: {
      kind: 'cited',
      work: 'Idle Thoughts of an Idle Fellow',
      year: 1886,
      where: {
        en: 'essay “On Being Idle”',
        es: 'ensayo «On Being Idle»',
        fr: 'essai « On Being Idle »',
        de: 'Essay „On Being Idle“',
      },
    },
    source: 'quote-list',
    topics: ['self-care', 'humor'],
  }),
  quote({
    // Checked: the work's text (The Hitchhiker's Guide to the Galaxy, 1979, opening description of the Guide; h2g2 and fortune transcriptions agree). Excerpt begins mid-sentence.
    id: 'q-adams-dont-panic',
    text: {
      en: '…it has the words DON’T PANIC inscribed in large friendly letters on its cover.',
      es: '…lleva escritas en la portada, en letras grandes y amables, las palabras NO SE ASUSTE.',
      fr: '…sa couverture porte, en grosses lettres rassurantes, les mots PAS DE PANIQUE.',
      de: '…auf seinem Umschlag stehen in großen, freundlichen Buchstaben die Worte KEINE PANIK.',
    },
    author: 'Douglas Adams',
    provenance: { kind: 'cited', work: 'The Hitchhiker’s Guide to the Galaxy', year: 1979 },
    source: 'quote-list',
    topics: ['humor', 'calm'],
  }),
  quote({
    // Checked: The Salmon of Doubt (2002), interview passage reprinted there; two transcriptions of the book agree on the wording.
    id: 'q-adams-learning-experience',
    text: {
      en: 'You know what a learning experience is? A learning experience is one of those things that says, “You know that thing you just did? Don’t do that.”',
      es: '¿Sabes qué es una experiencia de aprendizaje? Es una de esas cosas que te dicen: «¿Sabes eso que acabas de hacer? No lo hagas».',
      fr: 'Vous savez ce qu’est une expérience formatrice ? C’est une de ces choses qui vous disent : « Vous voyez ce que vous venez de faire ? Ne le faites pas. »',
      de: 'Wissen Sie, was eine Lernerfahrung ist? Eine Lernerfahrung ist eines dieser Dinge, die Ihnen sagen: „Sie wissen doch, was Sie da gerade getan haben? Lassen Sie das.“',
    },
    author: 'Douglas Adams',
    provenance: { kind: 'cited', work: 'The Salmon of Doubt', year: 2002 },
    source: 'quote-list',
    topics: ['humor', 'education'],
  }),
  quote({
    // Checked: the work's text (Eric, 1990), as quoted by readers and the L-Space Wiki entry "Multiple exclamation marks".
    id: 'q-pratchett-exclamation-marks',
    text: {
      en: '“Multiple exclamation marks,” he went on, shaking his head, “are a sure sign of a diseased mind.”',
      es: '«Varios signos de exclamación seguidos», prosiguió, meneando la cabeza, «son señal inequívoca de una mente enferma».',
      fr: '« Les points d’exclamation multiples, poursuivit-il en secouant la tête, sont le signe certain d’un esprit malade. »',
      de: '„Mehrere Ausrufezeichen“, fuhr er kopfschüttelnd fort, „sind ein sicheres Zeichen für einen kranken Geist.“',
    },
    author: 'Terry Pratchett',
    provenance: { kind: 'cited', work: 'Eric', year: 1990 },
    source: 'quote-list',
    topics: ['humor', 'communication'],
  }),
  quote({
    // Checked: the play's text (An Ideal Husband, first performed 1895, Act I, Lord Goring to Mabel Chiltern; Project Gutenberg #885, read in GITenberg's copy).
    id: 'q-wilde-pass-on-advice',
    text: {
      en: 'I always pass on good advice. It is the only thing to do with it. It is never of any use to oneself.',
      es: 'Los buenos consejos siempre los paso a otros. Es lo único que se puede hacer con ellos. A uno mismo nunca le sirven de nada.',
      fr: 'Je transmets toujours les bons conseils. C’est la seule chose à en faire. Ils ne sont jamais d’aucune utilité pour soi-même.',
      de: 'Gute Ratschläge gebe ich immer weiter. Das ist das Einzige, was man mit ihnen anfangen kann. Einem selbst nützen sie nie etwas.',
    },
    author: 'Oscar Wilde',
    provenance: {
      kind: 'cited',
      work: 'An Ideal Husband',
      year: 1895,
      where: { en: 'act I', es: 'acto I', fr: 'acte I', de: '1. Akt' },
    },
    source: 'quote-list',
    topics: ['humor', 'teamwork'],
  }),
  quote({
    // Checked: the play's text (Lady Windermere's Fan, 1892, Act III, Dumby; Project Gutenberg #790).
    id: 'q-wilde-experience-mistakes',
    text: {
      en: 'Experience is the name every one gives to their mistakes.',
      es: 'Experiencia es el nombre que todos damos a nuestros errores.',
      fr: 'L’expérience est le nom que chacun donne à ses erreurs.',
      de: 'Erfahrung ist der Name, den jeder seinen Fehlern gibt.',
    },
    author: 'Oscar Wilde',
    provenance: {
      kind: 'cited',
      work: 'Lady Windermere’s Fan',
      year: 1892,
      where: { en: 'act III', es: 'acto III', fr: 'acte III', de: '3. Akt' },
    },
    source: 'quote-list',
    topics: ['humor', 'education'],
  }),
  quote({
    // Checked: the play's text (An Ideal Husband, 1895, Act III, Lord Goring to Phipps; Project Gutenberg #885, read in GITenberg's copy); “, Phipps” left out.
    id: 'q-wilde-lifelong-romance',
    text: {
      en: 'To love oneself is the beginning of a lifelong romance.',
      es: 'Amarse a uno mismo es el comienzo de un idilio para toda la vida.',
      fr: 'S’aimer soi-même, c’est le début d’une histoire d’amour qui dure toute la vie.',
      de: 'Sich selbst zu lieben ist der Beginn einer lebenslangen Romanze.',
    },
    author: 'Oscar Wilde',
    provenance: {
      kind: 'cited',
      work: 'An Ideal Husband',
      year: 1895,
      where: { en: 'act III', es: 'acto III', fr: 'acte III', de: '3. Akt' },
    },
    source: 'quote-list',
    topics: ['self-care', 'humor'],
  }),
  quote({
    // Checked: the sketch's text (epigraph of "The Late Benjamin Franklin", The Galaxy, July 1870; Sketches New and Old, Project Gutenberg) and WIST/QI notes.
    id: 'q-twain-day-after-tomorrow',
    text: {
      en: 'Never put off till to-morrow what you can do day after to-morrow just as well.',
      es: 'No dejes para mañana lo que puedas hacer igual de bien pasado mañana.',
      fr: 'Ne remettez jamais à demain ce que vous pouvez tout aussi bien faire après-demain.',
      de: 'Verschieben Sie nie auf morgen, was Sie genauso gut übermorgen erledigen können.',
    },
    author: 'Mark Twain',
    provenance: {
      kind: 'cited',
      work: 'The Late Benjamin Franklin',
      year: 1870,
      where: {
        en: 'epigraph; The Galaxy, July 1870',
        es: 'epígrafe; The Galaxy, julio de 1870',
        fr: 'épigraphe ; The Galaxy, juillet 1870',
        de: 'Motto; The Galaxy, Juli 1870',
      },
    },
    source: 'quote-list',
    topics: ['humor', 'responsiveness'],
  }),
  quote({
    // Checked: QI 2019-09-02: Twain's 1888 reply to George Bainton, printed in The Art of Authorship (1890), p. 87–88.
    id: 'q-twain-lightning-bug',
    text: {
      en: 'The difference between the almost right word and the right word is really a large matter—’tis the difference between the lightning-bug and the lightning.',
      es: 'La diferencia entre la palabra casi correcta y la palabra correcta es de verdad enorme: es la diferencia entre la luciérnaga y el relámpago.',
      fr: 'La différence entre le mot presque juste et le mot juste est vraiment considérable : c’est la différence entre la luciole et l’éclair.',
      de: 'Der Unterschied zwischen dem fast richtigen Wort und dem richtigen Wort ist wirklich gewaltig – es ist der Unterschied zwischen dem Glühwürmchen und dem Blitz.',
    },
    author: 'Mark Twain',
    provenance: {
      kind: 'cited',
      work: 'The Art of Authorship',
      year: 1890,
      where: {
        en: 'letter to George Bainton, 1888',
        es: 'carta a George Bainton, 1888',
        fr: 'lettre à George Bainton, 1888',
        de: 'Brief an George Bainton, 1888',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'humor'],
  }),
  quote({
    // Checked: the work's text (Following the Equator, 1897, ch. 2 epigraph from Pudd'nhead Wilson's New Calendar; Wikisource scan).
    id: 'q-twain-tell-the-truth',
    text: {
      en: 'When in doubt, tell the truth.',
      es: 'En caso de duda, di la verdad.',
      fr: 'Dans le doute, dites la vérité.',
      de: 'Im Zweifel sagen Sie die Wahrheit.',
    },
    author: 'Mark Twain',
    provenance: {
      kind: 'cited',
      work: 'Following the Equator',
      year: 1897,
      where: {
        en: 'chapter 2, epigraph',
        es: 'capítulo 2, epígrafe',
        fr: 'chapitre 2, épigraphe',
        de: 'Kapitel 2, Motto',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'attitude'],
  }),
  quote({
    // Checked: the work's text (David Copperfield, 1850, ch. 12, Mr. Micawber; Project Gutenberg transcription).
    // French: Paul Lorain's translation (Hachette), chapitre XII, as Project Gutenberg #17868 ("Traduction P. Lorain") has it, read in GITenberg's copy; he puts the proverb in guillemets and renders "Collar him!" as "Prenez l’occasion aux cheveux."
    // German: ours, reworded away from a German e-book edition's (»Mein Rat ist: Verschieben Sie nie auf morgen…«), whose translator is not named.
    id: 'q-dickens-collar-him',
    text: {
      en: 'My advice is, never do tomorrow what you can do today. Procrastination is the thief of time. Collar him!',
      es: 'Mi consejo es: no dejes nunca para mañana lo que puedas hacer hoy. La procrastinación es la ladrona del tiempo. ¡Échale el guante!',
      fr: 'Mon avis est ceci : « Ne remettez jamais au lendemain ce que vous pouvez faire aujourd’hui. » La temporisation est un vol fait à la vie. Prenez l’occasion aux cheveux.',
      de: 'Mein Rat an Sie: Erledigen Sie nie erst morgen, was Sie heute erledigen können. Das Aufschieben ist ein Dieb, der Ihnen die Zeit stiehlt. Packen Sie ihn am Kragen!',
    },
    translators: { fr: 'Paul Lorain' },
    author: 'Charles Dickens',
    provenance: {
      kind: 'cited',
      work: 'David Copperfield',
      year: 1850,
      where: { en: 'chapter 12', es: 'capítulo 12', fr: 'chapitre 12', de: 'Kapitel 12' },
    },
    source: 'quote-list',
    topics: ['humor', 'responsiveness'],
  }),
  quote({
    // Checked: the interview's text ("E. B. White: Notes and Comment by Author", Israel Shenker, The New York Times, July 1969), per Martha White, In the Words of E. B. White (2011). Two closing sentences of the passage.
    id: 'q-white-improve-or-enjoy',
    text: {
      en: 'I arise in the morning torn between a desire to improve (or save) the world and a desire to enjoy (or savor) the world. This makes it hard to plan the day.',
      es: 'Me levanto por la mañana dividido entre el deseo de mejorar (o salvar) el mundo y el deseo de disfrutar (o saborear) el mundo. Eso hace difícil planear el día.',
      fr: 'Je me lève le matin tiraillé entre le désir d’améliorer (ou de sauver) le monde et celui d’en profiter (ou de le savourer). Pas facile, dans ces conditions, d’organiser sa journée.',
      de: 'Ich stehe morgens auf, hin- und hergerissen zwischen dem Wunsch, die Welt zu verbessern (oder zu retten), und dem Wunsch, die Welt zu genießen (oder auszukosten). Das macht es schwer, den Tag zu planen.',
    },
    author: 'E. B. White',
    provenance: {
      kind: 'cited',
      work: 'The New York Times',
      article: 'E. B. White: Notes and Comment by Author',
      year: 1969,
      where: {
        en: 'interview with Israel Shenker',
        es: 'entrevista con Israel Shenker',
        fr: 'entretien avec Israel Shenker',
        de: 'Interview mit Israel Shenker',
      },
    },
    source: 'quote-list',
    topics: ['self-care', 'humor'],
  }),
  quote({
    // Checked: the work's text (Alice's Adventures in Wonderland, 1865, ch. 12 "Alice's Evidence"; Wikisource scan and Project Gutenberg).
    // German: Antonie Zimmermann's translation, Alice's Abenteuer im Wunderland (Leipzig, 1869), ch. XII (Project Gutenberg #19778); her »…« as „…“. The German chapter title is hers: „Alice ist die Klügste“.
    // Spanish: ours; the old line equalled, up to “final;”, a wording quoted in several places that may be a published translation's (not identified).
    // French: ours, reworded; Henri Bué's 1869 translation may be close to the old line, but its page (fr.wikisource, Bué djvu/205) was not reached to compare or credit. The French chapter title is his
    // (« Déposition d’Alice », in his table of contents as exported from fr.wikisource).
    id: 'q-carroll-begin-then-stop',
    text: {
      en: '“Begin at the beginning,” the King said gravely, “and go on till you come to the end: then stop.”',
      es: '«Empieza por el principio», dijo el Rey muy serio, «y continúa hasta que llegues al final: entonces, detente».',
      fr: '« Commencez par le commencement, dit gravement le Roi, et poursuivez jusqu’à la fin ; alors, arrêtez-vous. »',
      de: '„Fange beim Anfang an,“ sagte der König ernsthaft, „und lies bis du an’s Ende kommst, dann halte an.“',
    },
    translators: { de: 'Antonie Zimmermann' },
    author: 'Lewis Carroll',
    provenance: {
      kind: 'cited',
      work: 'Alice’s Adventures in Wonderland',
      year: 1865,
      where: {
        en: 'chapter 12, “Alice’s Evidence”',
        es: 'capítulo 12, «El testimonio de Alicia»',
        fr: 'chapitre 12, « Déposition d’Alice »',
        de: 'Kapitel 12, „Alice ist die Klügste“',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'humor'],
  }),
  quote({
    // Checked: the work's text (Through the Looking-Glass, 1871, ch. 5 "Wool and Water", the White Queen; literaturepage.com and archive.org scan).
    id: 'q-carroll-six-impossible-things',
    text: {
      en: 'Why, sometimes I’ve believed as many as six impossible things before breakfast.',
      es: 'Pues a veces he llegado a creerme hasta seis cosas imposibles antes del desayuno.',
      fr: 'Tenez, il m’est arrivé de croire jusqu’à six choses impossibles avant le petit déjeuner.',
      de: 'Manchmal habe ich sogar schon sechs unmögliche Dinge vor dem Frühstück geglaubt.',
    },
    author: 'Lewis Carroll',
    provenance: WOOL_AND_WATER,
    source: 'quote-list',
    topics: ['humor', 'attitude'],
  }),
  quote({
    // Checked: the work's text (Through the Looking-Glass, 1871, ch. 5 "Wool and Water", the White Queen to Alice; archive.org scan).
    id: 'q-carroll-consider-anything',
    text: {
      en: 'Consider what a great girl you are. Consider what a long way you’ve come to-day. Consider what o’clock it is. Consider anything, only don’t cry!',
      es: 'Piensa en lo mayor que eres. Piensa en lo lejos que has llegado hoy. Piensa en qué hora es. Piensa en cualquier cosa, ¡pero no llores!',
      fr: 'Songez à la grande fille que vous êtes. Songez au long chemin que vous avez fait aujourd’hui. Songez à l’heure qu’il est. Songez à n’importe quoi, mais ne pleurez pas !',
      de: 'Bedenke, was für ein großes Mädchen du bist. Bedenke, welch weiten Weg du heute zurückgelegt hast. Bedenke, wie spät es ist. Bedenke irgendetwas, nur weine nicht!',
    },
    author: 'Lewis Carroll',
    provenance: WOOL_AND_WATER,
    source: 'quote-list',
    topics: ['self-care', 'humor', 'calm'],
  }),
  quote({
    // Checked: the book's text (Horton Hatches the Egg, 1940), refrain as quoted by the publisher's and booksellers' descriptions; line breaks of the verse joined.
    id: 'q-seuss-meant-what-said',
    text: {
      en: 'I meant what I said and I said what I meant… An elephant’s faithful one hundred per cent!',
      es: 'Dije lo que pensaba y pensaba lo que dije… ¡Un elefante es fiel al cien por cien!',
      fr: 'J’ai dit ce que je pensais, je pensais ce que j’ai dit… Un éléphant est fidèle à cent pour cent !',
      de: 'Ich meinte, was ich sagte, und ich sagte, was ich meinte … Ein Elefant ist treu, und zwar hundertprozentig!',
    },
    author: 'Dr. Seuss',
    provenance: { kind: 'cited', work: 'Horton Hatches the Egg', year: 1940 },
    source: 'quote-list',
    topics: ['follow-up', 'humor'],
  }),
  quote({
    // Checked: the work's text (The Fellowship of the Ring, 1954, Book II ch. 7 "The Mirror of Galadriel", Sam Gamgee), as transcribed in the chapter context.
    // German: ours, without the published translation's name for Sam's father (Carroux's „Ohm“).
    id: 'q-tolkien-job-never-started',
    text: {
      en: 'It’s the job that’s never started as takes longest to finish, as my old gaffer used to say.',
      es: 'El trabajo que nunca se empieza es el que más tarda en acabarse, como decía mi viejo padre.',
      fr: 'C’est le travail qu’on ne commence jamais qui est le plus long à finir, comme disait mon vieux père.',
      de: 'Am längsten dauert die Arbeit, die man nie anfängt, wie mein alter Herr immer sagte.',
    },
    author: 'J. R. R. Tolkien',
    provenance: {
      kind: 'cited',
      work: 'The Fellowship of the Ring',
      year: 1954,
      where: {
        en: 'book II, chapter 7, “The Mirror of Galadriel”',
        es: 'libro II, capítulo 7, «El Espejo de Galadriel»',
        fr: 'livre II, chapitre 7, « Le Miroir de Galadriel »',
        de: 'Buch II, Kapitel 7, „Galadriels Spiegel“',
      },
    },
    source: 'quote-list',
    topics: ['responsiveness', 'humor'],
  }),
  quote({
    // Checked: Barry Popik (2012): credited to Stengel since the 1980s–90s, exact form and date unknown, so attributed; common wording kept.
    id: 'q-stengel-play-together',
    text: {
      en: 'Getting good players is easy. Getting ’em to play together is the hard part.',
      es: 'Conseguir buenos jugadores es fácil. Lo difícil es conseguir que jueguen juntos.',
      fr: 'Trouver de bons joueurs, c’est facile. Les faire jouer ensemble, c’est ça, le plus dur.',
      de: 'Gute Spieler zu finden ist leicht. Sie zum Zusammenspielen zu bringen – das ist der schwierige Teil.',
    },
    author: 'Casey Stengel',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['teamwork', 'humor'],
  }),
  quote({
    // Checked: the work's text (The Return of the King, 1955, Book VI ch. 3 "Mount Doom", Sam to Frodo: "I can't carry it for you, but I can carry you and it as well.").
    // es, fr, de: ours, reworded away from the common wording, which may be the published translations' (in copyright); none of their texts was reached to compare.
    id: 'q-tolkien-carry-you',
    text: {
      en: 'I can’t carry it for you, but I can carry you and it as well.',
      es: 'No puedo cargar con él por usted, pero sí puedo cargar con usted, y con él de paso.',
      fr: 'Le porter à votre place, je ne peux pas ; mais vous porter, vous, et lui par-dessus le marché, ça, je peux.',
      de: 'Tragen kann ich ihn nicht für Sie, aber Sie kann ich tragen – und ihn gleich mit.',
    },
    author: 'J. R. R. Tolkien',
    provenance: {
      kind: 'cited',
      work: 'The Return of the King',
      year: 1955,
      where: {
        en: 'book VI, chapter 3, “Mount Doom”',
        es: 'libro VI, capítulo 3, «El Monte del Destino»',
        fr: 'livre VI, chapitre 3, « La Montagne du Destin »',
        de: 'Buch VI, Kapitel 3, „Der Schicksalsberg“',
      },
    },
    source: 'quote-list',
    topics: ['teamwork', 'kindness'],
  }),
  quote({
    // Checked: the work's text (The Fellowship of the Ring, 1954, Book II ch. 3 "The Ring Goes South", Gimli to Elrond).
    // es, fr, de: ours. The old Spanish (“Desleal es aquel que se despide…”) stood word for word in five public quote lists, likely the published translation's (in copyright); fr and de were reworded with it, no published text compared.
    id: 'q-tolkien-road-darkens',
    text: {
      en: 'Faithless is he that says farewell when the road darkens.',
      es: 'Es desleal quien dice adiós cuando el camino se vuelve oscuro.',
      fr: 'Est déloyal qui dit adieu quand le chemin s’assombrit.',
      de: 'Untreu ist, wer Abschied nimmt, sobald der Weg dunkel wird.',
    },
    author: 'J. R. R. Tolkien',
    provenance: {
      kind: 'cited',
      work: 'The Fellowship of the Ring',
      year: 1954,
      where: {
        en: 'book II, chapter 3, “The Ring Goes South”',
        es: 'libro II, capítulo 3, «El Anillo va al sur»',
        fr: 'livre II, chapitre 3, « L’Anneau part vers le sud »',
        de: 'Buch II, Kapitel 3, „Der Ring geht nach Süden“',
      },
    },
    source: 'quote-list',
    topics: ['teamwork'],
  }),
  quote({
    // Checked: the work's text (The House at Pooh Corner, 1928, ch. 7 "In Which Tigger Is Unbounced"), passage as quoted with the book's punctuation.
    id: 'q-milne-sure-of-you',
    text: {
      en: 'Piglet sidled up to Pooh from behind. “Pooh!” he whispered. “Yes, Piglet?” “Nothing,” said Piglet, taking Pooh’s paw. “I just wanted to be sure of you.”',
      es: 'Piglet se arrimó a Pooh por detrás. «¡Pooh!», susurró. «¿Sí, Piglet?» «Nada», dijo Piglet, tomándole la pata. «Solo quería estar seguro de ti».',
      fr: 'Porcinet se glissa tout contre Winnie, par-derrière. « Winnie ! » chuchota-t-il. « Oui, Porcinet ? » « Rien, dit Porcinet en prenant la patte de Winnie. Je voulais juste être sûr de toi. »',
      de: 'Ferkel schob sich von hinten an Pu heran. „Pu!“, flüsterte es. „Ja, Ferkel?“ „Nichts“, sagte Ferkel und nahm Pus Pfote. „Ich wollte nur sichergehen, dass du da bist.“',
    },
    author: 'A. A. Milne',
    provenance: {
      kind: 'cited',
      work: 'The House at Pooh Corner',
      year: 1928,
      where: { en: 'chapter 7', es: 'capítulo 7', fr: 'chapitre 7', de: 'Kapitel 7' },
    },
    source: 'quote-list',
    topics: ['teamwork', 'kindness'],
  }),
  quote({
    // Checked: the work's text (The House at Pooh Corner, 1928, ch. 10, Christopher Robin to Pooh); two lines of the same exchange joined with an ellipsis.
    id: 'q-milne-doing-nothing',
    text: {
      en: 'What I like doing best is Nothing. … It means just going along, listening to all the things you can’t hear, and not bothering.',
      es: 'Lo que más me gusta hacer es Nada. […] Consiste en ir por ahí, escuchando todas las cosas que no se oyen, y sin preocuparse.',
      fr: 'Ce que je préfère faire, c’est Rien. […] Ça consiste à aller son chemin, à écouter toutes les choses qu’on n’entend pas, sans s’en faire.',
      de: 'Am liebsten tue ich Nichts. … Das heißt, einfach so dahinzugehen, all den Dingen zu lauschen, die man nicht hören kann, und sich um nichts zu kümmern.',
    },
    author: 'A. A. Milne',
    provenance: {
      kind: 'cited',
      work: 'The House at Pooh Corner',
      year: 1928,
      where: { en: 'chapter 10', es: 'capítulo 10', fr: 'chapitre 10', de: 'Kapitel 10' },
    },
    source: 'quote-list',
    topics: ['self-care'],
  }),
  quote({
    // Checked: the poem's text ("The Law of the Jungle", The Second Jungle Book, 1895, after "How Fear Came"; Project Gutenberg #1937, read in GITenberg's copy).
    id: 'q-kipling-strength-of-pack',
    text: {
      en: 'For the strength of the Pack is the Wolf, and the strength of the Wolf is the Pack.',
      es: 'Porque la fuerza de la Manada es el Lobo, y la fuerza del Lobo es la Manada.',
      fr: 'Car la force de la Meute, c’est le Loup, et la force du Loup, c’est la Meute.',
      de: 'Denn die Stärke des Rudels ist der Wolf, und die Stärke des Wolfs ist das Rudel.',
    },
    author: 'Rudyard Kipling',
    provenance: {
      kind: 'cited',
      work: 'The Second Jungle Book',
      year: 1895,
      where: {
        en: 'poem “The Law of the Jungle”',
        es: 'poema «La ley de la selva»',
        fr: 'poème « La Loi de la Jungle »',
        de: 'Gedicht „Das Gesetz des Dschungels“',
      },
    },
    source: 'quote-list',
    topics: ['teamwork'],
  }),
  quote({
    // Checked: Wikiquote (sourced): I Can't Accept Not Trying: Michael Jordan on the Pursuit of Excellence (HarperSanFrancisco, 1994).
    id: 'q-jordan-teamwork-championships',
    text: {
      en: 'Talent wins games, but teamwork and intelligence wins championships.',
      es: 'El talento gana partidos, pero el trabajo en equipo y la inteligencia ganan campeonatos.',
      fr: 'Le talent fait gagner des matchs, mais l’esprit d’équipe et l’intelligence font gagner des championnats.',
      de: 'Talent gewinnt Spiele, aber Teamwork und Intelligenz gewinnen Meisterschaften.',
    },
    author: 'Michael Jordan',
    provenance: { kind: 'cited', work: 'I Can’t Accept Not Trying', year: 1994 },
    source: 'quote-list',
    topics: ['teamwork'],
  }),
  quote({
    // Checked: CBS News (2011) quoting Jobs's 2003 60 Minutes interview (the Beatles as his model for business).
    id: 'q-jobs-team-of-people',
    text: {
      en: 'Great things in business are never done by one person, they are done by a team of people.',
      es: 'En los negocios, las grandes cosas nunca las hace una sola persona: las hace un equipo.',
      fr: 'Dans les affaires, les grandes choses ne sont jamais l’œuvre d’une seule personne : elles sont l’œuvre d’une équipe.',
      de: 'Große Dinge im Geschäftsleben vollbringt nie ein Einzelner, sie werden von einem Team vollbracht.',
    },
    author: 'Steve Jobs',
    provenance: {
      kind: 'cited',
      work: '60 Minutes',
      occasion: {
        en: 'interview on CBS',
        es: 'entrevista en la CBS',
        fr: 'entretien sur CBS',
        de: 'Interview bei CBS',
      },
      year: 2003,
    },
    source: 'quote-list',
    topics: ['teamwork', 'success'],
  }),
  quote({
    // Checked: QI/Wikiquote searches found no primary source in Keller's writings; the line is only widely credited to her, so attributed.
    id: 'q-keller-together-so-much',
    text: {
      en: 'Alone we can do so little; together we can do so much.',
      es: 'Solos podemos hacer muy poco; juntos podemos hacer muchísimo.',
      fr: 'Seuls, nous pouvons si peu ; ensemble, nous pouvons tant.',
      de: 'Allein können wir so wenig bewirken, gemeinsam so viel.',
    },
    author: 'Helen Keller',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['teamwork'],
  }),
  quote({
    // Checked: traditional English proverb, no known author.
    id: 'q-many-hands-light-work',
    text: {
      en: 'Many hands make light work.',
      es: 'Entre muchas manos, el trabajo pesa menos.',
      fr: 'À plusieurs mains, l’ouvrage est plus léger.',
      de: 'Viele Hände, schnelles Ende.',
    },
    source: 'quote-list',
    topics: ['teamwork'],
  }),
  quote({
    // Checked: traditional English saying, no known author.
    id: 'q-problem-shared-halved',
    text: {
      en: 'A problem shared is a problem halved.',
      es: 'Un problema compartido es medio problema.',
      fr: 'Un problème partagé est un problème à moitié réglé.',
      de: 'Geteiltes Leid ist halbes Leid.',
    },
    source: 'quote-list',
    topics: ['teamwork', 'self-care'],
  }),
  quote({
    // Checked: A Burst of Light (1988), epilogue, as quoted by the publisher (Ixia/Dover edition) and reviews; first clause only, the rest ("and that is an act of political warfare") left out, hence the ellipsis.
    id: 'q-lorde-self-preservation',
    text: {
      en: 'Caring for myself is not self-indulgence, it is self-preservation…',
      es: 'Cuidar de mí misma no es darme un capricho, es preservarme…',
      fr: 'Prendre soin de moi n’est pas de la complaisance envers moi-même, c’est me préserver…',
      de: 'Für mich selbst zu sorgen ist keine Selbstverwöhnung, es ist Selbsterhaltung …',
    },
    author: 'Audre Lorde',
    provenance: {
      kind: 'cited',
      work: 'A Burst of Light',
      year: 1988,
      where: { en: 'epilogue', es: 'epílogo', fr: 'épilogue', de: 'Epilog' },
    },
    source: 'quote-list',
    topics: ['self-care'],
  }),
  quote({
    // Checked: the essay's text (Wouldn't Take Nothing for My Journey Now, 1993, "A Day Away"), transcribed in full.
    id: 'q-angelou-day-away',
    text: {
      en: 'Every person needs to take one day away. A day in which one consciously separates the past from the future.',
      es: 'Toda persona necesita tomarse un día lejos de todo. Un día en el que uno separe conscientemente el pasado del futuro.',
      fr: 'Chacun a besoin de s’accorder une journée à l’écart. Une journée où l’on sépare consciemment le passé de l’avenir.',
      de: 'Jeder Mensch braucht einen Tag ganz für sich. Einen Tag, an dem man die Vergangenheit bewusst von der Zukunft trennt.',
    },
    author: 'Maya Angelou',
    provenance: {
      kind: 'cited',
      work: 'Wouldn’t Take Nothing for My Journey Now',
      year: 1993,
      where: {
        en: 'essay “A Day Away”',
        es: 'ensayo «A Day Away»',
        fr: 'essai « A Day Away »',
        de: 'Essay „A Day Away“',
      },
    },
    source: 'quote-list',
    topics: ['self-care'],
  }),
  quote({
    // Checked: the book's text (A Man Without a Country, 2005, passage on his Uncle Alex), transcribed by several readers.
    id: 'q-vonnegut-notice-happy',
    text: {
      en: 'I urge you to please notice when you are happy, and exclaim or murmur or think at some point, “If this isn’t nice, I don’t know what is.”',
      es: 'Te ruego que te des cuenta de cuándo eres feliz y que, en algún momento, exclames, murmures o pienses: «Si esto no es bonito, no sé qué lo es».',
      fr: 'Je vous en prie, remarquez les moments où vous êtes heureux et, à un moment ou à un autre, exclamez-vous, murmurez ou pensez : « Si ça, ce n’est pas agréable, je ne vois pas ce qui l’est. »',
      de: 'Ich bitte Sie: Achten Sie darauf, wann Sie glücklich sind, und rufen, murmeln oder denken Sie irgendwann: „Wenn das nicht schön ist, weiß ich nicht, was schön ist.“',
    },
    author: 'Kurt Vonnegut',
    provenance: { kind: 'cited', work: 'A Man Without a Country', year: 2005 },
    source: 'quote-list',
    topics: ['self-care', 'attitude'],
  }),
  quote({
    // Checked: the work's text (Anne of Green Gables, 1908, ch. 21 "A New Departure in Flavorings", Anne to Marilla; Project Gutenberg #45, read in GITenberg's copy).
    id: 'q-montgomery-no-mistakes-yet',
    text: {
      en: 'Marilla, isn’t it nice to think that tomorrow is a new day with no mistakes in it yet?',
      es: 'Marilla, ¿no es bonito pensar que mañana es un día nuevo, todavía sin ningún error?',
      fr: 'Marilla, n’est-ce pas agréable de se dire que demain est un jour nouveau, encore sans aucune erreur ?',
      de: 'Marilla, ist es nicht ein schöner Gedanke, dass morgen ein neuer Tag ist, noch ganz ohne Fehler?',
    },
    author: 'L. M. Montgomery',
    provenance: {
      kind: 'cited',
      work: 'Anne of Green Gables',
      year: 1908,
      where: { en: 'chapter 21', es: 'capítulo 21', fr: 'chapitre 21', de: 'Kapitel 21' },
    },
    source: 'quote-list',
    topics: ['attitude', 'self-care'],
  }),
  quote({
    // Checked: the essay's text ("Politics and the English Language", 1946, rules ii and iii).
    id: 'q-orwell-short-word',
    text: {
      en: 'Never use a long word where a short one will do. If it is possible to cut a word out, always cut it out.',
      es: 'No uses nunca una palabra larga si basta una corta. Si es posible suprimir una palabra, suprímela siempre.',
      fr: 'N’utilisez jamais un mot long quand un mot court fait l’affaire. S’il est possible de supprimer un mot, supprimez-le toujours.',
      de: 'Verwenden Sie nie ein langes Wort, wo ein kurzes genügt. Wenn sich ein Wort streichen lässt, streichen Sie es immer.',
    },
    author: 'George Orwell',
    provenance: {
      kind: 'cited',
      work: 'Politics and the English Language',
      year: 1946,
      where: {
        en: 'rules ii and iii',
        es: 'reglas ii y iii',
        fr: 'règles ii et iii',
        de: 'Regeln ii und iii',
      },
    },
    source: 'quote-list',
    topics: ['communication'],
  }),
  quote({
    // Checked: the work's text (The Elements of Style, 1918, rule 13 "Omit needless words"; Project Gutenberg #37134, read in GITenberg's copy), also quoted by E. B. White's introduction and reprints.
    id: 'q-strunk-vigorous-concise',
    text: {
      en: 'Vigorous writing is concise. A sentence should contain no unnecessary words, a paragraph no unnecessary sentences…',
      es: 'La escritura enérgica es concisa. Una oración no debe contener palabras innecesarias, ni un párrafo frases innecesarias…',
      fr: 'Une écriture vigoureuse est concise. Une phrase ne doit contenir aucun mot inutile, un paragraphe aucune phrase inutile…',
      de: 'Kraftvolles Schreiben ist knapp. Ein Satz sollte keine unnötigen Wörter enthalten, ein Absatz keine unnötigen Sätze …',
    },
    author: 'William Strunk Jr.',
    provenance: {
      kind: 'cited',
      work: 'The Elements of Style',
      year: 1918,
      where: {
        en: 'rule 13, “Omit needless words”',
        es: 'regla 13, «Omit needless words»',
        fr: 'règle 13, « Omit needless words »',
        de: 'Regel 13, „Omit needless words“',
      },
    },
    source: 'quote-list',
    topics: ['communication'],
  }),
  quote({
    // Checked: QI 2014-08-31: the "biggest problem in communication is the illusion that it has taken place" line credited to G. B. Shaw has no evidence; earliest is Whyte, "Is Anybody Listening?", Fortune, September 1950 (his exact words used here).
    id: 'q-whyte-illusion-of-communication',
    text: {
      en: 'The great enemy of communication, we find, is the illusion of it.',
      es: 'El gran enemigo de la comunicación, según vemos, es la ilusión de que se ha producido.',
      fr: 'Le grand ennemi de la communication, nous le constatons, c’est l’illusion qu’elle a eu lieu.',
      de: 'Der große Feind der Kommunikation, so stellen wir fest, ist die Illusion, sie habe stattgefunden.',
    },
    author: 'William H. Whyte',
    provenance: {
      kind: 'cited',
      work: 'Fortune',
      article: 'Is Anybody Listening?',
      year: 1950,
      where: {
        en: 'September 1950',
        es: 'septiembre de 1950',
        fr: 'septembre 1950',
        de: 'September 1950',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'listening'],
  }),
  quote({
    // Checked: the letter's text (to Joan Lancaster, 26 June 1956, point 5), in C. S. Lewis' Letters to Children (1985), p. 64.
    id: 'q-lewis-infinitely-very',
    text: {
      en: 'Don’t use words too big for the subject. Don’t say “infinitely” when you mean “very”; otherwise you’ll have no word left when you want to talk about something really infinite.',
      es: 'No uses palabras demasiado grandes para el tema. No digas «infinitamente» cuando quieres decir «muy»; si no, no te quedará ninguna palabra cuando quieras hablar de algo realmente infinito.',
      fr: 'N’emploie pas de mots trop grands pour le sujet. Ne dis pas « infiniment » quand tu veux dire « très » ; sinon, il ne te restera plus de mot le jour où tu voudras parler de quelque chose de vraiment infini.',
      de: 'Verwende keine Wörter, die zu groß für das Thema sind. Sag nicht „unendlich“, wenn du „sehr“ meinst; sonst bleibt dir kein Wort mehr, wenn du über etwas wirklich Unendliches sprechen willst.',
    },
    author: 'C. S. Lewis',
    provenance: {
      kind: 'cited',
      work: 'Letters to Children',
      year: 1985,
      where: {
        en: 'letter to Joan Lancaster, 26 June 1956',
        es: 'carta a Joan Lancaster, 26 de junio de 1956',
        fr: 'lettre à Joan Lancaster, 26 juin 1956',
        de: 'Brief an Joan Lancaster, 26. Juni 1956',
      },
    },
    source: 'quote-list',
    topics: ['communication'],
  }),
  quote({
    // Checked: Leonard's "10 Rules of Writing" essay ("Easy on the Adverbs, Exclamation Points and Especially Hooptedoodle", NYT "Writers on Writing", 2001), closing rule as widely quoted.
    id: 'q-leonard-sounds-like-writing',
    text: {
      en: 'If it sounds like writing, I rewrite it.',
      es: 'Si suena a escrito, lo reescribo.',
      fr: 'Si ça sonne écrit, je le réécris.',
      de: 'Wenn es nach Geschriebenem klingt, schreibe ich es um.',
    },
    author: 'Elmore Leonard',
    provenance: {
      kind: 'cited',
      work: 'The New York Times',
      article: 'Easy on the Adverbs, Exclamation Points and Especially Hooptedoodle',
      year: 2001,
    },
    source: 'quote-list',
    topics: ['communication'],
  }),
  quote({
    // Checked: the speech as printed in Never Give In! (2003), p. 453 (Wikiquote's sourced entry). The prize was the Sunday Times's, presented in London on 2 November 1949 (Wanganui Chronicle, 4 November 1949; Papers Past): Wikiquote's "London Times Literary Award" is wrong. The 1949 wire report has "the short words are best".
    id: 'q-churchill-short-old-words',
    text: {
      en: 'Broadly speaking, short words are best, and the old words, when short, are best of all.',
      es: 'En términos generales, las palabras cortas son las mejores, y las palabras antiguas, cuando son cortas, las mejores de todas.',
      fr: 'D’une manière générale, les mots courts sont les meilleurs, et les mots anciens, quand ils sont courts, sont les meilleurs de tous.',
      de: 'Im Großen und Ganzen sind kurze Wörter die besten, und die alten Wörter, wenn sie kurz sind, die allerbesten.',
    },
    author: 'Winston Churchill',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Speech on receiving the Sunday Times Literary Prize',
        es: 'Discurso al recibir el premio literario del Sunday Times',
        fr: 'Discours de réception du prix littéraire du Sunday Times',
        de: 'Rede zur Verleihung des Literaturpreises der Sunday Times',
      },
      year: 1949,
      where: {
        en: '2 November 1949',
        es: '2 de noviembre de 1949',
        fr: '2 novembre 1949',
        de: '2. November 1949',
      },
    },
    source: 'quote-list',
    topics: ['communication'],
  }),
  quote({
    // Checked: the book's contents, chapter III “The Elements”: “Think for others rather than yourself. — How to draft a letter. —
    // Three fundamental precepts: Be short. Be simple. Be human.”, as seen in Plain Words (2014), Rebecca Gowers's revision of
    // The Complete Plain Words (1954); the 1954 edition itself was not seen.
    id: 'q-gowers-short-simple-human',
    text: {
      en: 'Be short. Be simple. Be human.',
      es: 'Sé breve. Sé sencillo. Sé humano.',
      fr: 'Soyez bref. Soyez simple. Soyez humain.',
      de: 'Fassen Sie sich kurz. Schreiben Sie einfach. Bleiben Sie menschlich.',
    },
    author: 'Ernest Gowers',
    provenance: {
      kind: 'cited',
      work: 'The Complete Plain Words',
      year: 1954,
      where: {
        en: 'chapter III, “The Elements”',
        es: 'capítulo III, «The Elements»',
        fr: 'chapitre III, « The Elements »',
        de: 'Kapitel III, „The Elements“',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'humanity'],
  }),
  quote({
    // Checked: the poem's text ("The Cremation of Sam McGee", The Spell of the Yukon and Other Verses, 1907; University of Toronto RPO edition and Project Gutenberg #207 agree).
    id: 'q-service-debt-unpaid',
    text: {
      en: 'Now a promise made is a debt unpaid, and the trail has its own stern code.',
      es: 'Una promesa hecha es una deuda pendiente, y el camino tiene su propio y severo código.',
      fr: 'Or une promesse faite est une dette à acquitter, et la piste a son propre code, un code sévère.',
      de: 'Ein gegebenes Versprechen ist eine unbezahlte Schuld, und unterwegs gilt ein eigener, strenger Kodex.',
    },
    author: 'Robert W. Service',
    provenance: {
      kind: 'cited',
      work: 'The Spell of the Yukon and Other Verses',
      year: 1907,
      where: {
        en: 'poem “The Cremation of Sam McGee”',
        es: 'poema «The Cremation of Sam McGee»',
        fr: 'poème « The Cremation of Sam McGee »',
        de: 'Gedicht „The Cremation of Sam McGee“',
      },
    },
    source: 'quote-list',
    topics: ['follow-up'],
  }),
  quote({
    // Checked: Wikiquote, Poor Richard's Almanack (sourced by year): 1737.
    id: 'q-franklin-well-done',
    text: {
      en: 'Well done is better than well said.',
      es: 'Bien hecho es mejor que bien dicho.',
      fr: 'Bien faire vaut mieux que bien dire.',
      de: 'Gut gemacht ist besser als gut gesagt.',
    },
    author: 'Benjamin Franklin',
    provenance: { kind: 'cited', work: 'Poor Richard’s Almanack', year: 1737 },
    source: 'quote-list',
    topics: ['follow-up'],
  }),
  quote({
    // Checked: the poem's text ("Stopping by Woods on a Snowy Evening", in New Hampshire, 1923).
    id: 'q-frost-promises-to-keep',
    text: {
      en: 'But I have promises to keep, / And miles to go before I sleep.',
      es: 'Pero tengo promesas que cumplir / y millas que andar antes de dormir.',
      fr: 'Mais j’ai des promesses à tenir / et des lieues à faire avant de dormir.',
      de: 'Doch ich muss Versprechen halten / und Meilen gehen, eh ich schlafe.',
    },
    author: 'Robert Frost',
    provenance: {
      kind: 'cited',
      work: 'New Hampshire',
      year: 1923,
      where: {
        en: 'poem “Stopping by Woods on a Snowy Evening”',
        es: 'poema «Stopping by Woods on a Snowy Evening»',
        fr: 'poème « Stopping by Woods on a Snowy Evening »',
        de: 'Gedicht „Stopping by Woods on a Snowy Evening“',
      },
    },
    source: 'quote-list',
    topics: ['follow-up', 'perseverance'],
  }),
  quote({
    // Checked: transcript of Ephron's Wellesley College commencement address, 1996 (Wellesley's published text and video).
    id: 'q-ephron-heroine-not-victim',
    text: {
      en: 'Above all, be the heroine of your life, not the victim.',
      es: 'Por encima de todo, sé la heroína de tu vida, no la víctima.',
      fr: 'Avant tout, soyez l’héroïne de votre vie, pas la victime.',
      de: 'Seien Sie vor allem die Heldin Ihres Lebens, nicht das Opfer.',
    },
    author: 'Nora Ephron',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Commencement address, Wellesley College',
        es: 'Discurso de graduación, Wellesley College',
        fr: 'Discours de remise des diplômes, Wellesley College',
        de: 'Rede zur Abschlussfeier, Wellesley College',
      },
      year: 1996,
    },
    source: 'quote-list',
    topics: ['attitude'],
  }),
];
