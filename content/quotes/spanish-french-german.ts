import { type QuoteProvenance, quote } from '../define';

/** Citations several quotes below share, written once so that a correction reaches them all. */
const QUIJOTE_COUNSELS_TO_SANCHO: QuoteProvenance = {
  kind: 'cited',
  work: 'Segunda parte del ingenioso caballero don Quijote de la Mancha',
  year: 1615,
  where: {
    en: 'chapter 42',
    es: 'capítulo XLII',
    fr: 'chapitre XLII',
    de: 'Kapitel 42',
  },
};

const PETIT_PRINCE_THE_FOX: QuoteProvenance = {
  kind: 'cited',
  work: 'Le Petit Prince',
  year: 1943,
  where: { en: 'chapter 21', es: 'capítulo XXI', fr: 'chapitre XXI', de: 'Kapitel 21' },
};

const THE_LION_AND_THE_RAT: QuoteProvenance = {
  kind: 'cited',
  work: 'Fables choisies mises en vers',
  year: 1668,
  where: {
    en: 'book II, fable 11, “The Lion and the Rat”',
    es: 'libro II, fábula 11, «El león y el ratón»',
    fr: 'livre II, fable 11, « Le Lion et le Rat »',
    de: 'Buch II, Fabel 11, „Der Löwe und die Ratte“',
  },
};

const OTTILIES_DIARY: QuoteProvenance = {
  kind: 'cited',
  work: 'Die Wahlverwandtschaften',
  year: 1809,
  where: {
    en: 'part II, from Ottilie’s diary',
    es: 'segunda parte, del diario de Otilia',
    fr: 'deuxième partie, journal d’Odile',
    de: 'Zweiter Teil, aus Ottiliens Tagebuch',
  },
};

