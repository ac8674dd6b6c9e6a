import { quote } from '../define';

/** The seed quote list and lines from the seed articles. */
export const SEED_QUOTES = [
  quote({
    // Checked: a line of the seed list with no author; left anonymous (not searched).
    id: 'q-success-lifestyle',
    text: {
      en: 'Success is a lifestyle, money is just a by product.',
      es: 'El éxito es un estilo de vida; el dinero es solo un subproducto.',
      fr: 'Le succès est un mode de vie ; l’argent n’en est qu’un sous-produit.',
      de: 'Erfolg ist ein Lebensstil, Geld nur ein Nebenprodukt.',
    },
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    // Checked: in no scroll; Pathros gives it to Hafid as a mantra to repeat in chapter 3: SuperSummary's chapter 3 summary quotes
    // “Failure will never overtake me if my determination to succeed is strong enough” (p. 26), as does a Scribd list of extracts.
    // The book’s own text was not reached (one blogger's second-person “…overtake you if your…” differs).
    id: 'q-mandino-determination',
    text: {
      en: 'Failure will never overtake me if my determination to succeed is strong enough.',
      es: 'El fracaso jamás me vencerá si mi determinación de triunfar es lo bastante fuerte.',
      fr: 'L’échec ne me rattrapera jamais si ma détermination à réussir est assez forte.',
      de: 'Das Scheitern wird mich niemals einholen, wenn mein Wille zum Erfolg nur stark genug ist.',
    },
    author: 'Og Mandino',
    provenance: {
      kind: 'cited',
      work: 'The Greatest Salesman in the World',
      year: 1968,
      where: { en: 'chapter 3', es: 'capítulo 3', fr: 'chapitre 3', de: 'Kapitel 3' },
    },
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // The seed list dropped "and"; restored from the wording usually given. No
    // speech or paper of Kennedy's in the record has it.
    // Checked (searched again, Dec 2026): only quote sites give it, none with a speech, paper or date
    // (fixquotes.com asks for a source); attributed.
    id: 'q-kennedy-education',
    text: {
      en: 'The goal of education is the advancement of knowledge and the dissemination of truth.',
      es: 'El objetivo de la educación es el avance del conocimiento y la difusión de la verdad.',
      fr: 'Le but de l’éducation est de faire progresser la connaissance et de répandre la vérité.',
      de: 'Das Ziel der Bildung ist die Mehrung des Wissens und die Verbreitung der Wahrheit.',
    },
    author: 'John F. Kennedy',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['education'],
  }),
  quote({
    // Checked: QI 2014-09-02: no support for Confucius; earliest 1982, an unnamed “old-timer”.
    id: 'q-job-you-love',
    text: {
      en: 'Choose a job you love, and you will never have to work a day in your life.',
      es: 'Elige un trabajo que ames y no tendrás que trabajar ni un solo día de tu vida.',
      fr: 'Choisissez un travail que vous aimez, et vous n’aurez jamais à travailler un seul jour de votre vie.',
      de: 'Wählen Sie einen Beruf, den Sie lieben, und Sie werden keinen einzigen Tag in Ihrem Leben arbeiten müssen.',
    },
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    // Checked: QI 2023-07-03: her thought in 1970 (Los Angeles Times), 1979 (Lexington Herald),
    // 1983 (Claudia Tate, Black Women Writers at Work: “You may encounter many defeats, but you
    // must not be defeated.”); these “we” words only secondhand (an unnamed 2009 interview).
    id: 'q-angelou-defeats',
    text: {
      en: 'We may encounter many defeats but we must not be defeated.',
      es: 'Puede que suframos muchas derrotas, pero no debemos dejarnos derrotar.',
      fr: 'Nous pouvons essuyer bien des défaites, mais nous ne devons pas être vaincus.',
      de: 'Wir mögen viele Niederlagen erleiden, aber wir dürfen uns nicht besiegen lassen.',
    },
    author: 'Maya Angelou',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['perseverance'],
  }),
  quote({
    // The seed list has the popular paraphrase ("…change your attitude"); these
    // are her published words, the advice of her grandmother in the essay.
    // Checked: the essay “Complaining”, her grandmother’s words as she tells them (“So you watch yourself
    // about complaining, Sister. What you’re supposed to do…”), quoted at length by wordofarebel.wordpress.com
    // and quotesweet.com; bookfoolery.blogspot.com names the essay in the book. The essay’s title stays in English.
    id: 'q-angelou-change-attitude',
    text: {
      en: 'What you’re supposed to do when you don’t like a thing is change it. If you can’t change it, change the way you think about it. Don’t complain.',
      es: 'Cuando algo no te gusta, lo que tienes que hacer es cambiarlo. Si no puedes cambiarlo, cambia tu forma de pensar al respecto. No te quejes.',
      fr: 'Quand quelque chose ne vous plaît pas, ce qu’il faut faire, c’est le changer. Si vous ne pouvez pas le changer, changez votre façon d’y penser. Ne vous plaignez pas.',
      de: 'Wenn Ihnen etwas nicht gefällt, dann ändern Sie es. Wenn Sie es nicht ändern können, ändern Sie die Art, wie Sie darüber denken. Beklagen Sie sich nicht.',
    },
    author: 'Maya Angelou',
    provenance: {
      kind: 'cited',
      work: 'Wouldn’t Take Nothing for My Journey Now',
      year: 1993,
      where: {
        en: '“Complaining”',
        es: '«Complaining»',
        fr: '« Complaining »',
        de: '„Complaining“',
      },
    },
    source: 'quote-list',
    topics: ['attitude'],
  }),
  quote({
    // Credited to Einstein everywhere, found in none of his writings or interviews.
    // Checked (searched again, Dec 2026): quote sites and blogs only, with no source (fixquotes.com asks for one).
    id: 'q-einstein-rules-of-the-game',
    text: {
      en: 'You have to learn the rules of the game. And then you have to play better than anyone else.',
      es: 'Tienes que aprender las reglas del juego. Y después tienes que jugar mejor que nadie.',
      fr: 'Il faut d’abord apprendre les règles du jeu. Ensuite, il faut jouer mieux que tout le monde.',
      de: 'Sie müssen die Spielregeln lernen. Und dann müssen Sie besser spielen als alle anderen.',
    },
    author: 'Albert Einstein',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['success', 'education', 'perseverance'],
  }),
  quote({
    // The seed list credits Aldous Huxley; the line is usually credited to
    // Einstein, but no source shows him saying it in these words.
    // Checked (searched again, Dec 2026): quote sites only, in several wordings, none with a source.
    id: 'q-einstein-same-thinking',
    text: {
      en: 'We cannot solve our problems with the same thinking we used when we created them.',
      es: 'No podemos resolver nuestros problemas con la misma forma de pensar que usamos cuando los creamos.',
      fr: 'Nous ne pouvons pas résoudre nos problèmes en pensant de la même façon que lorsque nous les avons créés.',
      de: 'Wir können unsere Probleme nicht mit derselben Denkweise lösen, mit der wir sie geschaffen haben.',
    },
    author: 'Albert Einstein',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['solutions', 'attitude'],
  }),
  quote({
    // The seed list credits Einstein; it is Huxley's (Time Must Have a Stop, 1944).
    // Checked: the novel’s text still not reached (pages, code, docs searched again); quote sites give these words and one
    // reader's review gives “There’s only one corner in this universe that you can be certain of improving, and that’s your own
    // self”: wording and chapter unconfirmed, so attributed until checked against a copy.
    id: 'q-huxley-own-self',
    text: {
      en: 'There is only one corner of the universe you can be certain of improving, and that’s your own self.',
      es: 'Solo hay un rincón del universo que con certeza puedes mejorar, y ese rincón eres tú.',
      fr: 'Il n’y a qu’un seul coin de l’univers que vous puissiez à coup sûr améliorer, et c’est vous-même.',
      de: 'Es gibt nur einen Winkel des Universums, den Sie mit Sicherheit verbessern können, und das sind Sie selbst.',
    },
    author: 'Aldous Huxley',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['attitude', 'education'],
  }),
  quote({
    // Commonly credited to Einstein without any evidence that he said it.
    // Checked: professorbuzzkill.com (Einstein, “quote, not quote”): first in a 1981 Narcotics
    // Anonymous text (“insanity is repeating the same mistakes…”), no author, so anonymous.
    id: 'q-insanity-same-thing',
    text: {
      en: 'Insanity: doing the same thing over and over again and expecting different results.',
      es: 'Locura: hacer lo mismo una y otra vez y esperar resultados distintos.',
      fr: 'Folie : refaire sans cesse la même chose en s’attendant à des résultats différents.',
      de: 'Wahnsinn: immer wieder dasselbe tun und andere Ergebnisse erwarten.',
    },
    source: 'quote-list',
    topics: ['solutions', 'attitude'],
  }),
  quote({
    // Checked: a line of the seed list with no author; left anonymous (not searched).
    id: 'q-find-your-passion',
    text: {
      en: 'Find your passion, focus and work on it like your life depended on it; anything can be turned to success.',
      es: 'Encuentra tu pasión, concéntrate y trabaja en ella como si te fuera la vida en ello; cualquier cosa puede convertirse en un éxito.',
      fr: 'Trouvez votre passion, concentrez-vous et travaillez-y comme si votre vie en dépendait ; tout peut se transformer en réussite.',
      de: 'Finden Sie Ihre Leidenschaft, konzentrieren Sie sich darauf und arbeiten Sie daran, als hinge Ihr Leben davon ab; alles lässt sich in Erfolg verwandeln.',
    },
    source: 'quote-list',
    topics: ['success', 'perseverance'],
  }),
  quote({
    // Checked: a line of the seed list with no author; left anonymous (not searched).
    id: 'q-success-mental-status',
    text: {
      en: 'Success is a mental status, the wealth and money is just a reflection of what is inside you.',
      es: 'El éxito es un estado mental; la riqueza y el dinero son solo un reflejo de lo que llevas dentro.',
      fr: 'Le succès est un état d’esprit ; la richesse et l’argent ne sont que le reflet de ce qui est en vous.',
      de: 'Erfolg ist eine Geisteshaltung; Reichtum und Geld sind nur ein Spiegel dessen, was in Ihnen steckt.',
    },
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    // Checked: a line of the seed list with no author; left anonymous (not searched).
    id: 'q-discover-how-powerful',
    text: {
      en: 'Discover how powerful you are and overcome any challenge.',
      es: 'Descubre todo el poder que llevas dentro y supera cualquier desafío.',
      fr: 'Découvrez toute la force qui est en vous et surmontez n’importe quel défi.',
      de: 'Entdecken Sie, wie viel Kraft in Ihnen steckt, und meistern Sie jede Herausforderung.',
    },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // The seed list joins two passages of the essay and drops "therefore": the
    // essay's words, with the gap between the passages marked.
    // Checked: the King Papers Project's text (Stanford; “The Purpose of Education”, Maroon Tiger,
    // January–February 1947), as quoted by saferschools.blogspot.com and mlk.theuniversityunion.com: both sentences.
    id: 'q-king-true-education',
    text: {
      en: 'The function of education, therefore, is to teach one to think intensively and to think critically. … Intelligence plus character—that is the goal of true education.',
      es: 'La función de la educación, por lo tanto, es enseñar a pensar intensamente y a pensar críticamente. […] Inteligencia más carácter: esa es la meta de la verdadera educación.',
      fr: 'La fonction de l’éducation est donc d’apprendre à penser intensément et à penser de manière critique. […] L’intelligence plus le caractère : tel est le but de la véritable éducation.',
      de: 'Die Aufgabe der Bildung ist es also, den Menschen zu lehren, intensiv und kritisch zu denken. … Intelligenz plus Charakter – das ist das Ziel wahrer Bildung.',
    },
    author: 'Martin Luther King, Jr.',
    provenance: {
      kind: 'cited',
      work: 'The Maroon Tiger',
      article: 'The Purpose of Education',
      occasion: {
        en: 'Morehouse College student newspaper',
        es: 'periódico estudiantil del Morehouse College',
        fr: 'journal étudiant du Morehouse College',
        de: 'Studentenzeitung des Morehouse College',
      },
      year: 1947,
    },
    source: 'quote-list',
    topics: ['education'],
  }),
  quote({
    // Checked: his own words in the entry’s source article, “How to win difficult customers”.
    id: 'q-kaluyu-understand-self',
    text: {
      en: 'Great customer service begins with making serious effort to understand one’s self.',
      es: 'Un gran servicio al cliente empieza por esforzarse en serio por comprenderse a uno mismo.',
      fr: 'Un excellent service client commence par un effort sérieux pour se comprendre soi-même.',
      de: 'Guter Kundenservice beginnt mit dem ernsthaften Bemühen, sich selbst zu verstehen.',
    },
    author: 'Jeff Kaluyu, Ph.D.',
    provenance: { kind: 'in-article' },
    source: 'kaluyu-win-difficult',
    topics: ['attitude', 'education'],
  }),
  quote({
    // Checked: his own words in the entry’s source article, “How to win difficult customers”.
    id: 'q-kaluyu-empathize-not-agree',
    text: {
      en: 'There is a difference between empathizing and agreeing with the customer.',
      es: 'No es lo mismo empatizar con el cliente que darle la razón.',
      fr: 'Il y a une différence entre faire preuve d’empathie envers le client et lui donner raison.',
      de: 'Es ist ein Unterschied, ob man sich in den Kunden einfühlt oder ihm recht gibt.',
    },
    author: 'Jeff Kaluyu, Ph.D.',
    provenance: { kind: 'in-article' },
    source: 'kaluyu-win-difficult',
    topics: ['empathy'],
  }),
  quote({
    // Checked: his own words in the entry’s source article, “How to win difficult customers”.
    id: 'q-kaluyu-different-approaches',
    text: {
      en: 'Remember, different customers need different approaches to the same problem.',
      es: 'Recuerda: cada cliente necesita un enfoque distinto, aunque el problema sea el mismo.',
      fr: 'N’oubliez pas : face à un même problème, chaque client demande une approche différente.',
      de: 'Denken Sie daran: Unterschiedliche Kunden brauchen für dasselbe Problem unterschiedliche Herangehensweisen.',
    },
    author: 'Jeff Kaluyu, Ph.D.',
    provenance: { kind: 'in-article' },
    source: 'kaluyu-win-difficult',
    topics: ['solutions', 'respect'],
  }),
  quote({
    // Checked: the words of the source article, which names no author; anonymous.
    id: 'q-appreciate-their-value',
    text: {
      en: 'And instead of thinking of them as difficult, you’ll learn to appreciate them for the value they bring.',
      es: 'Y en lugar de verlos como clientes difíciles, aprenderás a apreciarlos por el valor que aportan.',
      fr: 'Et au lieu de les considérer comme difficiles, vous apprendrez à les apprécier pour ce qu’ils apportent.',
      de: 'Und statt sie für schwierig zu halten, werden Sie lernen, sie für das zu schätzen, was sie einbringen.',
    },
    source: 'stop-calling-them-difficult',
    topics: ['attitude', 'respect'],
  }),
  quote({
    // Checked: the words of the source article, which names no author; anonymous.
    id: 'q-difficult-situation-gift',
    text: {
      en: 'Every difficult situation presents a gift—something that can be learned.',
      es: 'Toda situación difícil trae un regalo: algo que se puede aprender.',
      fr: 'Chaque situation difficile offre un cadeau : quelque chose à apprendre.',
      de: 'Jede schwierige Situation hält ein Geschenk bereit – etwas, das man lernen kann.',
    },
    source: 'maybe-not-so-difficult',
    topics: ['education', 'attitude'],
  }),
  quote({
    // Checked: the source article’s words (Humanist Learning Systems, no person named).
    id: 'q-calm-elevate-them',
    text: {
      en: 'By staying calm you don’t join them at their level – you elevate them to yours.',
      es: 'Si mantienes la calma, no bajas a su nivel: los elevas al tuyo.',
      fr: 'En restant calme, vous ne descendez pas à leur niveau : vous les élevez au vôtre.',
      de: 'Wenn Sie ruhig bleiben, begeben Sie sich nicht auf ihr Niveau – Sie heben sie auf Ihres.',
    },
    source: 'humanist-difficult-client',
    topics: ['calm', 'respect'],
  }),
  quote({
    // The article's retelling of Sivers's essay on customer service; his own
    // text was not found, so the credit names the article that quotes him. The
    // article's quotation begins in lower case (He says, “the act…”); it is a whole
    // sentence, so it starts with a capital here.
    // Checked: the words as the entry’s source article quotes them (He says, “the act of doing this
    // every day is very peaceful. It feels like daily empathy practice.”).
    id: 'q-sivers-daily-empathy',
    text: {
      en: 'The act of doing this every day is very peaceful. It feels like daily empathy practice.',
      es: 'Hacerlo todos los días da mucha paz. Es como practicar la empatía a diario.',
      fr: 'Le faire chaque jour apporte beaucoup de sérénité. C’est comme un exercice quotidien d’empathie.',
      de: 'Es jeden Tag zu tun, hat etwas sehr Friedliches. Es ist wie eine tägliche Übung in Empathie.',
    },
    author: 'Derek Sivers',
    provenance: { kind: 'quoted-in' },
    source: 'humanist-human-service',
    topics: ['empathy', 'calm'],
  }),
  quote({
    // Checked: the source article’s words (Humanist Learning Systems, no person named).
    id: 'q-customers-matter',
    text: {
      en: 'Customers matter. Without them you have no business.',
      es: 'Los clientes importan. Sin ellos, no tienes negocio.',
      fr: 'Les clients comptent. Sans eux, vous n’avez pas d’entreprise.',
      de: 'Kunden sind wichtig. Ohne sie haben Sie kein Geschäft.',
    },
    source: 'humanist-customer-matters',
    topics: ['respect', 'success'],
  }),
];
