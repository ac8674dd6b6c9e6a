import { quote } from '../define';

/** Quotes first written in English on patience, listening, kindness, empathy, calm, respect and humanity. */
export const PATIENCE_LISTENING_KINDNESS_QUOTES = [
  quote({
    // Checked: the work's text (Project Gutenberg #145), Middlemarch, chapter 72 (Dorothea).
    id: 'q-eliot-life-less-difficult',
    text: {
      en: 'What do we live for, if it is not to make life less difficult to each other?',
      es: '¿Para qué vivimos, si no es para hacernos la vida menos difícil los unos a los otros?',
      fr: 'Pourquoi vivons-nous, si ce n’est pour nous rendre la vie moins difficile les uns aux autres ?',
      de: 'Wofür leben wir, wenn nicht dafür, einander das Leben leichter zu machen?',
    },
    author: 'George Eliot',
    provenance: {
      kind: 'cited',
      work: 'Middlemarch',
      year: 1872,
      where: { en: 'chapter 72', es: 'capítulo 72', fr: 'chapitre 72', de: 'Kapitel 72' },
    },
    source: 'quote-list',
    topics: ['kindness', 'humanity'],
  }),
  quote({
    // Checked: the play's text, Othello, act 2, scene 3 (spoken by Iago); first performed c. 1604.
    // German: ours, worded apart from the Schlegel–Tieck edition's line (Baudissin, 1832), which we could not read to credit it. Wieland's prose (Zürich, 1766; Project Gutenberg text) was read and not used: its “Wenn heilt jemals eine Wunde anderst als nach und nach - -” breaks off without a question mark, and today's reader takes its “wenn” (when) for “if”.
    id: 'q-shakespeare-poor-patience',
    text: {
      en: 'How poor are they that have not patience! What wound did ever heal but by degrees?',
      es: '¡Qué pobres son quienes no tienen paciencia! ¿Qué herida ha sanado nunca si no es poco a poco?',
      fr: 'Qu’ils sont pauvres, ceux qui n’ont pas de patience ! Quelle blessure a jamais guéri autrement que peu à peu ?',
      de: 'Wie arm ist, wer keine Geduld hat! Welche Wunde heilte je anders als nach und nach?',
    },
    author: 'William Shakespeare',
    provenance: {
      kind: 'cited',
      work: 'Othello',
      year: 1604,
      where: {
        en: 'act 2, scene 3',
        es: 'acto 2, escena 3',
        fr: 'acte II, scène 3',
        de: '2. Akt, 3. Szene',
      },
    },
    source: 'quote-list',
    topics: ['patience'],
  }),
  quote({
    // Checked: the novel's text, To Kill a Mockingbird, chapter 3 (Atticus to Scout); “…” marks Scout’s interruption.
    id: 'q-lee-climb-into-skin',
    text: {
      en: 'You never really understand a person until you consider things from his point of view … until you climb into his skin and walk around in it.',
      es: 'Nunca llegas a comprender de verdad a una persona hasta que consideras las cosas desde su punto de vista… hasta que te metes en su piel y caminas con ella.',
      fr: 'On ne comprend jamais vraiment quelqu’un tant qu’on n’a pas regardé les choses de son point de vue […] tant qu’on ne s’est pas glissé dans sa peau pour y faire quelques pas.',
      de: 'Man versteht einen Menschen erst dann wirklich, wenn man die Dinge aus seiner Sicht betrachtet … wenn man in seine Haut schlüpft und darin herumläuft.',
    },
    author: 'Harper Lee',
    provenance: {
      kind: 'cited',
      work: 'To Kill a Mockingbird',
      year: 1960,
      where: { en: 'chapter 3', es: 'capítulo 3', fr: 'chapitre 3', de: 'Kapitel 3' },
    },
    source: 'quote-list',
    topics: ['empathy'],
  }),
  quote({
    // Checked: the work's text (Project Gutenberg #4232, read in GITenberg's copy), A Week on the Concord and Merrimack Rivers, “Wednesday”;
    // its “truth,—one” is set here with a plain dash.
    id: 'q-thoreau-two-speak-truth',
    text: {
      en: 'It takes two to speak the truth—one to speak, and another to hear.',
      es: 'Hacen falta dos para decir la verdad: uno que hable y otro que escuche.',
      fr: 'Il faut être deux pour dire la vérité : l’un pour parler, l’autre pour entendre.',
      de: 'Zur Wahrheit gehören zwei: einer, der sie ausspricht, und einer, der sie hört.',
    },
    author: 'Henry David Thoreau',
    provenance: {
      kind: 'cited',
      work: 'A Week on the Concord and Merrimack Rivers',
      year: 1849,
      where: { en: '“Wednesday”', es: '«Miércoles»', fr: '« Mercredi »', de: '„Mittwoch“' },
    },
    source: 'quote-list',
    topics: ['listening', 'communication'],
  }),
  quote({
    // Checked: the work's text, Walden, “Economy” (an earlier draft is in the 1845–46 Journal).
    id: 'q-thoreau-each-others-eyes',
    text: {
      en: 'Could a greater miracle take place than for us to look through each other’s eyes for an instant?',
      es: '¿Podría haber mayor milagro que mirar, aunque fuera un instante, con los ojos del otro?',
      fr: 'Pourrait-il se produire plus grand miracle que de voir, ne serait-ce qu’un instant, par les yeux l’un de l’autre ?',
      de: 'Könnte es ein größeres Wunder geben, als für einen Augenblick durch die Augen des anderen zu sehen?',
    },
    author: 'Henry David Thoreau',
    provenance: {
      kind: 'cited',
      work: 'Walden',
      year: 1854,
      where: { en: '“Economy”', es: '«Economía»', fr: '« Économie »', de: '„Ökonomie“' },
    },
    source: 'quote-list',
    topics: ['empathy', 'humanity'],
  }),
  quote({
    // Checked: QI 2019-08-19 (“Secret History”): Prose Works of H. W. Longfellow (1857), Drift-Wood, “Table-Talk”.
    id: 'q-longfellow-secret-history',
    text: {
      en: 'If we could read the secret history of our enemies, we should find in each man’s life sorrow and suffering enough to disarm all hostility.',
      es: 'Si pudiéramos leer la historia secreta de nuestros enemigos, hallaríamos en la vida de cada uno pena y sufrimiento suficientes para desarmar toda hostilidad.',
      fr: 'Si nous pouvions lire l’histoire secrète de nos ennemis, nous trouverions dans chaque vie assez de chagrin et de souffrance pour désarmer toute hostilité.',
      de: 'Könnten wir die verborgene Geschichte unserer Feinde lesen, wir fänden in jedem Leben genug Kummer und Leid, um alle Feindseligkeit zu entwaffnen.',
    },
    author: 'Henry Wadsworth Longfellow',
    provenance: {
      kind: 'cited',
      work: 'Drift-Wood',
      year: 1857,
      where: {
        en: '“Table-Talk”',
        es: '«Charlas de sobremesa»',
        fr: '« Propos de table »',
        de: '„Tischgespräche“',
      },
    },
    source: 'quote-list',
    topics: ['empathy', 'calm'],
  }),
  quote({
    // Checked: the poem's text, “If—” (Rewards and Fairies, 1910; Project Gutenberg #556, read in GITenberg's copy), opening lines.
    id: 'q-kipling-keep-your-head',
    text: {
      en: 'If you can keep your head when all about you / Are losing theirs and blaming it on you…',
      es: 'Si puedes mantener la cabeza fría cuando todos a tu alrededor / la pierden y te echan la culpa a ti…',
      fr: 'Si tu peux garder la tête froide quand tous, autour de toi, / la perdent et t’en font porter la faute…',
      de: 'Wenn du einen kühlen Kopf bewahrst, während alle um dich herum / den ihren verlieren und dir die Schuld daran geben …',
    },
    author: 'Rudyard Kipling',
    provenance: {
      kind: 'cited',
      work: 'If—',
      year: 1910,
      where: {
        en: 'opening lines',
        es: 'versos iniciales',
        fr: 'premiers vers',
        de: 'Anfangsverse',
      },
    },
    source: 'quote-list',
    topics: ['calm'],
  }),
  quote({
    // Checked: the poem's text, “If—” (Rewards and Fairies, 1910; Project Gutenberg #556, read in GITenberg's copy), first stanza.
    id: 'q-kipling-wait-not-tired',
    text: {
      en: 'If you can wait and not be tired by waiting…',
      es: 'Si puedes esperar sin cansarte de esperar…',
      fr: 'Si tu peux attendre sans te lasser d’attendre…',
      de: 'Wenn du warten kannst, ohne des Wartens müde zu werden …',
    },
    author: 'Rudyard Kipling',
    provenance: {
      kind: 'cited',
      work: 'If—',
      year: 1910,
      where: {
        en: 'first stanza',
        es: 'primera estrofa',
        fr: 'première strophe',
        de: 'erste Strophe',
      },
    },
    source: 'quote-list',
    topics: ['patience'],
  }),
  quote({
    // Checked: the letter's text, Jefferson to Thomas Jefferson Smith, Monticello, February 21, 1825, “A Decalogue of Canons for observation in practical life”, no. 10.
    id: 'q-jefferson-count-ten',
    text: {
      en: 'When angry, count ten, before you speak; if very angry, an hundred.',
      es: 'Si estás enojado, cuenta hasta diez antes de hablar; si estás muy enojado, hasta cien.',
      fr: 'En colère, compte jusqu’à dix avant de parler ; très en colère, jusqu’à cent.',
      de: 'Bist du zornig, zähle bis zehn, bevor du sprichst; bist du sehr zornig, bis hundert.',
    },
    author: 'Thomas Jefferson',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to Thomas Jefferson Smith',
        es: 'Carta a Thomas Jefferson Smith',
        fr: 'Lettre à Thomas Jefferson Smith',
        de: 'Brief an Thomas Jefferson Smith',
      },
      year: 1825,
      where: {
        en: 'A Decalogue of Canons for Observation in Practical Life, no. 10',
        es: 'decálogo de normas para la vida práctica, n.º 10',
        fr: '« Décalogue de préceptes pour la vie pratique », n° 10',
        de: 'Dekalog von Regeln für das praktische Leben, Nr. 10',
      },
    },
    source: 'quote-list',
    topics: ['calm', 'patience'],
  }),
  quote({
    // Checked: the poem's text as Lyrical Ballads (1798) printed it, lines 34–36: Project Gutenberg #9622 (Lyrical Ballads 1798,
    // read in GITenberg's copy) has a semicolon after “life”, kept here, and no comma after “unremembered”, which later revised
    // texts add. D. Miall's transcription (University of Alberta) agrees on the words but modernizes the punctuation (“life,”).
    id: 'q-wordsworth-acts-of-kindness',
    text: {
      en: '…that best portion of a good man’s life; / His little, nameless, unremembered acts / Of kindness and of love.',
      es: '…la mejor parte de la vida de un hombre bueno: / sus pequeños actos, sin nombre y olvidados, / de bondad y de amor.',
      fr: '…la meilleure part de la vie d’un homme de bien, / ses petits gestes anonymes et oubliés / de bonté et d’amour.',
      de: '…der beste Teil im Leben eines guten Menschen: / seine kleinen, namenlosen, vergessenen Taten / der Güte und der Liebe.',
    },
    author: 'William Wordsworth',
    provenance: {
      kind: 'cited',
      work: 'Lines Written a Few Miles above Tintern Abbey',
      year: 1798,
      where: {
        en: 'in Lyrical Ballads',
        es: 'en Lyrical Ballads',
        fr: 'dans Lyrical Ballads',
        de: 'aus den Lyrical Ballads',
      },
    },
    source: 'quote-list',
    topics: ['kindness'],
  }),
  quote({
    // Checked: the speech's text (NYT transcript), convocation address, Syracuse University, May 11, 2013.
    id: 'q-saunders-failures-kindness',
    text: {
      en: 'What I regret most in my life are failures of kindness.',
      es: 'Lo que más lamento en mi vida son mis faltas de bondad.',
      fr: 'Ce que je regrette le plus dans ma vie, ce sont mes manques de bonté.',
      de: 'Was ich in meinem Leben am meisten bereue, sind die Momente, in denen es mir an Güte gefehlt hat.',
    },
    author: 'George Saunders',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Convocation address, Syracuse University',
        es: 'Discurso de graduación, Universidad de Syracuse',
        fr: 'Discours de remise des diplômes, université de Syracuse',
        de: 'Rede zur Abschlussfeier, Syracuse University',
      },
      year: 2013,
      where: {
        en: 'published as Congratulations, by the way (2014)',
        es: 'publicado como Congratulations, by the way (2014)',
        fr: 'publié sous le titre Congratulations, by the way (2014)',
        de: 'erschienen als Congratulations, by the way (2014)',
      },
    },
    source: 'quote-list',
    topics: ['kindness'],
  }),
  quote({
    // Checked: the poem's text, “Song of Myself” (Leaves of Grass, 1855; words as in the 1881 edition, section 33; the same in the 1891–92 text, Project Gutenberg #1322).
    id: 'q-whitman-wounded-person',
    text: {
      en: 'I do not ask the wounded person how he feels, I myself become the wounded person.',
      es: 'No le pregunto al herido cómo se siente: yo mismo me convierto en el herido.',
      fr: 'Je ne demande pas au blessé comment il se sent : je deviens moi-même le blessé.',
      de: 'Ich frage den Verwundeten nicht, wie er sich fühlt – ich werde selbst zum Verwundeten.',
    },
    author: 'Walt Whitman',
    provenance: {
      kind: 'cited',
      work: 'Song of Myself',
      year: 1855,
      where: {
        en: 'Leaves of Grass; section 33 in later editions',
        es: 'Hojas de hierba; sección 33 en ediciones posteriores',
        fr: 'Feuilles d’herbe ; section 33 dans les éditions ultérieures',
        de: 'Grashalme; Abschnitt 33 in späteren Ausgaben',
      },
    },
    source: 'quote-list',
    topics: ['empathy'],
  }),
  quote({
    // Checked: the work's text, The Devil’s Dictionary (1911), entry “Patience” (Project Gutenberg #972, read in GITenberg's copy).
    id: 'q-bierce-minor-despair',
    text: {
      en: 'Patience, n. A minor form of despair, disguised as a virtue.',
      es: 'Paciencia, s. f. Forma menor de desesperación, disfrazada de virtud.',
      fr: 'Patience, n. f. Forme mineure du désespoir, déguisée en vertu.',
      de: 'Geduld, f. Eine mindere Form der Verzweiflung, als Tugend verkleidet.',
    },
    author: 'Ambrose Bierce',
    provenance: {
      kind: 'cited',
      work: 'The Devil’s Dictionary',
      year: 1911,
      where: {
        en: 'entry “Patience”',
        es: 'entrada «Patience»',
        fr: 'entrée « Patience »',
        de: 'Eintrag „Patience“',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'humor'],
  }),
  quote({
    // Checked: the talk's transcript, TED2017 “12 truths I learned from life and writing”, truth no. 2 (first posted on Facebook, April 2015).
    id: 'q-lamott-unplug-it',
    text: {
      en: 'Almost everything will work again if you unplug it for a few minutes, including you.',
      es: 'Casi todo vuelve a funcionar si lo desenchufas unos minutos. Tú también.',
      fr: 'Presque tout se remet à fonctionner si on le débranche quelques minutes. Vous y compris.',
      de: 'Fast alles funktioniert wieder, wenn man ein paar Minuten lang den Stecker zieht – auch Sie.',
    },
    author: 'Anne Lamott',
    provenance: {
      kind: 'cited',
      work: '12 truths I learned from life and writing',
      year: 2017,
      where: {
        en: 'TED talk, truth number two',
        es: 'charla TED, verdad número dos',
        fr: 'conférence TED, vérité numéro deux',
        de: 'TED-Vortrag, Wahrheit Nummer zwei',
      },
    },
    source: 'quote-list',
    topics: ['calm', 'self-care'],
  }),
  quote({
    // Checked: the book's text as quoted with title, Kitchen Table Wisdom: Stories That Heal (1996).
    id: 'q-remen-just-listen',
    text: {
      en: 'I suspect that the most basic and powerful way to connect to another person is to listen. Just listen. Perhaps the most important thing we ever give each other is our attention.',
      es: 'Sospecho que la forma más básica y poderosa de conectar con otra persona es escuchar. Solo escuchar. Quizá lo más importante que nos damos unos a otros sea nuestra atención.',
      fr: 'J’ai dans l’idée que la façon la plus simple et la plus puissante d’entrer en relation avec quelqu’un, c’est d’écouter. Simplement écouter. Ce que nous nous donnons de plus important les uns aux autres, c’est peut-être notre attention.',
      de: 'Ich vermute, der einfachste und wirksamste Weg, mit einem anderen Menschen in Verbindung zu treten, ist zuzuhören. Einfach zuzuhören. Vielleicht ist das Wichtigste, was wir einander je geben, unsere Aufmerksamkeit.',
    },
    author: 'Rachel Naomi Remen',
    provenance: { kind: 'cited', work: 'Kitchen Table Wisdom', year: 1996 },
    source: 'quote-list',
    topics: ['listening'],
  }),
  quote({
    // Checked: the book's text (quoted with page), The Road Less Traveled, part II “Love”, on the work of attention.
    id: 'q-peck-listening-hard-work',
    text: {
      en: 'Listening well is an exercise of attention and by necessity hard work.',
      es: 'Escuchar bien es un ejercicio de atención y, por fuerza, un trabajo duro.',
      fr: 'Bien écouter est un exercice d’attention, et donc forcément un travail exigeant.',
      de: 'Gut zuzuhören ist eine Übung in Aufmerksamkeit und darum zwangsläufig harte Arbeit.',
    },
    author: 'M. Scott Peck',
    provenance: {
      kind: 'cited',
      work: 'The Road Less Traveled',
      year: 1978,
      where: {
        en: 'part II, “Love”',
        es: 'segunda parte, «Love»',
        fr: 'deuxième partie, « Love »',
        de: 'Teil II, „Love“',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'patience'],
  }),
  quote({
    // Checked: the book's text (excerpt published by NPR, 2003), The World According to Mister Rogers.
    id: 'q-rogers-listening-gift',
    text: {
      en: 'More and more I’ve come to understand that listening is one of the most important things we can do for one another.',
      es: 'Cada vez entiendo mejor que escuchar es una de las cosas más importantes que podemos hacer los unos por los otros.',
      fr: 'Je comprends de plus en plus qu’écouter est l’une des choses les plus importantes que nous puissions faire les uns pour les autres.',
      de: 'Mehr und mehr habe ich begriffen, dass Zuhören eines der wichtigsten Dinge ist, die wir füreinander tun können.',
    },
    author: 'Fred Rogers',
    provenance: { kind: 'cited', work: 'The World According to Mister Rogers', year: 2003 },
    source: 'quote-list',
    topics: ['listening', 'kindness'],
  }),
  quote({
    // Checked: the article's text, “Monologue to the Maestro: A High Seas Letter”, Esquire, October 1935.
    id: 'q-hemingway-listen-completely',
    text: {
      en: 'When people talk listen completely. Don’t be thinking what you’re going to say. Most people never listen.',
      es: 'Cuando la gente hable, escucha por completo. No estés pensando en lo que vas a decir. La mayoría de la gente nunca escucha.',
      fr: 'Quand les gens parlent, écoutez-les pleinement. Ne pensez pas à ce que vous allez dire. La plupart des gens n’écoutent jamais.',
      de: 'Wenn jemand spricht, hören Sie voll und ganz zu. Denken Sie nicht schon darüber nach, was Sie gleich sagen wollen. Die meisten Menschen hören nie zu.',
    },
    author: 'Ernest Hemingway',
    provenance: {
      kind: 'cited',
      work: 'Monologue to the Maestro: A High Seas Letter',
      year: 1935,
      where: {
        en: 'Esquire, October 1935',
        es: 'Esquire, octubre de 1935',
        fr: 'Esquire, octobre 1935',
        de: 'Esquire, Oktober 1935',
      },
    },
    source: 'quote-list',
    topics: ['listening'],
  }),
  quote({
    // Checked: Paul Wilkins, Person-Centred Therapy (Routledge), quotes Rogers 1957 (Journal of Consulting Psychology 21)
    // for these words, ending at “quality”; the popular ending “—this is empathy” could not be confirmed from the paper, so the line stops there.
    id: 'q-rogers-as-if-quality',
    text: {
      en: 'To sense the client’s private world as if it were your own, but without ever losing the “as if” quality…',
      es: 'Percibir el mundo íntimo del cliente como si fuera el tuyo, pero sin perder nunca ese «como si»…',
      fr: 'Percevoir le monde intérieur du client comme si c’était le vôtre, sans jamais perdre ce « comme si »…',
      de: 'Die innere Welt des Klienten so wahrzunehmen, als wäre sie die eigene, ohne jemals das „Als-ob“ zu verlieren …',
    },
    author: 'Carl Rogers',
    provenance: {
      kind: 'cited',
      work: 'The Necessary and Sufficient Conditions of Therapeutic Personality Change',
      year: 1957,
      where: {
        en: 'in the Journal of Consulting Psychology',
        es: 'en el Journal of Consulting Psychology',
        fr: 'dans le Journal of Consulting Psychology',
        de: 'im Journal of Consulting Psychology',
      },
    },
    source: 'quote-list',
    topics: ['empathy'],
  }),
  quote({
    // Checked: the book's text (quoted with page 23), The Empathy Exams, title essay.
    id: 'q-jamison-choice-we-make',
    text: {
      en: 'Empathy isn’t just something that happens to us—a meteor shower of synapses firing across the brain—it’s also a choice we make: to pay attention, to extend ourselves.',
      es: 'La empatía no es solo algo que nos sucede —una lluvia de meteoritos de sinapsis que se disparan por el cerebro—; también es una elección: prestar atención, salir de nosotros mismos.',
      fr: 'L’empathie n’est pas seulement quelque chose qui nous arrive (une pluie d’étoiles filantes de synapses qui s’allument dans le cerveau) : c’est aussi un choix, celui de prêter attention, d’aller vers l’autre.',
      de: 'Empathie ist nicht nur etwas, das uns widerfährt – ein Meteorschauer von Synapsen, die im Gehirn feuern –, sie ist auch eine Entscheidung, die wir treffen: aufmerksam zu sein, über uns selbst hinauszugehen.',
    },
    author: 'Leslie Jamison',
    provenance: {
      kind: 'cited',
      work: 'The Empathy Exams',
      year: 2014,
      where: {
        en: 'title essay',
        es: 'ensayo que da título al libro',
        fr: 'essai éponyme',
        de: 'Titelessay',
      },
    },
    source: 'quote-list',
    topics: ['empathy'],
  }),
  quote({
    // Checked: the book's text (2nd ed.; book first published 1999), Nonviolent Communication, chapter 7 “Receiving Empathically”.
    id: 'q-rosenberg-respectful-understanding',
    text: {
      en: 'Empathy is a respectful understanding of what others are experiencing. Instead of offering empathy, we often have a strong urge to give advice or reassurance and to explain our own position or feeling.',
      es: 'La empatía es una comprensión respetuosa de lo que viven los demás. En lugar de ofrecer empatía, a menudo sentimos un fuerte impulso de dar consejos o tranquilizar, y de explicar nuestra propia postura o lo que sentimos.',
      fr: 'L’empathie est une compréhension respectueuse de ce que vivent les autres. Au lieu d’offrir de l’empathie, nous éprouvons souvent une forte envie de donner des conseils, de rassurer, d’expliquer notre propre position ou ce que nous ressentons.',
      de: 'Empathie ist ein respektvolles Verstehen dessen, was andere erleben. Statt Empathie zu schenken, verspüren wir oft den starken Drang, Ratschläge zu geben oder zu beruhigen und unseren eigenen Standpunkt oder unser Gefühl zu erklären.',
    },
    author: 'Marshall B. Rosenberg',
    provenance: {
      kind: 'cited',
      work: 'Nonviolent Communication: A Language of Life',
      year: 2003,
      where: {
        en: 'chapter 7, “Receiving Empathically”',
        es: 'capítulo 7, «Receiving Empathically»',
        fr: 'chapitre 7, « Receiving Empathically »',
        de: 'Kapitel 7, „Receiving Empathically“',
      },
    },
    source: 'quote-list',
    topics: ['empathy', 'respect', 'listening'],
  }),
  quote({
    // Checked: the book's text (quoted with page), How to Win Friends and Influence People, part 1, chapter 1.
    id: 'q-carnegie-any-fool',
    text: {
      en: 'Any fool can criticize, condemn and complain—and most fools do. But it takes character and self-control to be understanding and forgiving.',
      es: 'Cualquier tonto puede criticar, condenar y quejarse, y la mayoría de los tontos lo hace. Pero hace falta carácter y dominio de uno mismo para ser comprensivo y saber perdonar.',
      fr: 'N’importe quel imbécile peut critiquer, condamner et se plaindre, et la plupart ne s’en privent pas. Mais il faut du caractère et de la maîtrise de soi pour comprendre et pardonner.',
      de: 'Jeder Narr kann kritisieren, verurteilen und sich beklagen – und die meisten Narren tun es auch. Aber es gehören Charakter und Selbstbeherrschung dazu, verständnisvoll zu sein und zu verzeihen.',
    },
    author: 'Dale Carnegie',
    provenance: {
      kind: 'cited',
      work: 'How to Win Friends and Influence People',
      year: 1936,
      where: {
        en: 'part 1, chapter 1',
        es: 'primera parte, capítulo 1',
        fr: 'première partie, chapitre 1',
        de: 'Teil 1, Kapitel 1',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'empathy'],
  }),
  quote({
    // Checked: the book's text, How to Win Friends and Influence People, part 2, chapter 3 (1936 wording; revised editions read “a person’s name is to that person”).
    id: 'q-carnegie-sweetest-sound',
    text: {
      en: 'Remember that a man’s name is to him the sweetest and most important sound in any language.',
      es: 'Recuerda que, para cualquier persona, su nombre es el sonido más dulce e importante en cualquier idioma.',
      fr: 'Souvenez-vous que, pour chacun, son propre nom est le son le plus doux et le plus important, dans quelque langue que ce soit.',
      de: 'Denken Sie daran: Für jeden Menschen ist sein eigener Name der schönste und wichtigste Klang in jeder Sprache.',
    },
    author: 'Dale Carnegie',
    provenance: {
      kind: 'cited',
      work: 'How to Win Friends and Influence People',
      year: 1936,
      where: {
        en: 'part 2, chapter 3',
        es: 'segunda parte, capítulo 3',
        fr: 'deuxième partie, chapitre 3',
        de: 'Teil 2, Kapitel 3',
      },
    },
    source: 'quote-list',
    topics: ['respect', 'communication'],
  }),
  quote({
    // Checked: the book's text (quoted with page 239, 2004 ed.), The 7 Habits of Highly Effective People, Habit 5.
    id: 'q-covey-intent-to-reply',
    text: {
      en: 'Most people do not listen with the intent to understand; they listen with the intent to reply.',
      es: 'La mayoría de la gente no escucha con la intención de comprender, sino con la intención de responder.',
      fr: 'La plupart des gens n’écoutent pas dans l’intention de comprendre ; ils écoutent dans l’intention de répondre.',
      de: 'Die meisten Menschen hören nicht zu, um zu verstehen; sie hören zu, um zu antworten.',
    },
    author: 'Stephen R. Covey',
    provenance: {
      kind: 'cited',
      work: 'The 7 Habits of Highly Effective People',
      year: 1989,
      where: { en: 'Habit 5', es: 'hábito 5', fr: 'habitude 5', de: 'Gewohnheit 5' },
    },
    source: 'quote-list',
    topics: ['listening'],
  }),
  quote({
    // Checked: the book's text, The 7 Habits of Highly Effective People, title of Habit 5.
    // French, German: ours, not the habit's title in the French and German editions (“Cherchez d’abord à comprendre, ensuite à être compris”, „Erst verstehen, dann verstanden werden“), whose translators we could not name.
    id: 'q-covey-seek-first',
    text: {
      en: 'Seek first to understand, then to be understood.',
      es: 'Busca primero entender y después ser entendido.',
      fr: 'Cherchez à comprendre avant de chercher à être compris.',
      de: 'Suchen Sie zuerst zu verstehen, dann verstanden zu werden.',
    },
    author: 'Stephen R. Covey',
    provenance: {
      kind: 'cited',
      work: 'The 7 Habits of Highly Effective People',
      year: 1989,
      where: {
        en: 'title of Habit 5',
        es: 'título del hábito 5',
        fr: 'intitulé de l’habitude 5',
        de: 'Titel der Gewohnheit 5',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'empathy'],
  }),
  quote({
    // Checked: the novel's text (Project Gutenberg #883), Our Mutual Friend, book 3, chapter 9; “…” drops “retorted the Secretary”.
    id: 'q-dickens-lightens-burden',
    text: {
      en: 'No one is useless in this world … who lightens the burden of it for any one else.',
      es: 'Nadie es inútil en este mundo… si le aligera a alguien la carga.',
      fr: 'Nul n’est inutile en ce monde […] qui allège pour quelqu’un le fardeau de l’existence.',
      de: 'Niemand ist nutzlos auf dieser Welt … der einem anderen die Last des Lebens erleichtert.',
    },
    author: 'Charles Dickens',
    provenance: {
      kind: 'cited',
      work: 'Our Mutual Friend',
      year: 1865,
      where: {
        en: 'book 3, chapter 9',
        es: 'libro tercero, capítulo 9',
        fr: 'livre III, chapitre 9',
        de: 'Buch 3, Kapitel 9',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'humanity'],
  }),
  quote({
    // Checked: QI 2010-06-29 (“Be Kind; Everyone You Meet is Fighting a Hard Battle”): not Plato or Philo; the earliest form is
    // Ian Maclaren's Christmas message to readers of The British Weekly, reported in 1897–98 as “Be pitiful, for every man is fighting
    // a hard battle”; this wording is a later modernization, so attributed to him.
    id: 'q-maclaren-hard-battle',
    text: {
      en: 'Be kind, for everyone you meet is fighting a hard battle.',
      es: 'Sé amable, porque cada persona que conoces está librando una dura batalla.',
      fr: 'Soyez bienveillant, car chaque personne que vous croisez mène un dur combat.',
      de: 'Seien Sie freundlich, denn jeder, dem Sie begegnen, kämpft einen schweren Kampf.',
    },
    author: 'Ian Maclaren',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['kindness', 'empathy'],
  }),
  quote({
    // Checked: the address's text, “Aequanimitas”, valedictory address, University of Pennsylvania, May 1, 1889. The
    // sentence goes on (“…grave peril, immobility, impassiveness, or, to use an old and expressive word, phlegm.”).
    id: 'q-osler-imperturbability',
    text: {
      en: 'Imperturbability means coolness and presence of mind under all circumstances, calmness amid storm, clearness of judgment in moments of grave peril.',
      es: 'La imperturbabilidad es sangre fría y presencia de ánimo en cualquier circunstancia, calma en medio de la tormenta, claridad de juicio en los momentos de grave peligro.',
      fr: 'L’imperturbabilité, c’est le sang-froid et la présence d’esprit en toutes circonstances, le calme dans la tempête, la clarté du jugement aux heures de grand péril.',
      de: 'Unerschütterlichkeit bedeutet Gelassenheit und Geistesgegenwart unter allen Umständen, Ruhe im Sturm, Klarheit des Urteils in Augenblicken großer Gefahr.',
    },
    author: 'William Osler',
    provenance: {
      kind: 'cited',
      work: 'Aequanimitas',
      year: 1889,
      where: {
        en: 'valedictory address, University of Pennsylvania',
        es: 'discurso de despedida, Universidad de Pensilvania',
        fr: 'discours d’adieu, université de Pennsylvanie',
        de: 'Abschiedsrede an der University of Pennsylvania',
      },
    },
    source: 'quote-list',
    topics: ['calm'],
  }),
  quote({
    // Checked: the book's text (Project Gutenberg #4507), As a Man Thinketh, chapter “Serenity”.
    id: 'q-allen-calmness-jewel',
    text: {
      en: 'Calmness of mind is one of the beautiful jewels of wisdom. It is the result of long and patient effort in self-control.',
      es: 'La calma de la mente es una de las hermosas joyas de la sabiduría. Es fruto de un largo y paciente esfuerzo de dominio de uno mismo.',
      fr: 'Le calme de l’esprit est l’un des beaux joyaux de la sagesse. Il est le fruit d’un long et patient effort de maîtrise de soi.',
      de: 'Die Ruhe des Geistes ist eines der schönen Juwelen der Weisheit. Sie ist das Ergebnis langer, geduldiger Übung in Selbstbeherrschung.',
    },
    author: 'James Allen',
    provenance: {
      kind: 'cited',
      work: 'As a Man Thinketh',
      year: 1903,
      where: {
        en: 'chapter “Serenity”',
        es: 'capítulo «Serenity»',
        fr: 'chapitre « Serenity »',
        de: 'Kapitel „Serenity“',
      },
    },
    source: 'quote-list',
    topics: ['calm', 'patience'],
  }),
  quote({
    // Checked: the book's text (quoted with page 61), The Conquest of Happiness, chapter 5 “Fatigue”.
    id: 'q-russell-terribly-important',
    text: {
      en: 'One of the symptoms of approaching nervous breakdown is the belief that one’s work is terribly important, and that to take a holiday would bring all kinds of disaster.',
      es: 'Uno de los síntomas de una crisis nerviosa inminente es creer que el propio trabajo es tremendamente importante y que tomarse unas vacaciones traería todo tipo de desastres.',
      fr: 'L’un des symptômes d’une dépression nerveuse imminente est la conviction que son travail est terriblement important et que prendre des vacances provoquerait toutes sortes de catastrophes.',
      de: 'Eines der Symptome eines nahenden Nervenzusammenbruchs ist der Glaube, die eigene Arbeit sei ungeheuer wichtig und ein Urlaub würde alle möglichen Katastrophen auslösen.',
    },
    author: 'Bertrand Russell',
    provenance: {
      kind: 'cited',
      work: 'The Conquest of Happiness',
      year: 1930,
      where: {
        en: 'chapter 5, “Fatigue”',
        es: 'capítulo 5, «El cansancio»',
        fr: 'chapitre 5, « La fatigue »',
        de: 'Kapitel 5, „Ermüdung“',
      },
    },
    source: 'quote-list',
    topics: ['calm', 'self-care', 'humor'],
  }),
  quote({
    // Checked: the essay's text (as quoted by WIRED and The Marginalian), “Telling Is Listening”, in The Wave in the Mind.
    id: 'q-leguin-listening-connection',
    text: {
      en: 'Listening is not a reaction, it is a connection. Listening to a conversation or a story, we don’t so much respond as join in—become part of the action.',
      es: 'Escuchar no es una reacción, es una conexión. Cuando escuchamos una conversación o una historia, más que responder, nos sumamos: pasamos a formar parte de la acción.',
      fr: 'Écouter n’est pas une réaction, c’est une connexion. Quand nous écoutons une conversation ou une histoire, nous ne répondons pas tant que nous y prenons part : nous entrons dans l’action.',
      de: 'Zuhören ist keine Reaktion, sondern eine Verbindung. Wenn wir einem Gespräch oder einer Geschichte zuhören, antworten wir weniger, als dass wir mitmachen – wir werden Teil des Geschehens.',
    },
    author: 'Ursula K. Le Guin',
    provenance: {
      kind: 'cited',
      work: 'The Wave in the Mind',
      year: 2004,
      where: {
        en: 'essay “Telling Is Listening”',
        es: 'ensayo «Telling Is Listening»',
        fr: 'essai « Telling Is Listening »',
        de: 'Essay „Telling Is Listening“',
      },
    },
    source: 'quote-list',
    topics: ['listening'],
  }),
  quote({
    // Checked: the talk's words as used in the RSA Short “Brené Brown on Empathy” (2013), from her RSA lecture “The Power of Vulnerability”.
    id: 'q-brown-rarely-a-response',
    text: {
      en: 'Rarely can a response make something better. What makes something better is connection.',
      es: 'Rara vez una respuesta mejora las cosas. Lo que las mejora es la conexión.',
      fr: 'Il est rare qu’une réponse arrange les choses. Ce qui les arrange, c’est le lien.',
      de: 'Selten macht eine Antwort etwas besser. Besser macht es die Verbindung.',
    },
    author: 'Brené Brown',
    provenance: {
      kind: 'cited',
      work: 'The Power of Vulnerability',
      year: 2013,
      where: {
        en: 'lecture at the RSA, London',
        es: 'conferencia en la RSA, Londres',
        fr: 'conférence à la RSA, Londres',
        de: 'Vortrag bei der RSA, London',
      },
    },
    source: 'quote-list',
    topics: ['empathy'],
  }),
  quote({
    // Checked: the book's text (quoted with page 8), Upstream: Selected Essays, title essay “Upstream”.
    id: 'q-oliver-attention-devotion',
    text: {
      en: 'Attention is the beginning of devotion.',
      es: 'La atención es el principio de la devoción.',
      fr: 'L’attention est le commencement de la dévotion.',
      de: 'Aufmerksamkeit ist der Anfang der Hingabe.',
    },
    author: 'Mary Oliver',
    provenance: {
      kind: 'cited',
      work: 'Upstream: Selected Essays',
      year: 2016,
      where: {
        en: 'essay “Upstream”',
        es: 'ensayo «Upstream»',
        fr: 'essai « Upstream »',
        de: 'Essay „Upstream“',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'respect'],
  }),
  quote({
    // Checked: Wikiquote via Quotepark: a 1938 journal entry known only as quoted by Susan Shillinglaw in her introduction
    // to Of Mice and Men (Penguin, 1994), p. vii; the journal itself was not seen, so the citation names where it is quoted.
    id: 'q-steinbeck-understand-men',
    text: {
      en: 'Try to understand men, if you understand each other you will be kind to each other. Knowing a man well never leads to hate and nearly always leads to love.',
      es: 'Intenta comprender a las personas: si nos comprendemos, seremos amables unos con otros. Conocer bien a alguien nunca lleva al odio y casi siempre lleva al amor.',
      fr: 'Essayez de comprendre les hommes : si vous vous comprenez les uns les autres, vous serez bons les uns envers les autres. Bien connaître quelqu’un ne mène jamais à la haine et mène presque toujours à l’amour.',
      de: 'Versuchen Sie, die Menschen zu verstehen: Wenn wir einander verstehen, werden wir gut zueinander sein. Einen Menschen gut zu kennen, führt nie zu Hass und fast immer zu Liebe.',
    },
    author: 'John Steinbeck',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Journal entry',
        es: 'Anotación en su diario',
        fr: 'Note de son journal',
        de: 'Tagebucheintrag',
      },
      year: 1938,
      where: {
        en: 'as quoted by Susan Shillinglaw, introduction to Of Mice and Men (1994), p. vii',
        es: 'citada por Susan Shillinglaw en la introducción de Of Mice and Men (1994), pág. vii',
        fr: 'citée par Susan Shillinglaw dans l’introduction de Of Mice and Men (1994), p. vii',
        de: 'zitiert von Susan Shillinglaw in der Einleitung zu Of Mice and Men (1994), S. vii',
      },
    },
    source: 'quote-list',
    topics: ['empathy', 'kindness'],
  }),
  quote({
    // Checked: the essay's text, Optimism: An Essay (T. Y. Crowell, 1903), part I: the line ends a sentence that begins
    // “It lets us into the soul of things and teaches us that although…”.
    id: 'q-keller-overcoming-it',
    text: {
      en: 'Although the world is full of suffering, it is full also of the overcoming of it.',
      es: 'Aunque el mundo está lleno de sufrimiento, también está lleno de victorias sobre él.',
      fr: 'Bien que le monde soit plein de souffrance, il est plein aussi de souffrances surmontées.',
      de: 'Obwohl die Welt voller Leid ist, ist sie auch voll von seiner Überwindung.',
    },
    author: 'Helen Keller',
    provenance: {
      kind: 'cited',
      work: 'Optimism',
      year: 1903,
      where: {
        en: 'part I, “Optimism Within”',
        es: 'primera parte, «Optimism Within»',
        fr: 'première partie, « Optimism Within »',
        de: 'Teil I, „Optimism Within“',
      },
    },
    source: 'quote-list',
    topics: ['humanity', 'perseverance'],
  }),
  quote({
    // Checked: the poem's text in Poems by Emily Dickinson (Roberts Brothers, 1890), “Life” section, VI, untitled there
    // (Project Gutenberg text, Amherst-Statistics/DickinsonPoems): “If I can stop one heart from breaking, / I shall not live in vain;”.
    id: 'q-dickinson-one-heart',
    text: {
      en: 'If I can stop one heart from breaking, / I shall not live in vain.',
      es: 'Si puedo evitar que un corazón se rompa, / no habré vivido en vano.',
      fr: 'Si je peux empêcher un cœur de se briser, / je n’aurai pas vécu en vain.',
      de: 'Kann ich ein Herz vor dem Brechen bewahren, / so lebe ich nicht umsonst.',
    },
    author: 'Emily Dickinson',
    provenance: {
      kind: 'cited',
      work: 'If I can stop one heart from breaking',
      year: 1890,
      where: {
        en: 'Poems (1890), “Life” section, VI',
        es: 'Poems (1890), sección «Life», VI',
        fr: 'Poems (1890), section « Life », VI',
        de: 'Poems (1890), Abschnitt „Life“, VI',
      },
    },
    source: 'quote-list',
    topics: ['kindness'],
  }),
  quote({
    // Checked: the almanac's own June page for 1736 (the proverb runs down the margin of 2–6 June), reproduced in facsimile
    // in Frank Woodworth Pine's edition of the Autobiography (1916; Project Gutenberg #20203, read in GITenberg's copy); Wikiquote lists it under 1736.
    id: 'q-franklin-patience-will',
    text: {
      en: 'He that can have Patience, can have what he will.',
      es: 'Quien sabe tener paciencia puede tener lo que quiera.',
      fr: 'Qui sait avoir de la patience peut avoir ce qu’il veut.',
      de: 'Wer Geduld haben kann, kann haben, was er will.',
    },
    author: 'Benjamin Franklin',
    provenance: {
      kind: 'cited',
      work: 'Poor Richard’s Almanack',
      year: 1736,
      where: {
        en: 'almanac for 1736, June',
        es: 'almanaque de 1736, junio',
        fr: 'almanach de 1736, juin',
        de: 'Almanach für 1736, Juni',
      },
    },
    source: 'quote-list',
    topics: ['patience'],
  }),
  quote({
    // Checked: Wikiquote, Poor Richard’s Almanack, 1734.
    id: 'q-franklin-anger-shame',
    text: {
      en: 'Take this remark from Richard poor and lame, / Whate’er’s begun in anger ends in shame.',
      es: 'Toma este consejo del pobre y cojo Richard: / lo que empieza con ira acaba en vergüenza.',
      fr: 'Retenez ce conseil de Richard, pauvre et boiteux : / tout ce qui commence dans la colère finit dans la honte.',
      de: 'Nehmen Sie vom armen, lahmen Richard diesen Rat: / Was im Zorn beginnt, endet in Scham.',
    },
    author: 'Benjamin Franklin',
    provenance: {
      kind: 'cited',
      work: 'Poor Richard’s Almanack',
      year: 1734,
      where: {
        en: 'almanac for 1734',
        es: 'almanaque de 1734',
        fr: 'almanach de 1734',
        de: 'Almanach für 1734',
      },
    },
    source: 'quote-list',
    topics: ['calm'],
  }),
  quote({
    // Checked: the poem's text, “A Psalm of Life” (1838), last stanza (Project Gutenberg #1365, the Complete Poetical Works, read in GITenberg's copy).
    id: 'q-longfellow-labor-wait',
    text: {
      en: 'Let us, then, be up and doing, / With a heart for any fate; / Still achieving, still pursuing, / Learn to labor and to wait.',
      es: 'Pongámonos, pues, en pie y en marcha, / con ánimo para cualquier destino; / logrando siempre, buscando siempre, / aprendamos a trabajar y a esperar.',
      fr: 'Levons-nous donc et agissons, / le cœur prêt à tout destin ; / accomplissant sans cesse, poursuivant toujours, / apprenons à œuvrer et à attendre.',
      de: 'So lasst uns denn ans Werk gehen, / mutig jedem Los entgegen; / stets vollbringend, stets erstrebend, / lernen, zu schaffen und zu warten.',
    },
    author: 'Henry Wadsworth Longfellow',
    provenance: {
      kind: 'cited',
      work: 'A Psalm of Life',
      year: 1838,
      where: {
        en: 'last stanza',
        es: 'última estrofa',
        fr: 'dernière strophe',
        de: 'letzte Strophe',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'perseverance'],
  }),
  quote({
    // Checked: QI (“Finish Every Day and Be Done With It”): letter to his daughter Ellen, April 8, 1854 (Letters, ed. Rusk, vol. 4); words exact, “&” and run-on punctuation normalized.
    id: 'q-emerson-new-day',
    text: {
      en: 'You have done what you could—some blunders and absurdities no doubt crept in; forget them as fast as you can. Tomorrow is a new day.',
      es: 'Hiciste lo que pudiste; sin duda se colaron algunos errores y disparates: olvídalos cuanto antes. Mañana es un nuevo día.',
      fr: 'Tu as fait ce que tu pouvais ; quelques bévues et absurdités se sont sans doute glissées : oublie-les au plus vite. Demain est un autre jour.',
      de: 'Du hast getan, was du konntest; gewiss haben sich ein paar Schnitzer und Ungereimtheiten eingeschlichen – vergiss sie so schnell wie möglich. Morgen ist ein neuer Tag.',
    },
    author: 'Ralph Waldo Emerson',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to his daughter Ellen',
        es: 'Carta a su hija Ellen',
        fr: 'Lettre à sa fille Ellen',
        de: 'Brief an seine Tochter Ellen',
      },
      year: 1854,
      where: {
        en: '8 April 1854',
        es: '8 de abril de 1854',
        fr: '8 avril 1854',
        de: '8. April 1854',
      },
    },
    source: 'quote-list',
    topics: ['self-care', 'calm'],
  }),
  quote({
    // Checked: QI 2012-12-21: notebook entry of November 1896, printed in Mark Twain’s Notebook (1935), p. 310.
    id: 'q-twain-cheer-somebody',
    text: {
      en: 'The best way to cheer yourself is to try to cheer somebody else up.',
      es: 'La mejor manera de animarte es intentar animar a otra persona.',
      fr: 'Le meilleur moyen de se remonter le moral, c’est d’essayer de remonter celui de quelqu’un d’autre.',
      de: 'Am besten heitert man sich selbst auf, indem man versucht, jemand anderen aufzuheitern.',
    },
    author: 'Mark Twain',
    provenance: {
      kind: 'cited',
      work: 'Mark Twain’s Notebook',
      year: 1935,
      where: {
        en: 'notebook entry, November 1896',
        es: 'anotación de noviembre de 1896',
        fr: 'note de novembre 1896',
        de: 'Notiz vom November 1896',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'humor'],
  }),
  quote({
    // Checked: the essay's text, “Self-Reliance” (Essays: First Series, 1841), closing lines (Project Gutenberg #2944, read in GITenberg's copy).
    id: 'q-emerson-peace-yourself',
    text: {
      en: 'Nothing can bring you peace but yourself.',
      es: 'Nada puede darte paz salvo tú mismo.',
      fr: 'Rien ne peut vous apporter la paix, hormis vous-même.',
      de: 'Nichts kann Ihnen Frieden bringen außer Sie selbst.',
    },
    author: 'Ralph Waldo Emerson',
    provenance: {
      kind: 'cited',
      work: 'Self-Reliance',
      year: 1841,
      where: {
        en: 'closing lines',
        es: 'últimas líneas',
        fr: 'dernières lignes',
        de: 'Schlusszeilen',
      },
    },
    source: 'quote-list',
    topics: ['calm'],
  }),
  quote({
    // Checked: the novel's text, Howards End, chapter 22 (Margaret Schlegel; Project Gutenberg #2946, read in GITenberg's copy).
    id: 'q-forster-only-connect',
    text: {
      en: 'Only connect! That was the whole of her sermon.',
      es: '¡Solo conectar! Ese era todo su sermón.',
      fr: 'Relier, seulement ! C’était là tout son sermon.',
      de: 'Nur verbinden! Das war ihre ganze Predigt.',
    },
    author: 'E. M. Forster',
    provenance: {
      kind: 'cited',
      work: 'Howards End',
      year: 1910,
      where: { en: 'chapter 22', es: 'capítulo 22', fr: 'chapitre 22', de: 'Kapitel 22' },
    },
    source: 'quote-list',
    topics: ['humanity', 'communication'],
  }),
  quote({
    // Checked: Wikiquote, Charles Lamb (lead quote), from “Table Talk by the late Elia”, The Athenæum, 4 January 1834, and
    // the Athenæum text as reprinted in Lamb's Works (p. 700), with its comma after “know”.
    id: 'q-lamb-good-action-stealth',
    text: {
      en: 'The greatest pleasure I know, is to do a good action by stealth, and to have it found out by accident.',
      es: 'El mayor placer que conozco es hacer una buena acción a escondidas y que se descubra por casualidad.',
      fr: 'Le plus grand plaisir que je connaisse est de faire une bonne action en cachette et de la voir découverte par hasard.',
      de: 'Das größte Vergnügen, das ich kenne, ist, heimlich eine gute Tat zu tun und sie zufällig entdeckt zu sehen.',
    },
    author: 'Charles Lamb',
    provenance: {
      kind: 'cited',
      work: 'Table Talk by the late Elia',
      year: 1834,
      where: {
        en: 'in The Athenæum, 4 January 1834',
        es: 'en The Athenæum, 4 de enero de 1834',
        fr: 'dans The Athenæum, 4 janvier 1834',
        de: 'erschienen im Athenæum, 4. Januar 1834',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'humor'],
  }),
  quote({
    // Checked: QI 2012-04-30: not found in her writings; first credited to her in Reader’s Digest (1940), likely condensed from her 1935 remark on a “snub”, so attributed.
    id: 'q-roosevelt-without-consent',
    text: {
      en: 'No one can make you feel inferior without your consent.',
      es: 'Nadie puede hacerte sentir inferior sin tu consentimiento.',
      fr: 'Personne ne peut vous donner un sentiment d’infériorité sans votre consentement.',
      de: 'Niemand kann Ihnen ohne Ihre Zustimmung das Gefühl geben, minderwertig zu sein.',
    },
    author: 'Eleanor Roosevelt',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['respect', 'calm'],
  }),
  quote({
    // Checked: the poem's text, “Human Family”, in I Shall Not Be Moved (1990), refrain.
    id: 'q-angelou-more-alike',
    text: {
      en: 'We are more alike, my friends, than we are unalike.',
      es: 'Nos parecemos más, amigos míos, de lo que nos diferenciamos.',
      fr: 'Nous nous ressemblons plus, mes amis, que nous ne différons.',
      de: 'Wir sind einander ähnlicher, meine Freunde, als wir verschieden sind.',
    },
    author: 'Maya Angelou',
    provenance: {
      kind: 'cited',
      work: 'Human Family',
      year: 1990,
      where: {
        en: 'in I Shall Not Be Moved',
        es: 'en I Shall Not Be Moved',
        fr: 'dans I Shall Not Be Moved',
        de: 'aus I Shall Not Be Moved',
      },
    },
    source: 'quote-list',
    topics: ['humanity', 'respect'],
  }),
];