/** Quotes first written in Spanish, French or German, each with its original words and three translations. */
export const SPANISH_FRENCH_GERMAN_QUOTES = [
  // ——— Spanish originals ———
  quote({
    // Checked: Nuevas canciones, "Proverbios y cantares" (to Ortega y Gasset), II — copies of the section text (ec2 Machado edition, docelibros.com excerpt, scribd); punctuation as in the section text.
    id: 'q-machado-ask-then-listen',
    text: {
      en: 'To have a dialogue, / ask first; / then… listen.',
      es: 'Para dialogar, / preguntad, primero; / después… escuchad.',
      fr: 'Pour dialoguer, / questionnez d’abord ; / ensuite… écoutez.',
      de: 'Um ein Gespräch zu führen, / fragt zuerst; / dann … hört zu.',
    },
    original: 'es',
    author: 'Antonio Machado',
    provenance: {
      kind: 'cited',
      work: 'Nuevas canciones',
      year: 1924,
      where: {
        en: '“Proverbios y cantares” section, II',
        es: 'sección «Proverbios y cantares», II',
        fr: 'section « Proverbios y cantares », II',
        de: 'Abschnitt „Proverbios y cantares“, II',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'communication'],
  }),
  quote({
    // Checked: Nuevas canciones, "Proverbios y cantares" — quoted among the section's poems (docelibros.com excerpt of Nuevas canciones).
    id: 'q-machado-your-truth',
    text: {
      en: 'Your truth? No, the Truth, / and come with me to look for it. / Yours, you can keep.',
      es: '¿Tu verdad? No, la Verdad, / y ven conmigo a buscarla. / La tuya, guárdatela.',
      fr: 'Ta vérité ? Non, la Vérité, / et viens la chercher avec moi. / La tienne, garde-la.',
      de: 'Deine Wahrheit? Nein, die Wahrheit, / und komm mit mir, sie zu suchen. / Die deine behalte für dich.',
    },
    original: 'es',
    author: 'Antonio Machado',
    provenance: {
      kind: 'cited',
      work: 'Nuevas canciones',
      year: 1924,
      where: {
        en: '“Proverbios y cantares” section',
        es: 'sección «Proverbios y cantares»',
        fr: 'section « Proverbios y cantares »',
        de: 'Abschnitt „Proverbios y cantares“',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'respect'],
  }),
  quote({
    // Checked: Campos de Castilla, "Proverbios y cantares" XXIX — full text of the poem (nossacasa.net, poemas.uned.es collection of the section).
    id: 'q-machado-path-by-walking',
    text: {
      en: 'Traveler, there is no road; / the road is made by walking.',
      es: 'Caminante, no hay camino, / se hace camino al andar.',
      fr: 'Voyageur, il n’y a pas de chemin, / le chemin se fait en marchant.',
      de: 'Wanderer, es gibt keinen Weg, / der Weg entsteht im Gehen.',
    },
    original: 'es',
    author: 'Antonio Machado',
    provenance: {
      kind: 'cited',
      work: 'Campos de Castilla',
      year: 1912,
      where: {
        en: '“Proverbios y cantares”, XXIX',
        es: '«Proverbios y cantares», XXIX',
        fr: '« Proverbios y cantares », XXIX',
        de: '„Proverbios y cantares“, XXIX',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // Checked: Campos de Castilla, "Proverbios y cantares" XXXVII — numbered text of the section (scribd "ProverbiosCantares"); two more numbered copies
    // (apeiron.tupacalos.es "Poetas 58", josechovia2 blog), which give XXIX to "Caminante…" and XLIV to "Todo pasa…", agree.
    id: 'q-machado-cup-for-brother',
    text: {
      en: 'You say nothing is created? / Never mind; with the clay / of the earth, make a cup / so your brother can drink.',
      es: '¿Dices que nada se crea? / No te importe, con el barro / de la tierra, haz una copa / para que beba tu hermano.',
      fr: 'Tu dis que rien ne se crée ? / Peu importe : avec l’argile / de la terre, fais une coupe / où ton frère pourra boire.',
      de: 'Du sagst, nichts werde geschaffen? / Einerlei: Forme aus dem Lehm / der Erde einen Becher, / aus dem dein Bruder trinken kann.',
    },
    original: 'es',
    author: 'Antonio Machado',
    provenance: {
      kind: 'cited',
      work: 'Campos de Castilla',
      year: 1912,
      where: {
        en: '“Proverbios y cantares”, XXXVII',
        es: '«Proverbios y cantares», XXXVII',
        fr: '« Proverbios y cantares », XXXVII',
        de: '„Proverbios y cantares“, XXXVII',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'humanity'],
  }),
  quote({
    // Checked: only quote sites and copied lists (wording varies: "que el hacer…" / "el hacer…"); no primary text found in two searches, so attributed.
    id: 'q-machado-slowly-and-well',
    text: {
      en: 'Slowly, in a neat hand: doing things well matters more than doing them.',
      es: 'Despacito y buena letra: el hacer las cosas bien importa más que el hacerlas.',
      fr: 'Doucement, et d’une belle écriture : bien faire les choses importe plus que de les faire.',
      de: 'Schön langsam und in sauberer Schrift: Die Dinge gut zu machen ist wichtiger, als sie überhaupt zu machen.',
    },
    original: 'es',
    author: 'Antonio Machado',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['patience', 'attitude'],
  }),
  quote({
    // Checked: Oráculo manual y arte de prudencia, aphorism 52 "Nunca descomponerse" — full text (tititudorancea.com edition; aglapertu blog quoting it as no. 52).
    // English: Joseph Jacobs's translation (1892), The Art of Worldly Wisdom, maxim lii.
    id: 'q-gracian-never-lose-composure',
    text: {
      en: 'Never be put out. ’Tis a great aim of prudence never to be embarrassed.',
      es: 'Nunca descomponerse. Gran asunto de la cordura, nunca desbaratarse.',
      fr: 'Ne jamais perdre contenance. C’est une grande affaire de la sagesse que de ne jamais se laisser démonter.',
      de: 'Nie die Fassung verlieren. Es ist eine große Sache der Klugheit, sich nie aus der Ruhe bringen zu lassen.',
    },
    original: 'es',
    translators: { en: 'Joseph Jacobs' },
    author: 'Baltasar Gracián',
    provenance: {
      kind: 'cited',
      work: 'Oráculo manual y arte de prudencia',
      year: 1647,
      where: { en: 'aphorism 52', es: 'aforismo 52', fr: 'aphorisme 52', de: 'Aphorismus 52' },
    },
    source: 'quote-list',
    topics: ['calm', 'self-care'],
  }),
  quote({
    // Checked: Oráculo manual, aphorism 70 "Saber negar" — full text (diariosalud.net transcription; angelmones blog).
    // English: Joseph Jacobs's translation (1892), The Art of Worldly Wisdom, maxim lxx "Know how to Refuse".
    // French: Amelot de La Houssaie's L'Homme de cour (1684), fr.wikisource scan p. 41 (corrected page).
    id: 'q-gracian-golden-no',
    text: {
      en: 'Some men’s No is thought more of than the Yes of others: for a gilded No is more satisfactory than a dry Yes.',
      es: 'Más se estima el no de algunos que el sí de otros, porque un no dorado satisface más que un sí a secas.',
      fr: 'Un non de quelques-uns est mieux reçu qu’un oui de quelques autres, parce qu’un non assaisonné de civilité contente plus qu’un oui de mauvaise grâce.',
      de: 'Das Nein mancher Menschen schätzt man mehr als das Ja anderer, denn ein vergoldetes Nein stellt mehr zufrieden als ein dürres Ja.',
    },
    original: 'es',
    translators: { en: 'Joseph Jacobs', fr: 'Amelot de La Houssaie' },
    author: 'Baltasar Gracián',
    provenance: {
      kind: 'cited',
      work: 'Oráculo manual y arte de prudencia',
      year: 1647,
      where: {
        en: 'aphorism 70, “Know how to Refuse”',
        es: 'aforismo 70, «Saber negar»',
        fr: 'aphorisme 70, « Savoir refuser »',
        de: 'Aphorismus 70, „Nein sagen können“',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'respect'],
  }),
  quote({
    // Checked: Oráculo manual, aphorism 105 "No cansar" — text in 1647 spelling (losmedioscomometaforas blog); spelling modernized ("vezes" → "veces").
    // French: Amelot de La Houssaie's L'Homme de cour (1684), fr.wikisource scan p. 61 (corrected page). German: Schopenhauer's translation (1862), no. 105 on handorakel.de, which gives his text and his title, „Nicht lästig seyn“ (spelling modernized in the citation).
    // English: ours. Joseph Jacobs's translation (1892), maxim cv "Don't be a Bore" (the Literature Network's text on balthasargracian.com), has only "Good things, when short, are twice as good.": the half on bad things is not in it.
    id: 'q-gracian-brief-twice-good',
    text: {
      en: 'Good things, when brief, are twice as good; and even bad things, if short, are not so bad.',
      es: 'Lo bueno, si breve, dos veces bueno; y aun lo malo, si poco, no tan malo.',
      fr: 'Ce qui est bon est deux fois bon s’il est court ; et pareillement ce qui est mauvais l’est moins si le peu y est.',
      de: 'Das Gute, wenn kurz, ist doppelt gut; und selbst das Schlimme, wenn wenig, ist nicht so schlimm.',
    },
    original: 'es',
    translators: { fr: 'Amelot de La Houssaie', de: 'Arthur Schopenhauer' },
    author: 'Baltasar Gracián',
    provenance: {
      kind: 'cited',
      work: 'Oráculo manual y arte de prudencia',
      year: 1647,
      where: {
        en: 'aphorism 105, “Don’t be tiresome”',
        es: 'aforismo 105, «No cansar»',
        fr: 'aphorisme 105, « Ne pas lasser »',
        de: 'Aphorismus 105, „Nicht lästig sein“',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'respect'],
  }),
  quote({
    // Checked: Don Quijote, Part II, ch. 42 (Don Quixote's advice to Sancho) — Wikisource, 1908 edition, vol. III p. 167.
    // English: John Ormsby's translation (1885), Part II, ch. 42 (Project Gutenberg #996).
    // French: Louis Viardot's translation, seconde partie, ch. XLII, as Project Gutenberg #16067 (the Ebooks libres et gratuits text) has it, read in GITenberg's copy (the 1837 scan's page was not reached).
    id: 'q-cervantes-no-harsh-words',
    text: {
      en: 'Abuse not by word him whom thou hast to punish in deed, for the pain of punishment is enough for the unfortunate without the addition of thine objurgations.',
      es: 'Al que has de castigar con obras no trates mal con palabras, pues le basta al desdichado la pena del suplicio sin la añadidura de las malas razones.',
      fr: 'Celui que tu dois châtier en action, ne le maltraite pas en paroles ; la peine du supplice suffit aux malheureux, sans qu’on y ajoute les mauvais propos.',
      de: 'Wen du mit Taten strafen musst, den sollst du nicht auch noch mit Worten kränken: Dem Unglücklichen genügt die Strafe, auch ohne die Zugabe böser Reden.',
    },
    original: 'es',
    translators: { en: 'John Ormsby', fr: 'Louis Viardot' },
    author: 'Miguel de Cervantes',
    provenance: QUIJOTE_COUNSELS_TO_SANCHO,
    source: 'quote-list',
    topics: ['respect', 'kindness'],
  }),
  quote({
    // Checked: Don Quijote, Part II, ch. 42 (advice to Sancho) — text of the chapter's counsels (clubensayos.com, corchadolectura blog), same page of the 1908 edition on Wikisource.
    // English: John Ormsby's translation (1885), Part II, ch. 42 (Project Gutenberg #996).
    // French: Louis Viardot's translation, seconde partie, ch. XLII, as Project Gutenberg #16067 (the Ebooks libres et gratuits text) has it, read in GITenberg's copy.
    id: 'q-cervantes-poor-mans-tears',
    text: {
      en: 'Let the tears of the poor man find with thee more compassion, but not more justice, than the pleadings of the rich.',
      es: 'Hallen en ti más compasión las lágrimas del pobre, pero no más justicia, que las informaciones del rico.',
      fr: 'Que les larmes du pauvre trouvent chez toi plus de compassion, mais non plus de justice que les requêtes du riche.',
      de: 'Die Tränen des Armen sollen bei dir mehr Mitgefühl finden als die Eingaben des Reichen, aber nicht mehr Recht.',
    },
    original: 'es',
    translators: { en: 'John Ormsby', fr: 'Louis Viardot' },
    author: 'Miguel de Cervantes',
    provenance: QUIJOTE_COUNSELS_TO_SANCHO,
    source: 'quote-list',
    topics: ['empathy', 'humanity'],
  }),
  quote({
    // Checked: Don Quijote, Part II, ch. 23 (the cave of Montesinos): Durandarte's "…cuando así no sea, ¡oh primo!, digo, paciencia y barajar" — Project Gutenberg #2000 (read in GITenberg's copy); testimoniosba.com and verpueblos.com quote the chapter alike.
    // English: John Ormsby's translation (1885), Part II, ch. 23 (Project Gutenberg #996).
    // French: Louis Viardot's translation (1837), vol. 2, p. 253 of the fr.wikisource scan (validated page): "… patience, et battons les cartes."
    id: 'q-cervantes-patience-and-shuffle',
    text: {
      en: 'Patience and shuffle.',
      es: 'Paciencia y barajar.',
      fr: 'Patience, et battons les cartes.',
      de: 'Geduld, und die Karten neu mischen.',
    },
    original: 'es',
    translators: { en: 'John Ormsby', fr: 'Louis Viardot' },
    author: 'Miguel de Cervantes',
    provenance: {
      kind: 'cited',
      work: 'Segunda parte del ingenioso caballero don Quijote de la Mancha',
      year: 1615,
      where: {
        en: 'chapter 23',
        es: 'capítulo XXIII',
        fr: 'chapitre XXIII',
        de: 'Kapitel 23',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'humor'],
  }),
  quote({
    // Checked: Don Quijote, Part II, ch. 43 (second counsels to Sancho) — Wikisource, 1908 edition, vol. III p. 170.
    // English: John Ormsby's translation (1885), Part II, ch. 43 (Project Gutenberg #996); his sentence runs on from "remember, Sancho," and we start at "Diligence".
    // French: Louis Viardot's translation (1837), vol. 2, p. 452 of the fr.wikisource scan (validated page); his "que" before "la paresse" is left out, marked […]. The later text in Project Gutenberg #16067 reads "mère de la fortune"; we keep the 1837 wording.
    id: 'q-cervantes-diligence-good-fortune',
    text: {
      en: 'Diligence is the mother of good fortune, and indolence, its opposite, never yet attained the object of an honest ambition.',
      es: 'La diligencia es madre de la buena ventura, y la pereza, su contraria, jamás llegó al término que pide un buen deseo.',
      fr: 'La diligence est mère de la bonne fortune, et […] la paresse, son ennemie, n’arriva jamais au but d’un juste désir.',
      de: 'Fleiß ist die Mutter des Glücks, und die Trägheit, sein Gegenteil, hat nie das Ziel erreicht, das ein guter Wunsch sich setzt.',
    },
    original: 'es',
    translators: { en: 'John Ormsby', fr: 'Louis Viardot' },
    author: 'Miguel de Cervantes',
    provenance: {
      kind: 'cited',
      work: 'Segunda parte del ingenioso caballero don Quijote de la Mancha',
      year: 1615,
      where: {
        en: 'chapter 43',
        es: 'capítulo XLIII',
        fr: 'chapitre XLIII',
        de: 'Kapitel 43',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // Checked: "Un lector" (Elogio de la sombra, 1969) — full text of the poem (noticias.iruya.com).
    id: 'q-borges-pages-i-read',
    text: {
      en: 'Let others boast of the pages they have written; / I am proud of the ones I have read.',
      es: 'Que otros se jacten de las páginas que han escrito; / a mí me enorgullecen las que he leído.',
      fr: 'Que d’autres se vantent des pages qu’ils ont écrites ; / moi, je suis fier de celles que j’ai lues.',
      de: 'Mögen andere sich der Seiten rühmen, die sie geschrieben haben; / ich bin stolz auf die, die ich gelesen habe.',
    },
    original: 'es',
    author: 'Jorge Luis Borges',
    provenance: {
      kind: 'cited',
      work: 'Elogio de la sombra',
      year: 1969,
      where: {
        en: 'poem “Un lector”',
        es: 'poema «Un lector»',
        fr: 'poème « Un lector »',
        de: 'Gedicht „Un lector“',
      },
    },
    source: 'quote-list',
    topics: ['education'],
  }),
  quote({
    // Checked: widely credited to Mistral as from the prose poem "El placer de servir", but every copy found (fundacionaquae.org, mesunos.org, blogs) differs in wording and none names a publication, so attributed.
    id: 'q-mistral-plant-the-tree',
    text: {
      en: 'Where there is a tree to plant, plant it yourself; where there is a mistake to fix, fix it yourself; where there is an effort everyone avoids, take it on yourself.',
      es: 'Donde haya un árbol que plantar, plántalo tú; donde haya un error que enmendar, enmiéndalo tú; donde haya un esfuerzo que todos esquivan, acéptalo tú.',
      fr: 'Là où il y a un arbre à planter, plante-le toi-même ; là où il y a une erreur à réparer, répare-la toi-même ; là où il y a un effort que tous évitent, charge-t’en.',
      de: 'Wo ein Baum zu pflanzen ist, pflanze ihn selbst; wo ein Fehler zu beheben ist, behebe ihn selbst; wo eine Mühe ist, der alle ausweichen, nimm sie auf dich.',
    },
    original: 'es',
    author: 'Gabriela Mistral',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['teamwork', 'attitude'],
  }),
  quote({
    // Checked: Martí's “Maestros ambulantes” (La América, New York, May 1884; Obras completas, vol. 8, pp. 288–292), quoted with
    // its source by Luis Toledo Sande (lapupilainsomne, 2018) and isa.cult.cu; that it opens the article was not confirmed, so only the date is given.
    id: 'q-marti-good-and-cultured',
    text: {
      en: 'Being good is the only way to be happy. Being educated is the only way to be free.',
      es: 'Ser bueno es el único modo de ser dichoso. Ser culto es el único modo de ser libre.',
      fr: 'Être bon est la seule façon d’être heureux. Être cultivé est la seule façon d’être libre.',
      de: 'Gut zu sein ist der einzige Weg, glücklich zu sein. Gebildet zu sein ist der einzige Weg, frei zu sein.',
    },
    original: 'es',
    author: 'José Martí',
    provenance: {
      kind: 'cited',
      work: 'La América',
      article: 'Maestros ambulantes',
      year: 1884,
      where: {
        en: 'New York, May 1884',
        es: 'Nueva York, mayo de 1884',
        fr: 'New York, mai 1884',
        de: 'New York, Mai 1884',
      },
    },
    source: 'quote-list',
    topics: ['education', 'kindness'],
  }),

  // ——— French originals ———
  quote({
    // Checked: Maximes, no. 139 (first edition, 1665) — Wikisource, Œuvres de La Rochefoucauld, Hachette 1868, t. 1 p. 87; spelling modernized ("paroissent" → "paraissent").
    // English: J. W. Willis Bund and J. Hain Friswell's translation (1871), maxim 139, the first of its sentences, as Project Gutenberg #9105 has it (read in GITenberg's copy).
    id: 'q-la-rochefoucauld-answer-precisely',
    text: {
      en: 'One of the reasons that we find so few persons rational and agreeable in conversation is there is hardly a person who does not think more of what he wants to say than of his answer to what is said.',
      es: 'Una de las razones por las que hay tan pocas personas que resulten sensatas y agradables en la conversación es que casi todo el mundo piensa más en lo que quiere decir que en responder exactamente a lo que le dicen.',
      fr: 'Une des choses qui fait que l’on trouve si peu de gens qui paraissent raisonnables et agréables dans la conversation, c’est qu’il n’y a presque personne qui ne pense plutôt à ce qu’il veut dire qu’à répondre précisément à ce qu’on lui dit.',
      de: 'Dass man so wenige Menschen findet, die im Gespräch vernünftig und angenehm wirken, liegt unter anderem daran, dass fast jeder mehr an das denkt, was er sagen will, als daran, genau auf das zu antworten, was man ihm sagt.',
    },
    original: 'fr',
    translators: { en: 'J. W. Willis Bund and J. Hain Friswell' },
    author: 'François de La Rochefoucauld',
    provenance: {
      kind: 'cited',
      work: 'Réflexions ou sentences et maximes morales',
      year: 1665,
      where: { en: 'maxim 139', es: 'máxima 139', fr: 'maxime 139', de: 'Maxime 139' },
    },
    source: 'quote-list',
    topics: ['listening', 'communication'],
  }),
  quote({
    // Checked: Essais III, 13 "De l'expérience" — philo52.com quoting the GF-Flammarion edition (pp. 298–299); modern spelling of "celuy qui l'escoute".
    // English: Charles Cotton's translation (1685; Hazlitt's edition, 1877), III, 13, as Project Gutenberg #3600 has it (read in GITenberg's copy); his sentence goes on after a semicolon, and we stop at "hears".
    id: 'q-montaigne-half-the-listener',
    text: {
      en: 'Speaking is half his who speaks, and half his who hears.',
      es: 'La palabra es mitad de quien habla y mitad de quien escucha.',
      fr: 'La parole est moitié à celui qui parle, moitié à celui qui l’écoute.',
      de: 'Das Wort gehört zur Hälfte dem, der spricht, und zur Hälfte dem, der zuhört.',
    },
    original: 'fr',
    translators: { en: 'Charles Cotton' },
    author: 'Michel de Montaigne',
    provenance: {
      kind: 'cited',
      work: 'Essais',
      year: 1588,
      where: {
        en: 'book III, chapter 13, “Of Experience”',
        es: 'libro III, capítulo 13, «De la experiencia»',
        fr: 'livre III, chapitre 13, « De l’expérience »',
        de: 'Buch III, Kapitel 13, „Über die Erfahrung“',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'communication'],
  }),
  quote({
    // Checked: Essais III, 2 "Du repentir" — text of the chapter in 1595 spelling (etudier.com) and clicetclicetphilogram.fr outline; modern spelling ("entiere" → "entière").
    // English: Charles Cotton's translation (1685; Hazlitt's edition, 1877), "Of Repentance" (essays.quotidiana.org); his sentence goes on, and we stop at "condition".
    id: 'q-montaigne-human-condition',
    text: {
      en: 'Every man carries the entire form of human condition.',
      es: 'Cada ser humano lleva en sí la forma entera de la condición humana.',
      fr: 'Chaque homme porte la forme entière de l’humaine condition.',
      de: 'Jeder Mensch trägt die ganze Gestalt des Menschseins in sich.',
    },
    original: 'fr',
    translators: { en: 'Charles Cotton' },
    author: 'Michel de Montaigne',
    provenance: {
      kind: 'cited',
      work: 'Essais',
      year: 1588,
      where: {
        en: 'book III, chapter 2, “Of Repentance”',
        es: 'libro III, capítulo 2, «Del arrepentimiento»',
        fr: 'livre III, chapitre 2, « Du repentir »',
        de: 'Buch III, Kapitel 2, „Über die Reue“',
      },
    },
    source: 'quote-list',
    topics: ['humanity', 'respect'],
  }),
  quote({
    // Checked: Le Petit Prince, ch. XXI (the fox) — text of the chapter quoted by thequotesearch.com and provence26.eklablog.com. English: Katherine Woods's 1943 translation (explorefaith.org, with Harcourt's 1943 copyright); German: Grete and Josef Leitgeb's (saron.de, "Du mußt sehr geduldig sein"), spelling modernised.
    id: 'q-saint-exupery-very-patient',
    text: {
      en: 'You must be very patient.',
      es: 'Hay que ser muy paciente.',
      fr: 'Il faut être très patient.',
      de: 'Du musst sehr geduldig sein.',
    },
    original: 'fr',
    translators: { en: 'Katherine Woods', de: 'Grete und Josef Leitgeb' },
    author: 'Antoine de Saint-Exupéry',
    provenance: PETIT_PRINCE_THE_FOX,
    source: 'quote-list',
    topics: ['patience'],
  }),
  quote({
    // Checked: Le Petit Prince, ch. XXI (the fox: "Je te regarderai du coin de l'œil et tu ne diras rien. Le langage est source de malentendus.") — allseasonsweddings.com and thequotesearch.com excerpts. English: Katherine Woods (1943); German: Grete and Josef Leitgeb (teutonika.de reproduces their text word for word around this sentence), spelling modernised.
    id: 'q-saint-exupery-source-of-misunderstandings',
    text: {
      en: 'Words are the source of misunderstandings.',
      es: 'El lenguaje es fuente de malentendidos.',
      fr: 'Le langage est source de malentendus.',
      de: 'Die Sprache ist die Quelle der Missverständnisse.',
    },
    original: 'fr',
    translators: { en: 'Katherine Woods', de: 'Grete und Josef Leitgeb' },
    author: 'Antoine de Saint-Exupéry',
    provenance: PETIT_PRINCE_THE_FOX,
    source: 'quote-list',
    topics: ['communication', 'listening'],
  }),
  quote({
    // Checked: Le Petit Prince, ch. XXI, the fox's secret — allseasonsweddings.com excerpt of the chapter. English: Katherine Woods (1943); German: Grete and Josef Leitgeb's translation (Karl Rauch edition); Spanish: Bonifacio del Carril's (Emecé, 1951; billiken.lat on his translation), "no se ve bien sino…" after "Es muy simple:".
    id: 'q-saint-exupery-see-with-heart',
    text: {
      en: 'It is only with the heart that one can see rightly; what is essential is invisible to the eye.',
      es: 'No se ve bien sino con el corazón. Lo esencial es invisible a los ojos.',
      fr: 'On ne voit bien qu’avec le cœur. L’essentiel est invisible pour les yeux.',
      de: 'Man sieht nur mit dem Herzen gut. Das Wesentliche ist für die Augen unsichtbar.',
    },
    original: 'fr',
    translators: {
      en: 'Katherine Woods',
      es: 'Bonifacio del Carril',
      de: 'Grete und Josef Leitgeb',
    },
    author: 'Antoine de Saint-Exupéry',
    provenance: PETIT_PRINCE_THE_FOX,
    source: 'quote-list',
    topics: ['empathy', 'kindness'],
  }),
  quote({
    // Checked: Terre des hommes, ch. II "Les Camarades" — aufildemeslectures.net (Livre de Poche no. 68, p. 42) and thequotesearch.com (ch. II).
    id: 'q-saint-exupery-unite-people',
    text: {
      en: 'The greatness of a job lies perhaps, above all, in bringing people together: there is only one true luxury, and that is human relationships.',
      es: 'La grandeza de un oficio quizá consista, ante todo, en unir a las personas: no hay más que un lujo verdadero, y es el de las relaciones humanas.',
      fr: 'La grandeur d’un métier est peut-être, avant tout, d’unir des hommes : il n’est qu’un luxe véritable, et c’est celui des relations humaines.',
      de: 'Die Größe eines Berufs liegt vielleicht vor allem darin, Menschen zu verbinden: Es gibt nur einen wahren Luxus, und das ist der der menschlichen Beziehungen.',
    },
    original: 'fr',
    author: 'Antoine de Saint-Exupéry',
    provenance: {
      kind: 'cited',
      work: 'Terre des hommes',
      year: 1939,
      where: {
        en: 'chapter 2, “Les Camarades”',
        es: 'capítulo II, «Los camaradas»',
        fr: 'chapitre II, « Les Camarades »',
        de: 'Kapitel 2, „Die Kameraden“',
      },
    },
    source: 'quote-list',
    topics: ['teamwork', 'humanity'],
  }),
  quote({
    // Checked: Fables II, 11 "Le Lion et le Rat" — full text of the fable (unjourunpoeme.fr, fables-delafontaine.com).
    // German: Ernst Dohm's translation (La Fontaines Fabeln, 1876–77), II, 11 "Der Löwe und die Ratte", the fable's last two lines (text on knigalit.ru; the edition's introduction names Dohm as its translator).
    id: 'q-la-fontaine-patience-and-time',
    text: {
      en: 'Patience and length of time / Do more than strength or rage.',
      es: 'Paciencia y tiempo / logran más que fuerza y furia.',
      fr: 'Patience et longueur de temps / Font plus que force ni que rage.',
      de: 'Viel mehr hat stets Geduld und Zeit / Als roher Eifer ausgerichtet.',
    },
    original: 'fr',
    translators: { de: 'Ernst Dohm' },
    author: 'Jean de La Fontaine',
    provenance: THE_LION_AND_THE_RAT,
    source: 'quote-list',
    topics: ['patience', 'perseverance'],
  }),
  quote({
    // Checked: Fables II, 11 "Le Lion et le Rat", opening lines — full text of the fable (unjourunpoeme.fr, toutelapoesie.com).
    // German: Ernst Dohm's translation (1876–77), the fable's first two lines (same text as above).
    id: 'q-la-fontaine-someone-smaller',
    text: {
      en: 'We should, as far as we can, do a good turn to everyone: / We often need someone smaller than ourselves.',
      es: 'Hay que hacer favores a todos, en la medida de lo posible: / a menudo necesitamos a alguien más pequeño que nosotros.',
      fr: 'Il faut, autant qu’on peut, obliger tout le monde : / On a souvent besoin d’un plus petit que soi.',
      de: 'Man soll, so viel man kann, sich alle Welt verpflichten; / Des Kleinern Beistand ist uns oft von großem Wert.',
    },
    original: 'fr',
    translators: { de: 'Ernst Dohm' },
    author: 'Jean de La Fontaine',
    provenance: THE_LION_AND_THE_RAT,
    source: 'quote-list',
    topics: ['kindness', 'respect', 'teamwork'],
  }),
  quote({
    // Checked: Candide, ch. 30 (the old Turk's answer) — Project Gutenberg #4650 (read in GITenberg's copy), chapitre XXX; chapter text on lingq.com and candide-voltaire.com agrees.
    // Spanish: ours, reworded away from a 1995 edition's ("El trabajo aleja de nosotros tres grandes males…").
    id: 'q-voltaire-three-great-evils',
    text: {
      en: 'Work keeps three great evils away from us: boredom, vice, and need.',
      es: 'El trabajo nos aparta de tres grandes males: el tedio, el vicio y la necesidad.',
      fr: 'Le travail éloigne de nous trois grands maux, l’ennui, le vice, et le besoin.',
      de: 'Die Arbeit hält drei große Übel von uns fern: die Langeweile, das Laster und die Not.',
    },
    original: 'fr',
    author: 'Voltaire',
    provenance: {
      kind: 'cited',
      work: 'Candide, ou l’Optimisme',
      year: 1759,
      where: { en: 'chapter 30', es: 'capítulo 30', fr: 'chapitre 30', de: 'Kapitel 30' },
    },
    source: 'quote-list',
    topics: ['attitude', 'perseverance'],
  }),
  quote({
    // Checked: Lettres provinciales, sixteenth letter (4 December 1656) — oreilletendue.com quoting the Pléiade edition p. 865; Wikisource note in Sévigné's letters.
    id: 'q-pascal-no-time-shorter',
    text: {
      en: 'I have made this letter longer only because I have not had the time to make it shorter.',
      es: 'Si he hecho esta carta más larga, es solo porque no he tenido tiempo de hacerla más corta.',
      fr: 'Je n’ai fait celle-ci plus longue que parce que je n’ai pas eu le loisir de la faire plus courte.',
      de: 'Ich habe diesen Brief nur deshalb länger gemacht, weil mir die Zeit fehlte, ihn kürzer zu fassen.',
    },
    original: 'fr',
    author: 'Blaise Pascal',
    provenance: {
      kind: 'cited',
      work: 'Les Provinciales',
      year: 1656,
      where: {
        en: 'sixteenth letter (4 December 1656)',
        es: 'decimosexta carta (4 de diciembre de 1656)',
        fr: 'seizième lettre (4 décembre 1656)',
        de: '16. Brief (4. Dezember 1656)',
      },
    },
    source: 'quote-list',
    topics: ['communication', 'humor'],
  }),
  quote({
    // Checked: Weil's first letter to Joë Bousquet (13 April 1942), the passage on attention and the Grail question "Quel est donc ton tourment ?" — gabrielcytal.art quoting the letter; the 1942 Weil–Bousquet correspondence (Claire Paulhan, 2019).
    id: 'q-weil-attention-generosity',
    text: {
      en: 'Attention is the rarest and purest form of generosity.',
      es: 'La atención es la forma más rara y más pura de la generosidad.',
      fr: 'L’attention est la forme la plus rare et la plus pure de la générosité.',
      de: 'Aufmerksamkeit ist die seltenste und reinste Form der Großzügigkeit.',
    },
    original: 'fr',
    author: 'Simone Weil',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to Joë Bousquet',
        es: 'Carta a Joë Bousquet',
        fr: 'Lettre à Joë Bousquet',
        de: 'Brief an Joë Bousquet',
      },
      year: 1942,
      where: {
        en: '13 April 1942',
        es: '13 de abril de 1942',
        fr: '13 avril 1942',
        de: '13. April 1942',
      },
    },
    source: 'quote-list',
    topics: ['listening', 'kindness'],
  }),
  quote({
    // Checked: La Peste, last chapter, Rieux's closing reflection ("…ce qu'on apprend au milieu des fléaux, qu'il y a dans les hommes plus de choses à admirer que de choses à mépriser") — vip-blog and michelbomont quoting the novel.
    id: 'q-camus-more-to-admire',
    text: {
      en: 'There is more in people to admire than to despise.',
      es: 'Hay en los hombres más cosas dignas de admiración que de desprecio.',
      fr: 'Il y a dans les hommes plus de choses à admirer que de choses à mépriser.',
      de: 'Es gibt an den Menschen mehr zu bewundern als zu verachten.',
    },
    original: 'fr',
    author: 'Albert Camus',
    provenance: {
      kind: 'cited',
      work: 'La Peste',
      year: 1947,
      where: {
        en: 'part 5, final chapter',
        es: 'quinta parte, último capítulo',
        fr: 'cinquième partie, dernier chapitre',
        de: 'Fünfter Teil, letztes Kapitel',
      },
    },
    source: 'quote-list',
    topics: ['humanity', 'attitude'],
  }),
  quote({
    // Checked: Maximes et pensées — Wikisource, Chamfort, Œuvres complètes (ed. Auguis), vol. 1 p. 379.
    id: 'q-chamfort-day-without-laughter',
    text: {
      en: 'The most wasted of all days is the one on which we have not laughed.',
      es: 'El más perdido de todos los días es aquel en que no se ha reído.',
      fr: 'La plus perdue de toutes les journées est celle où l’on n’a pas ri.',
      de: 'Der verlorenste aller Tage ist der, an dem man nicht gelacht hat.',
    },
    original: 'fr',
    author: 'Nicolas Chamfort',
    provenance: { kind: 'cited', work: 'Maximes et pensées', year: 1795 },
    source: 'quote-list',
    topics: ['humor', 'self-care'],
  }),
  quote({
    // Checked: L'Art poétique, chant I, lines 171–172 — lafeedulogos blog (I, 171–174), silvestre-baudrillart.fr full passage.
    id: 'q-boileau-hasten-slowly',
    text: {
      en: 'Make haste slowly, and without losing heart, / Put your work back on the loom twenty times.',
      es: 'Apresúrate despacio y, sin perder el ánimo, / vuelve a poner tu obra veinte veces en el telar.',
      fr: 'Hâtez-vous lentement, et sans perdre courage, / Vingt fois sur le métier remettez votre ouvrage.',
      de: 'Eilt mit Weile, und ohne den Mut zu verlieren, / legt euer Werk zwanzigmal neu auf den Webstuhl.',
    },
    original: 'fr',
    author: 'Nicolas Boileau',
    provenance: {
      kind: 'cited',
      work: 'L’Art poétique',
      year: 1674,
      where: {
        en: 'canto I, lines 171–172',
        es: 'canto I, versos 171-172',
        fr: 'chant I, vers 171-172',
        de: 'Erster Gesang, Verse 171–172',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'perseverance'],
  }),
  quote({
    // Checked: the Revue des Deux Mondes (1913, t. 17, p. 366, Wikisource) quotes “Enseigner, c’est apprendre deux fois” as written
    // by Joubert, but the edition that first printed it was not found (not seen in the “éducation” pages of the 1850 Pensées on
    // Wikisource), so attributed.
    id: 'q-joubert-teach-learn-twice',
    text: {
      en: 'To teach is to learn twice.',
      es: 'Enseñar es aprender dos veces.',
      fr: 'Enseigner, c’est apprendre deux fois.',
      de: 'Lehren heißt zweimal lernen.',
    },
    original: 'fr',
    author: 'Joseph Joubert',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['education', 'teamwork'],
  }),

  // ——— German originals ———
  quote({
    // Checked: Wilhelm Meisters Lehrjahre, Book 8, ch. 4 (Wilhelm quoting Natalie; the speech tag "sagtest du" is left out) — schelper.de and kuemmerle.name quoting the chapter.
    id: 'q-goethe-treat-them-better',
    text: {
      en: 'If we take people only as they are, we make them worse; if we treat them as if they were what they should be, we bring them to where they can be brought.',
      es: 'Si tomamos a las personas solo como son, las hacemos peores; si las tratamos como si fueran lo que deberían ser, las llevamos adonde pueden llegar.',
      fr: 'Si nous prenons les gens seulement tels qu’ils sont, nous les rendons pires ; si nous les traitons comme s’ils étaient ce qu’ils devraient être, nous les menons là où ils peuvent aller.',
      de: 'Wenn wir die Menschen nur nehmen, wie sie sind, so machen wir sie schlechter; wenn wir sie behandeln, als wären sie, was sie sein sollten, so bringen wir sie dahin, wohin sie zu bringen sind.',
    },
    original: 'de',
    author: 'Johann Wolfgang von Goethe',
    provenance: {
      kind: 'cited',
      work: 'Wilhelm Meisters Lehrjahre',
      year: 1796,
      where: {
        en: 'book 8, chapter 4',
        es: 'libro VIII, capítulo 4',
        fr: 'livre VIII, chapitre 4',
        de: 'Achtes Buch, 4. Kapitel',
      },
    },
    source: 'quote-list',
    topics: ['respect', 'attitude'],
  }),
  quote({
    // Checked: "Das Göttliche", opening lines — Freiburger Anthologie (Goethe, Sämtliche Werke, Deutscher Klassiker Verlag, vol. 2); written 1783. Modern spelling "Hilfreich" (1815 text: "Hülfreich").
    // English: John Sullivan Dwight's translation (1839), "The Godlike" (Warner Library, 1917, on bartleby.com); Bowring's (1853) has the same two lines.
    // French: Jacques Porchat's translation (Œuvres de Goethe, vol. I, 1861), "Le divin", as transcribed with his name on gautel.net (not yet found in the fr.wikisource scan of that volume); he ends the line "bon," where Goethe has "!".
    id: 'q-goethe-noble-helpful-good',
    text: {
      en: 'Noble be man, / Helpful and good!',
      es: '¡Sea noble el ser humano, / servicial y bueno!',
      fr: 'Que l’homme soit noble, / Secourable et bon !',
      de: 'Edel sei der Mensch, / Hilfreich und gut!',
    },
    original: 'de',
    translators: { en: 'John Sullivan Dwight', fr: 'Jacques Porchat' },
    author: 'Johann Wolfgang von Goethe',
    provenance: {
      kind: 'cited',
      work: 'Das Göttliche',
      year: 1783,
      where: {
        en: 'opening lines',
        es: 'versos iniciales',
        fr: 'premiers vers',
        de: 'Anfangsverse',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'humanity'],
  }),
  quote({
    // Checked: Die Wahlverwandtschaften, Part II, from Ottilie's diary — Maximen und Reflexionen (Reclam, ed. Jeßing), "Aus den Wahlverwandtschaften. 1809", no. 5; spelling modernized ("mitzutheilen").
    id: 'q-goethe-take-as-given',
    text: {
      en: 'To share oneself is nature; to take in what is shared the way it is given is cultivation.',
      es: 'Comunicarse es naturaleza; recibir lo comunicado tal como se da es cultura.',
      fr: 'Se communiquer est nature ; accueillir ce qui est communiqué tel qu’on le donne, c’est culture.',
      de: 'Sich mitzuteilen ist Natur; Mitgeteiltes aufzunehmen, wie es gegeben wird, ist Bildung.',
    },
    original: 'de',
    author: 'Johann Wolfgang von Goethe',
    provenance: OTTILIES_DIARY,
    source: 'quote-list',
    topics: ['listening', 'communication'],
  }),
  quote({
    // Checked: Die Wahlverwandtschaften, Part II, from Ottilie's diary — Maximen und Reflexionen (Reclam, ed. Jeßing), "Aus den Wahlverwandtschaften. 1809", no. 6; spelling modernized ("bewußt", "mißversteht").
    id: 'q-goethe-we-misunderstand',
    text: {
      en: 'No one would talk much in company if they were aware how often they misunderstand others.',
      es: 'Nadie hablaría mucho en sociedad si fuera consciente de cuántas veces malinterpreta a los demás.',
      fr: 'Personne ne parlerait beaucoup en société s’il savait combien de fois il comprend mal les autres.',
      de: 'Niemand würde viel in Gesellschaften sprechen, wenn er sich bewusst wäre, wie oft er die andern missversteht.',
    },
    original: 'de',
    author: 'Johann Wolfgang von Goethe',
    provenance: OTTILIES_DIARY,
    source: 'quote-list',
    topics: ['listening', 'humor'],
  }),
  quote({
    // Checked: Wilhelm Tell, Act I, scene 3 (Stauffacher to Tell) — politreflex.ch and gutefrage.net quoting the dialogue.
    // English: Theodore Martin's translation, Act I, scene III, as Project Gutenberg #2782 has it (read in GITenberg's copy):
    // Stauffacher's “Nay, even the weak grow strong by union.”, the “Nay,” that answers Tell left out.
    id: 'q-schiller-weak-united',
    text: {
      en: 'Even the weak grow strong by union.',
      es: 'Unidos, hasta los débiles se hacen fuertes.',
      fr: 'Unis, même les faibles deviennent puissants.',
      de: 'Verbunden werden auch die Schwachen mächtig.',
    },
    original: 'de',
    translators: { en: 'Theodore Martin' },
    author: 'Friedrich Schiller',
    provenance: {
      kind: 'cited',
      work: 'Wilhelm Tell',
      year: 1804,
      where: {
        en: 'act I, scene 3',
        es: 'acto I, escena 3',
        fr: 'acte I, scène 3',
        de: 'Erster Aufzug, dritte Szene',
      },
    },
    source: 'quote-list',
    topics: ['teamwork'],
  }),
  quote({
    // Checked: Votivtafeln, "Der Schlüssel" (Musen-Almanach für das Jahr 1797, out in autumn 1796) — gei-digital.gei.de schoolbook text of the Votivtafeln; hausdersee.de.
    // English: Edward Bulwer-Lytton's translation (1844), "The Key" (The German Classics, vol. III, 1914, "Translated by Edward, Lord Lytton": Project Gutenberg #11692, on bookrags.com).
    id: 'q-schiller-look-within',
    text: {
      en: 'To know thyself—in others self discern; / Wouldst thou know others? Read thyself—and learn!',
      es: 'Si quieres conocerte a ti mismo, mira cómo obran los demás; / si quieres entender a los demás, mira en tu propio corazón.',
      fr: 'Veux-tu te connaître toi-même ? Vois comment font les autres. / Veux-tu comprendre les autres ? Regarde dans ton propre cœur.',
      de: 'Willst du dich selber erkennen, so sieh, wie die andern es treiben; / Willst du die andern verstehn, blick in dein eigenes Herz.',
    },
    original: 'de',
    translators: { en: 'Edward Bulwer-Lytton' },
    author: 'Friedrich Schiller',
    provenance: {
      kind: 'cited',
      work: 'Votivtafeln',
      year: 1796,
      where: {
        en: 'epigram “Der Schlüssel”',
        es: 'epigrama «Der Schlüssel»',
        fr: 'épigramme « Der Schlüssel »',
        de: 'Epigramm „Der Schlüssel“',
      },
    },
    source: 'quote-list',
    topics: ['empathy'],
  }),
  quote({
    // Checked: Votivtafeln, "Freund und Feind" — gei-digital.gei.de schoolbook text of the Votivtafeln.
    id: 'q-schiller-friend-and-foe',
    text: {
      en: 'Dear to me is my friend, yet my foe too can be of use: / my friend shows me what I can do; my foe teaches me what I should.',
      es: 'Querido me es el amigo, pero también el enemigo me sirve: / el amigo me muestra lo que puedo; el enemigo me enseña lo que debo.',
      fr: 'Mon ami m’est cher, mais mon ennemi aussi peut me servir : / l’ami me montre ce que je peux, l’ennemi m’apprend ce que je dois.',
      de: 'Teuer ist mir der Freund, doch auch den Feind kann ich nützen; / Zeigt mir der Freund, was ich kann, lehrt mich der Feind, was ich soll.',
    },
    original: 'de',
    author: 'Friedrich Schiller',
    provenance: {
      kind: 'cited',
      work: 'Votivtafeln',
      year: 1796,
      where: {
        en: 'epigram “Freund und Feind”',
        es: 'epigrama «Freund und Feind»',
        fr: 'épigramme « Freund und Feind »',
        de: 'Epigramm „Freund und Feind“',
      },
    },
    source: 'quote-list',
    topics: ['education', 'attitude'],
  }),
  quote({
    // Checked: Briefe an einen jungen Dichter (Insel, 1929), letter to Franz Xaver Kappus, Worpswede, 16 July 1903 — radikale-poesie.com and weltderbriefe quoting the letter (marschler.at for the date). English: M. D. Herter Norton's translation.
    id: 'q-rilke-love-the-questions',
    text: {
      en: 'I want to beg you, as much as I can, … to be patient toward all that is unsolved in your heart and to try to love the questions themselves.',
      es: 'Quisiera rogarle, tanto como puedo, […] que tenga paciencia con todo lo que no está resuelto en su corazón y que intente amar las preguntas mismas.',
      fr: 'Je voudrais vous prier, autant que je le puis, […] d’être patient envers tout ce qui n’est pas résolu dans votre cœur, et d’essayer d’aimer les questions elles-mêmes.',
      de: 'Ich möchte Sie, so gut ich es kann, bitten, … Geduld zu haben gegen alles Ungelöste in Ihrem Herzen und zu versuchen, die Fragen selbst liebzuhaben.',
    },
    original: 'de',
    translators: { en: 'M. D. Herter Norton' },
    author: 'Rainer Maria Rilke',
    provenance: {
      kind: 'cited',
      work: 'Briefe an einen jungen Dichter',
      year: 1929,
      where: {
        en: 'letter of 16 July 1903',
        es: 'carta del 16 de julio de 1903',
        fr: 'lettre du 16 juillet 1903',
        de: 'Brief vom 16. Juli 1903',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'calm'],
  }),
  quote({
    // Checked: Siddhartha, Part II, "Kamala" (and again to Kamaswami) — fastenzauber.de quoting the dialogues. English: the Project Gutenberg translation (#2500) word for word, checked in its text (Hilda Rosner's has commas).
    id: 'q-hesse-think-wait-fast',
    text: {
      en: 'I can think. I can wait. I can fast.',
      es: 'Sé pensar. Sé esperar. Sé ayunar.',
      fr: 'Je sais penser. Je sais attendre. Je sais jeûner.',
      de: 'Ich kann denken. Ich kann warten. Ich kann fasten.',
    },
    original: 'de',
    translators: {
      en: 'Gunther Olesch, Anke Dreher, Amy Coulter, Stefan Langer and Semyon Chaichenets',
    },
    author: 'Hermann Hesse',
    provenance: {
      kind: 'cited',
      work: 'Siddhartha',
      year: 1922,
      where: {
        en: 'part II, chapter “Kamala”',
        es: 'segunda parte, capítulo «Kamala»',
        fr: 'deuxième partie, chapitre « Kamala »',
        de: 'Zweiter Teil, Kapitel „Kamala“',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'calm'],
  }),
  quote({
    // Checked: Siddhartha, Part II, "Der Fährmann" — text of the chapter (yumpu copy of the book, kostenlosonlinelesen.net).
    // The English is ours, from the German. The wording we used to show is a published translation's
    // (arjunasjourney.com quotes it; translator unidentified), and Project Gutenberg #2500 has
    // "This was among the ferryman's virtues one of the greatest: like only a few, he knew how to listen."
    id: 'q-hesse-ferryman-listened',
    text: {
      en: 'Of all the ferryman’s virtues, this was one of the greatest: he knew how to listen as few people can.',
      es: 'Esta era una de las mayores virtudes del barquero: sabía escuchar como pocos.',
      fr: 'C’était l’une des plus grandes vertus du passeur : il savait écouter comme peu de gens.',
      de: 'Dies war unter des Fährmanns Tugenden eine der größten: er verstand wie wenige das Zuhören.',
    },
    original: 'de',
    author: 'Hermann Hesse',
    provenance: {
      kind: 'cited',
      work: 'Siddhartha',
      year: 1922,
      where: {
        en: 'part II, chapter “The Ferryman”',
        es: 'segunda parte, capítulo «El barquero»',
        fr: 'deuxième partie, chapitre « Le Passeur »',
        de: 'Zweiter Teil, Kapitel „Der Fährmann“',
      },
    },
    source: 'quote-list',
    topics: ['listening'],
  }),
  quote({
    // Checked: epigram "Moral" in Kurz und bündig — ph-karlsruhe.de citing the dtv edition (p. 39); erinnerungsort.de text of the epigrams.
    id: 'q-kastner-only-if-done',
    text: {
      en: 'There is nothing good / unless you do it.',
      es: 'No hay nada bueno, / salvo que uno lo haga.',
      fr: 'Il n’y a rien de bon, / à moins qu’on ne le fasse.',
      de: 'Es gibt nichts Gutes / außer: Man tut es.',
    },
    original: 'de',
    author: 'Erich Kästner',
    provenance: {
      kind: 'cited',
      work: 'Kurz und bündig',
      year: 1950,
      where: {
        en: 'epigram “Moral”',
        es: 'epigrama «Moral»',
        fr: 'épigramme « Moral »',
        de: 'Epigramm „Moral“',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'attitude'],
  }),
  quote({
    // Checked: Aphorismen, second hundred, no. 15 — 1893 edition (Gesammelte Schriften) on gutzitiert.de and Project Gutenberg #77889; collection first published 1880; spelling modernized ("Muth").
    // The year is that edition's, whose numbering `where` gives (the citation says it once).
    id: 'q-ebner-eschenbach-patience-courage',
    text: {
      en: 'To say patience is to say courage, endurance, strength.',
      es: 'Quien dice paciencia dice valor, constancia, fuerza.',
      fr: 'Qui dit patience dit courage, endurance, force.',
      de: 'Wer Geduld sagt, sagt Mut, Ausdauer, Kraft.',
    },
    original: 'de',
    author: 'Marie von Ebner-Eschenbach',
    provenance: {
      kind: 'cited',
      work: 'Aphorismen',
      year: 1893,
      where: {
        en: 'second hundred, no. 15',
        es: 'segundo centenar, n.º 15',
        fr: 'deuxième centaine, n° 15',
        de: 'Zweites Hundert, Nr. 15',
      },
    },
    source: 'quote-list',
    topics: ['patience', 'perseverance'],
  }),
  quote({
    // Checked: Aphorismen, second hundred, no. 5 — 1893 edition on gutzitiert.de; spelling modernized ("Keinem"), speech set in „…“.
    id: 'q-ebner-eschenbach-cannot-help-all',
    text: {
      en: '“You can’t help everyone!” says the narrow-hearted—and helps no one.',
      es: '«¡No se puede ayudar a todos!», dice el de corazón estrecho… y no ayuda a nadie.',
      fr: '« On ne peut pas aider tout le monde ! », dit l’homme au cœur étroit… et il n’aide personne.',
      de: '„Man kann nicht allen helfen!“, sagt der Engherzige und – hilft keinem.',
    },
    original: 'de',
    author: 'Marie von Ebner-Eschenbach',
    provenance: {
      kind: 'cited',
      work: 'Aphorismen',
      year: 1893,
      where: {
        en: 'second hundred, no. 5',
        es: 'segundo centenar, n.º 5',
        fr: 'deuxième centaine, n° 5',
        de: 'Zweites Hundert, Nr. 5',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'humanity'],
  }),
  quote({
    // Checked: Aphorismen, fourth hundred, no. 15 — 1893 edition on gutzitiert.de.
    id: 'q-ebner-eschenbach-rudeness-to-regard',
    text: {
      en: 'The inconsiderateness that noble people have suffered turns into the consideration they show.',
      es: 'Las desconsideraciones que han sufrido las personas nobles se convierten en las consideraciones que ellas tienen con los demás.',
      fr: 'Les manques d’égards qu’ont subis les âmes nobles se changent en égards qu’elles témoignent.',
      de: 'Rücksichtslosigkeiten, die edle Menschen erfahren haben, verwandeln sich in Rücksichten, die sie erweisen.',
    },
    original: 'de',
    author: 'Marie von Ebner-Eschenbach',
    provenance: {
      kind: 'cited',
      work: 'Aphorismen',
      year: 1893,
      where: {
        en: 'fourth hundred, no. 15',
        es: 'cuarto centenar, n.º 15',
        fr: 'quatrième centaine, n° 15',
        de: 'Viertes Hundert, Nr. 15',
      },
    },
    source: 'quote-list',
    topics: ['kindness', 'respect'],
  }),
  quote({
    // Checked: Grundlegung zur Metaphysik der Sitten, Zweiter Abschnitt (Akademie-Ausgabe IV, 429) — klugwort.de with the formula, korpora.org AA IV 430 for the passage that follows; spelling modernized ("daß").
    // French: Victor Delbos's translation (Fondements de la métaphysique des mœurs, fr.wikisource; maphilosophie.fr). English: neither Gregor nor Abbott; ours.
    // English: Thomas Kingsmill Abbott's translation (1873), Fundamental Principles of the Metaphysic of Morals, second section (Project Gutenberg #5682).
    id: 'q-kant-never-merely-means',
    text: {
      en: 'So act as to treat humanity, whether in thine own person or in that of any other, in every case as an end withal, never as means only.',
      es: 'Obra de tal modo que trates a la humanidad, tanto en tu persona como en la de cualquier otro, siempre a la vez como un fin y nunca solo como un medio.',
      fr: 'Agis de telle sorte que tu traites l’humanité aussi bien dans ta personne que dans la personne de tout autre toujours en même temps comme une fin, et jamais simplement comme un moyen.',
      de: 'Handle so, dass du die Menschheit sowohl in deiner Person, als in der Person eines jeden andern jederzeit zugleich als Zweck, niemals bloß als Mittel brauchst.',
    },
    original: 'de',
    translators: { en: 'T. K. Abbott', fr: 'Victor Delbos' },
    author: 'Immanuel Kant',
    provenance: {
      kind: 'cited',
      work: 'Grundlegung zur Metaphysik der Sitten',
      year: 1785,
      where: {
        en: 'section II (Academy edition, vol. IV, p. 429)',
        es: 'sección segunda (edición de la Academia, t. IV, pág. 429)',
        fr: 'deuxième section (édition de l’Académie, t. IV, p. 429)',
        de: 'Zweiter Abschnitt (Akademie-Ausgabe, Bd. IV, S. 429)',
      },
    },
    source: 'quote-list',
    topics: ['respect', 'humanity'],
  }),
];
