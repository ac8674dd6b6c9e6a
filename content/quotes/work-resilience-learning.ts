import { type QuoteProvenance, quote } from '../define';

/** Citations several quotes below share, written once so that a correction reaches them all. */
const FUROR_SCRIBENDI: QuoteProvenance = {
  kind: 'cited',
  work: 'Furor Scribendi',
  year: 1993,
  where: {
    en: 'essay; reprinted in Bloodchild and Other Stories (1995), p. 141',
    es: 'ensayo; reeditado en Bloodchild and Other Stories (1995), pág. 141',
    fr: 'essai ; repris dans Bloodchild and Other Stories (1995), p. 141',
    de: 'Essay; nachgedruckt in Bloodchild and Other Stories (1995), S. 141',
  },
};

/** Quotes first written or said in English on work done well, perseverance, learning, solutions and success. */
export const WORK_RESILIENCE_LEARNING_QUOTES = [
  quote({
    // Checked: zhurnaly.com and other full-text copies: The Rambler No. 43 (“The inconveniences of precipitation and confidence”), 14 Aug 1750; sentence cut after “pyramid”.
    id: 'q-johnson-quarry-pyramid',
    text: {
      en: 'All the performances of human art, at which we look with praise or wonder, are instances of the resistless force of perseverance: it is by this that the quarry becomes a pyramid.',
      es: 'Todas las obras del arte humano que contemplamos con elogio o asombro son ejemplos de la fuerza irresistible de la perseverancia: gracias a ella la cantera se convierte en pirámide.',
      fr: 'Toutes les réalisations de l’art humain que nous regardons avec admiration ou émerveillement témoignent de la force irrésistible de la persévérance : c’est par elle que la carrière devient pyramide.',
      de: 'Alle Werke menschlicher Kunst, die wir mit Lob oder Staunen betrachten, zeugen von der unwiderstehlichen Kraft der Beharrlichkeit: Durch sie wird aus dem Steinbruch eine Pyramide.',
    },
    author: 'Samuel Johnson',
    provenance: {
      kind: 'cited',
      work: 'The Rambler',
      year: 1750,
      where: {
        en: 'No. 43, 14 August 1750',
        es: 'n.º 43, 14 de agosto de 1750',
        fr: 'numéro 43, 14 août 1750',
        de: 'Nr. 43, 14. August 1750',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // Checked: the work’s text (Project Gutenberg-based copy of Rasselas): Imlac’s last words of chapter XII.
    id: 'q-johnson-diligence-skill',
    text: {
      en: 'Few things are impossible to diligence and skill.',
      es: 'Pocas cosas son imposibles para la diligencia y la destreza.',
      fr: 'Peu de choses résistent à l’application et au savoir-faire.',
      de: 'Für Fleiß und Geschick ist kaum etwas unmöglich.',
    },
    author: 'Samuel Johnson',
    provenance: {
      kind: 'cited',
      work: 'The History of Rasselas, Prince of Abissinia',
      year: 1759,
      where: {
        en: 'chapter XII (Imlac speaking)',
        es: 'capítulo XII (habla Imlac)',
        fr: 'chapitre XII (c’est Imlac qui parle)',
        de: 'Kapitel XII (Imlac spricht)',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // Checked: Boswell’s Life of Johnson, entry for 18 April 1775 (full passage quoted on takingnotenow.blogspot.com and others).
    id: 'q-johnson-knowledge-two-kinds',
    text: {
      en: 'Knowledge is of two kinds. We know a subject ourselves, or we know where we can find information upon it.',
      es: 'El conocimiento es de dos clases: o conocemos un tema nosotros mismos, o sabemos dónde encontrar información sobre él.',
      fr: 'Le savoir est de deux sortes : ou bien nous connaissons nous-mêmes un sujet, ou bien nous savons où trouver des informations à son propos.',
      de: 'Es gibt zweierlei Wissen: Entweder kennen wir uns in einer Sache selbst aus, oder wir wissen, wo wir Auskunft darüber finden.',
    },
    author: 'Samuel Johnson',
    provenance: {
      kind: 'cited',
      work: 'The Life of Samuel Johnson, LL.D.',
      occasion: {
        en: 'by James Boswell',
        es: 'de James Boswell',
        fr: 'de James Boswell',
        de: 'von James Boswell',
      },
      year: 1791,
      where: {
        en: 'conversation of 18 April 1775',
        es: 'conversación del 18 de abril de 1775',
        fr: 'conversation du 18 avril 1775',
        de: 'Gespräch vom 18. April 1775',
      },
    },
    source: 'quote-list',
    topics: ['education', 'solutions'],
  }),
  quote({
    // Checked: letter of 8 May 1780 as printed in Letters of Mrs. Adams (ed. C. F. Adams), quoted with date by notable-quotes.com and others.
    id: 'q-adams-learning-ardor',
    text: {
      en: 'Learning is not attained by chance, it must be sought for with ardor and attended to with diligence.',
      es: 'El saber no se alcanza por casualidad: hay que buscarlo con ardor y cultivarlo con diligencia.',
      fr: 'Le savoir ne s’acquiert pas par hasard : il faut le rechercher avec ardeur et l’entretenir avec application.',
      de: 'Bildung erlangt man nicht durch Zufall; man muss mit Eifer nach ihr streben und sie mit Fleiß pflegen.',
    },
    author: 'Abigail Adams',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to John Quincy Adams',
        es: 'Carta a John Quincy Adams',
        fr: 'Lettre à John Quincy Adams',
        de: 'Brief an John Quincy Adams',
      },
      year: 1780,
      where: { en: '8 May 1780', es: '8 de mayo de 1780', fr: '8 mai 1780', de: '8. Mai 1780' },
    },
    source: 'quote-list',
    topics: ['education', 'perseverance'],
  }),
  quote({
    // Checked: letter to John Quincy Adams, 19 January 1780 (Founders Online; Adams Family Correspondence, vol. 3, 1973, pp. 268–269), spelling modernized. A sentence (“All History will convince you of this…”) stands between the two, hence the ellipsis.
    id: 'q-adams-vigorous-mind',
    text: {
      en: 'The habits of a vigorous mind are formed in contending with difficulties. … Great necessities call out great virtues.',
      es: 'Los hábitos de una mente vigorosa se forman lidiando con las dificultades. […] Las grandes necesidades despiertan grandes virtudes.',
      fr: 'C’est en luttant contre les difficultés que se forment les habitudes d’un esprit vigoureux. […] Les grandes nécessités font naître les grandes vertus.',
      de: 'Die Gewohnheiten eines tatkräftigen Geistes bilden sich im Ringen mit Schwierigkeiten. … Große Nöte wecken große Tugenden.',
    },
    author: 'Abigail Adams',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to John Quincy Adams',
        es: 'Carta a John Quincy Adams',
        fr: 'Lettre à John Quincy Adams',
        de: 'Brief an John Quincy Adams',
      },
      year: 1780,
      where: {
        en: '19 January 1780',
        es: '19 de enero de 1780',
        fr: '19 janvier 1780',
        de: '19. Januar 1780',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // Checked: the work’s text (Up from Slavery, chapter II “Boyhood Days”; Project Gutenberg #2376, read in GITenberg’s copy).
    id: 'q-washington-obstacles-overcome',
    text: {
      en: 'I have learned that success is to be measured not so much by the position that one has reached in life as by the obstacles which he has overcome while trying to succeed.',
      es: 'He aprendido que el éxito no se mide tanto por la posición que uno ha alcanzado en la vida como por los obstáculos que ha superado mientras intentaba triunfar.',
      fr: 'J’ai appris que la réussite se mesure moins à la position que l’on a atteinte dans la vie qu’aux obstacles que l’on a surmontés en cherchant à réussir.',
      de: 'Ich habe gelernt, dass Erfolg weniger an der Stellung zu messen ist, die man im Leben erreicht hat, als an den Hindernissen, die man auf dem Weg dorthin überwunden hat.',
    },
    author: 'Booker T. Washington',
    provenance: {
      kind: 'cited',
      work: 'Up from Slavery',
      year: 1901,
      where: { en: 'chapter II', es: 'capítulo II', fr: 'chapitre II', de: 'Kapitel II' },
    },
    source: 'quote-list',
    topics: ['success', 'perseverance'],
  }),
  quote({
    // Checked: Jacob Riis, Theodore Roosevelt, the Citizen (1904), quoting the Labor Day speech at Syracuse, 1903 (bartleby.com).
    id: 'q-roosevelt-work-worth-doing',
    text: {
      en: 'Far and away the best prize that life offers is the chance to work hard at work worth doing.',
      es: 'El mejor premio que ofrece la vida, con mucha diferencia, es la oportunidad de trabajar duro en un trabajo que valga la pena.',
      fr: 'De loin, la plus belle récompense que la vie puisse offrir, c’est de pouvoir travailler dur à une tâche qui en vaut la peine.',
      de: 'Der mit Abstand schönste Preis, den das Leben zu bieten hat, ist die Chance, hart an etwas zu arbeiten, das die Mühe wert ist.',
    },
    author: 'Theodore Roosevelt',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Labor Day address, New York State Fair, Syracuse',
        es: 'Discurso del Día del Trabajo, Feria del Estado de Nueva York, Syracuse',
        fr: 'Discours de la fête du Travail, foire de l’État de New York, Syracuse',
        de: 'Rede zum Labor Day, New York State Fair, Syracuse',
      },
      year: 1903,
      where: {
        en: '7 September 1903',
        es: '7 de septiembre de 1903',
        fr: '7 septembre 1903',
        de: '7. September 1903',
      },
    },
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    // Checked: QI 2022-12-17 (“Do What You Can, With What You’ve Got, Where You Are”): in Roosevelt’s Autobiography (1913), where he credits the saying to Squire Bill Widener, so his full sentence is quoted.
    // The Autobiography's text (Project Gutenberg #3335, from a 1920 edition, read in GITenberg's copy) has it in chapter IX, “Outdoors and Indoors” (on children and home).
    id: 'q-roosevelt-what-youve-got',
    text: {
      en: 'There is a bit of homely philosophy, quoted by Squire Bill Widener, of Widener’s Valley, Virginia, which sums up one’s duty in life: “Do what you can, with what you’ve got, where you are.”',
      es: 'Hay una pizca de filosofía sencilla, citada por el hacendado Bill Widener, de Widener’s Valley (Virginia), que resume el deber de cada uno en la vida: «Haz lo que puedas, con lo que tengas, donde estés».',
      fr: 'Il est une petite philosophie toute simple, citée par Bill Widener, notable de Widener’s Valley, en Virginie, qui résume le devoir de chacun dans la vie : « Faites ce que vous pouvez, avec ce que vous avez, là où vous êtes. »',
      de: 'Es gibt ein Stück Alltagsphilosophie, zitiert von Squire Bill Widener aus Widener’s Valley in Virginia, das die Pflicht eines jeden im Leben zusammenfasst: „Tun Sie, was Sie können, mit dem, was Sie haben, da, wo Sie sind.“',
    },
    author: 'Theodore Roosevelt',
    provenance: {
      kind: 'cited',
      work: 'Theodore Roosevelt: An Autobiography',
      year: 1913,
      where: {
        en: 'chapter IX, “Outdoors and Indoors”',
        es: 'capítulo IX, «Outdoors and Indoors»',
        fr: 'chapitre IX, « Outdoors and Indoors »',
        de: 'Kapitel IX, „Outdoors and Indoors“',
      },
    },
    source: 'quote-list',
    topics: ['solutions', 'attitude'],
  }),
  quote({
    // Checked: quotepark/Wikiquote-sourced entry: You Learn by Living (1960), pp. 29–30, with its context.
    id: 'q-roosevelt-look-fear-face',
    text: {
      en: 'You gain strength, courage and confidence by every experience in which you really stop to look fear in the face. … You must do the thing you think you cannot do.',
      es: 'Ganas fuerza, valor y confianza con cada experiencia en la que de verdad te detienes a mirar el miedo a la cara. […] Debes hacer aquello que crees que no puedes hacer.',
      fr: 'Vous gagnez en force, en courage et en confiance à chaque expérience où vous prenez vraiment le temps de regarder la peur en face. […] Vous devez faire ce que vous croyez ne pas pouvoir faire.',
      de: 'Mit jeder Erfahrung, in der Sie wirklich innehalten und der Angst ins Gesicht sehen, gewinnen Sie Kraft, Mut und Zuversicht. … Sie müssen das tun, wovon Sie glauben, dass Sie es nicht können.',
    },
    author: 'Eleanor Roosevelt',
    provenance: {
      kind: 'cited',
      work: 'You Learn by Living',
      year: 1960,
      where: { en: 'pp. 29–30', es: 'págs. 29-30', fr: 'p. 29-30', de: 'S. 29–30' },
    },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // Checked: QI (Octavia Butler, “First forget inspiration”): “Furor Scribendi”, first in Writers of the Future vol. IX (1993), reprinted in Bloodchild and Other Stories (1995), p. 141, verified with scans.
    id: 'q-butler-habit-persistence',
    text: {
      en: 'First forget inspiration. Habit is more dependable. Habit will sustain you whether you’re inspired or not. … Habit is persistence in practice.',
      es: 'Primero, olvídate de la inspiración. El hábito es más fiable. El hábito te sostendrá, estés inspirado o no. […] El hábito es la perseverancia puesta en práctica.',
      fr: 'D’abord, oubliez l’inspiration. L’habitude est plus fiable. L’habitude vous portera, que vous soyez inspiré ou non. […] L’habitude, c’est la persévérance mise en pratique.',
      de: 'Vergessen Sie zuerst die Inspiration. Gewohnheit ist verlässlicher. Gewohnheit trägt Sie, ob Sie inspiriert sind oder nicht. … Gewohnheit ist gelebte Beharrlichkeit.',
    },
    author: 'Octavia E. Butler',
    provenance: FUROR_SCRIBENDI,
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // Checked: QI (same article): “Furor Scribendi”, Bloodchild and Other Stories (1995), p. 141.
    id: 'q-butler-continued-learning',
    text: {
      en: 'Forget talent. If you have it, fine. Use it. If you don’t have it, it doesn’t matter. As habit is more dependable than inspiration, continued learning is more dependable than talent.',
      es: 'Olvídate del talento. Si lo tienes, bien: úsalo. Si no lo tienes, da igual. Así como el hábito es más fiable que la inspiración, seguir aprendiendo es más fiable que el talento.',
      fr: 'Oubliez le talent. Si vous en avez, tant mieux : servez-vous-en. Si vous n’en avez pas, peu importe. De même que l’habitude est plus fiable que l’inspiration, continuer d’apprendre est plus fiable que le talent.',
      de: 'Vergessen Sie das Talent. Wenn Sie es haben, gut. Nutzen Sie es. Wenn nicht, macht es nichts. So wie Gewohnheit verlässlicher ist als Inspiration, ist ständiges Lernen verlässlicher als Talent.',
    },
    author: 'Octavia E. Butler',
    provenance: FUROR_SCRIBENDI,
    source: 'quote-list',
    topics: ['education', 'success'],
  }),
  quote({
    // Checked: The Demon-Haunted World (1995), chapter “No Such Thing as a Dumb Question” (quoted with the book by obscurecuriosities.com and others).
    id: 'q-sagan-no-dumb-question',
    text: {
      en: 'There are naive questions, tedious questions, ill-phrased questions, questions put after inadequate self-criticism. But every question is a cry to understand the world. There is no such thing as a dumb question.',
      es: 'Hay preguntas ingenuas, preguntas tediosas, preguntas mal formuladas, preguntas hechas sin suficiente autocrítica. Pero toda pregunta es un clamor por entender el mundo. No existen las preguntas tontas.',
      fr: 'Il y a des questions naïves, des questions fastidieuses, des questions mal formulées, des questions posées sans assez d’autocritique. Mais toute question est un cri pour comprendre le monde. Il n’y a pas de question bête.',
      de: 'Es gibt naive Fragen, langweilige Fragen, schlecht formulierte Fragen, Fragen ohne genügend Selbstkritik. Aber jede Frage ist ein Ruf danach, die Welt zu verstehen. Dumme Fragen gibt es nicht.',
    },
    author: 'Carl Sagan',
    provenance: {
      kind: 'cited',
      work: 'The Demon-Haunted World: Science as a Candle in the Dark',
      year: 1995,
      where: {
        en: 'chapter “No Such Thing as a Dumb Question”',
        es: 'capítulo «No Such Thing as a Dumb Question»',
        fr: 'chapitre « No Such Thing as a Dumb Question »',
        de: 'Kapitel „No Such Thing as a Dumb Question“',
      },
    },
    source: 'quote-list',
    topics: ['education', 'respect'],
  }),
  quote({
    // Checked: Wikiquote, John Dewey, Sourced: Logic: The Theory of Inquiry (1938), ch. VI (exact sentence also on quotecatalog.com).
    id: 'q-dewey-problem-well-put',
    text: {
      en: 'It is a familiar and significant saying that a problem well put is half-solved.',
      es: 'Es un dicho conocido y elocuente que un problema bien planteado está medio resuelto.',
      fr: 'C’est un dicton familier et lourd de sens : un problème bien posé est à moitié résolu.',
      de: 'Es ist eine bekannte und bedeutsame Redensart, dass ein gut gestelltes Problem schon halb gelöst ist.',
    },
    author: 'John Dewey',
    provenance: {
      kind: 'cited',
      work: 'Logic: The Theory of Inquiry',
      year: 1938,
      where: {
        en: 'chapter VI, “The Pattern of Inquiry”',
        es: 'capítulo VI, «The Pattern of Inquiry»',
        fr: 'chapitre VI, « The Pattern of Inquiry »',
        de: 'Kapitel VI, „The Pattern of Inquiry“',
      },
    },
    source: 'quote-list',
    topics: ['solutions', 'communication'],
  }),
  quote({
    // Checked: “Cargo Cult Science”, Caltech commencement address 1974, printed in Surely You’re Joking, Mr. Feynman! (1985) (colemanm.org, acknak.blogspot.com quote the passage).
    id: 'q-feynman-not-fool-yourself',
    text: {
      en: 'The first principle is that you must not fool yourself—and you are the easiest person to fool.',
      es: 'El primer principio es que no debes engañarte a ti mismo, y tú eres la persona más fácil de engañar.',
      fr: 'Le premier principe, c’est de ne pas vous leurrer vous-même, et vous êtes la personne la plus facile à leurrer.',
      de: 'Der erste Grundsatz lautet: Sie dürfen sich nicht selbst täuschen – und Sie sind der Mensch, der am leichtesten zu täuschen ist.',
    },
    author: 'Richard Feynman',
    provenance: {
      kind: 'cited',
      work: 'Cargo Cult Science',
      occasion: {
        en: 'Caltech commencement address',
        es: 'discurso de graduación en Caltech',
        fr: 'discours de remise des diplômes à Caltech',
        de: 'Rede zur Abschlussfeier am Caltech',
      },
      year: 1974,
    },
    source: 'quote-list',
    topics: ['education', 'solutions'],
  }),
  quote({
    // Checked: speech at Harrow School, 29 October 1941 (full text via the Churchill Centre, quoted by Time and others).
    id: 'q-churchill-never-give-in',
    text: {
      en: 'Never give in, never give in, never, never, never, never—in nothing, great or small, large or petty—never give in except to convictions of honour and good sense.',
      es: 'Nunca te rindas, nunca te rindas, nunca, nunca, nunca, nunca —en nada, grande o pequeño, importante o nimio—, nunca te rindas, salvo ante las convicciones del honor y del sentido común.',
      fr: 'Ne cédez jamais, ne cédez jamais, jamais, jamais, jamais, jamais — en rien, grand ou petit, important ou dérisoire — ne cédez jamais, sauf à des convictions d’honneur et de bon sens.',
      de: 'Geben Sie niemals nach, geben Sie niemals nach, niemals, niemals, niemals, niemals – in nichts, ob groß oder klein, wichtig oder nebensächlich –, geben Sie niemals nach, es sei denn, Ehre und Vernunft gebieten es.',
    },
    author: 'Winston Churchill',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Speech at Harrow School',
        es: 'Discurso en la Harrow School',
        fr: 'Discours à la Harrow School',
        de: 'Rede an der Harrow School',
      },
      year: 1941,
      where: {
        en: '29 October 1941',
        es: '29 de octubre de 1941',
        fr: '29 octobre 1941',
        de: '29. Oktober 1941',
      },
    },
    source: 'quote-list',
    topics: ['perseverance'],
  }),
  quote({
    // Checked: Papers of Abraham Lincoln, document D200867: Lincoln to Isham Reavis, 5 November 1855 (comma as in the letter).
    id: 'q-lincoln-resolution-succeed',
    text: {
      en: 'Always bear in mind that your own resolution to succeed, is more important than any other one thing.',
      es: 'Ten siempre presente que tu propia resolución de triunfar es más importante que cualquier otra cosa.',
      fr: 'Gardez toujours à l’esprit que votre propre résolution de réussir compte plus que toute autre chose.',
      de: 'Denken Sie immer daran: Ihr eigener Entschluss, es zu schaffen, ist wichtiger als alles andere.',
    },
    author: 'Abraham Lincoln',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to Isham Reavis',
        es: 'Carta a Isham Reavis',
        fr: 'Lettre à Isham Reavis',
        de: 'Brief an Isham Reavis',
      },
      year: 1855,
      where: {
        en: '5 November 1855',
        es: '5 de noviembre de 1855',
        fr: '5 novembre 1855',
        de: '5. November 1855',
      },
    },
    source: 'quote-list',
    topics: ['success', 'perseverance'],
  }),
  quote({
    // Checked: QI 2016-01-20 (“Failure Is the Opportunity to Begin Again”): My Life and Work (1922, with Samuel Crowther), Introduction, pp. 19–20; the popular wording is a later rephrasing.
    // Same words in the book's text (Project Gutenberg #7213, read in GITenberg's copy), Introduction, “What Is the Idea?”.
    id: 'q-ford-begin-again',
    text: {
      en: 'Failure is only the opportunity more intelligently to begin again. There is no disgrace in honest failure; there is disgrace in fearing to fail.',
      es: 'El fracaso no es más que la oportunidad de volver a empezar con más inteligencia. No hay deshonra en un fracaso honesto; la deshonra está en tener miedo a fracasar.',
      fr: 'L’échec n’est que l’occasion de recommencer plus intelligemment. Il n’y a aucune honte à échouer honnêtement ; la honte, c’est d’avoir peur d’échouer.',
      de: 'Scheitern ist nur die Gelegenheit, klüger von Neuem anzufangen. Ehrliches Scheitern ist keine Schande; eine Schande ist es, das Scheitern zu fürchten.',
    },
    author: 'Henry Ford',
    provenance: {
      kind: 'cited',
      work: 'My Life and Work',
      year: 1922,
      where: {
        en: 'Introduction, pp. 19–20',
        es: 'introducción, págs. 19-20',
        fr: 'introduction, p. 19-20',
        de: 'Einleitung, S. 19–20',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'education'],
  }),
  quote({
    // Checked: the novel's text (Project Gutenberg #514, read in GITenberg's copy), chapter 44 “My Lord and Lady”, spoken by Amy;
    // her sentence opens “I don't know how long it will last, but”, left out.
    id: 'q-alcott-sail-my-ship',
    text: {
      en: 'I’m not afraid of storms, for I’m learning how to sail my ship.',
      es: 'No temo las tormentas, porque estoy aprendiendo a gobernar mi barco.',
      fr: 'Je n’ai pas peur des tempêtes, car j’apprends à mener mon navire.',
      de: 'Ich fürchte mich nicht vor Stürmen, denn ich lerne, mein Schiff zu steuern.',
    },
    author: 'Louisa May Alcott',
    provenance: {
      kind: 'cited',
      work: 'Little Women',
      year: 1869,
      where: {
        en: 'part 2, chapter 44 (Amy speaking)',
        es: 'segunda parte, capítulo 44 (habla Amy)',
        fr: 'deuxième partie, chapitre 44 (c’est Amy qui parle)',
        de: 'Teil 2, Kapitel 44 (Amy spricht)',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'education', 'calm'],
  }),
  quote({
    // Checked: the work’s text: Florence Nightingale to Her Nurses (Macmillan 1914, Project Gutenberg 49732), her own footnote to an address; first word capitalized here.
    id: 'q-nightingale-education-going-on',
    text: {
      en: 'Grown-up people, even of middle-age, ought always to have their education going on. But only those can learn after middle age who have gone on learning up to middle age.',
      es: 'Los adultos, incluso a mediana edad, deberían seguir formándose siempre. Pero solo pueden aprender pasada la mediana edad quienes no han dejado de aprender hasta entonces.',
      fr: 'Les adultes, même d’âge mûr, devraient toujours poursuivre leur instruction. Mais seuls peuvent apprendre passé le milieu de la vie ceux qui n’ont jamais cessé d’apprendre jusque-là.',
      de: 'Auch Erwachsene, selbst in mittleren Jahren, sollten ihre Bildung immer weiterführen. Aber nach der Lebensmitte lernen kann nur, wer bis dahin nicht aufgehört hat zu lernen.',
    },
    author: 'Florence Nightingale',
    provenance: {
      kind: 'cited',
      work: 'Florence Nightingale to Her Nurses',
      year: 1914,
      where: {
        en: 'her footnote to an address to the Nightingale School probationers',
        es: 'nota suya a un discurso a las alumnas de la Escuela Nightingale',
        fr: 'note de sa main à une allocution aux élèves infirmières de l’école Nightingale',
        de: 'eigene Anmerkung zu einer Ansprache an die Schülerinnen der Nightingale-Schule',
      },
    },
    source: 'quote-list',
    topics: ['education'],
  }),
  quote({
    // Checked: “As Much Truth As One Can Bear”, The New York Times Book Review, 14 January 1962 (cited with date by seriousjoy.org and others).
    id: 'q-baldwin-until-it-is-faced',
    text: {
      en: 'Not everything that is faced can be changed; but nothing can be changed until it is faced.',
      es: 'No todo lo que se afronta puede cambiarse, pero nada puede cambiarse hasta que se afronta.',
      fr: 'Tout ce qu’on affronte ne peut pas être changé ; mais rien ne peut être changé tant qu’on ne l’a pas affronté.',
      de: 'Nicht alles, dem man sich stellt, lässt sich ändern; aber nichts lässt sich ändern, solange man sich ihm nicht stellt.',
    },
    author: 'James Baldwin',
    provenance: {
      kind: 'cited',
      work: 'The New York Times Book Review',
      article: 'As Much Truth As One Can Bear',
      year: 1962,
      where: {
        en: '14 January 1962',
        es: '14 de enero de 1962',
        fr: '14 janvier 1962',
        de: '14. Januar 1962',
      },
    },
    source: 'quote-list',
    topics: ['solutions', 'perseverance'],
  }),
  quote({
    // Checked: Dust Tracks on a Road (1942), chapter “Research” (passage quoted with page numbers on a Teachers College site; chapter per eNotes summary).
    id: 'q-hurston-poking-prying',
    text: {
      en: 'Research is formalized curiosity. It is poking and prying with a purpose.',
      es: 'Investigar es curiosidad con método. Es hurgar y husmear con un propósito.',
      fr: 'La recherche, c’est de la curiosité mise en forme. C’est fouiller et fureter dans un but précis.',
      de: 'Forschung ist Neugier mit Methode. Sie ist Herumstochern und Nachbohren mit einem Ziel.',
    },
    author: 'Zora Neale Hurston',
    provenance: {
      kind: 'cited',
      work: 'Dust Tracks on a Road',
      year: 1942,
      where: {
        en: 'chapter “Research”',
        es: 'capítulo «Research»',
        fr: 'chapitre « Research »',
        de: 'Kapitel „Research“',
      },
    },
    source: 'quote-list',
    topics: ['education', 'solutions'],
  }),
  quote({
    // Checked: the poem’s text: “A Servant to Servants”, North of Boston (1914), where the speaker says “He says the best way out is always through”.
    id: 'q-frost-way-out-through',
    text: {
      en: 'The best way out is always through.',
      es: 'La mejor manera de salir de algo es siempre atravesarlo.',
      fr: 'La meilleure façon d’en sortir, c’est toujours de passer au travers.',
      de: 'Der beste Ausweg führt immer mitten hindurch.',
    },
    author: 'Robert Frost',
    provenance: {
      kind: 'cited',
      work: 'North of Boston',
      year: 1914,
      where: {
        en: 'poem “A Servant to Servants”',
        es: 'poema «A Servant to Servants»',
        fr: 'poème « A Servant to Servants »',
        de: 'Gedicht „A Servant to Servants“',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'solutions'],
  }),
  quote({
    // Checked: Bird by Bird (1994), the title story, quoted in full by everything2.com and others; the words in quotes are her father’s, as she tells it.
    id: 'q-lamott-bird-by-bird',
    text: {
      en: 'Then my father sat down beside him, put his arm around my brother’s shoulder, and said, “Bird by bird, buddy. Just take it bird by bird.”',
      es: 'Entonces mi padre se sentó a su lado, le pasó el brazo por los hombros a mi hermano y le dijo: «Pájaro a pájaro, campeón. Ve pájaro a pájaro».',
      fr: 'Alors mon père s’est assis à côté de lui, a passé le bras autour des épaules de mon frère et lui a dit : « Oiseau par oiseau, mon grand. Prends-les simplement un par un. »',
      de: 'Da setzte sich mein Vater neben ihn, legte meinem Bruder den Arm um die Schulter und sagte: „Vogel für Vogel, Kumpel. Nimm dir einfach einen Vogel nach dem anderen vor.“',
    },
    author: 'Anne Lamott',
    provenance: {
      kind: 'cited',
      work: 'Bird by Bird: Some Instructions on Writing and Life',
      year: 1994,
    },
    source: 'quote-list',
    topics: ['perseverance', 'patience'],
  }),
  quote({
    // Checked: The Fellowship of the Ring, book I, chapter 2 “The Shadow of the Past”, Gandalf to Frodo (passage quoted on stephencwinter.com).
    // es, fr, de: ours, reworded away from the common wording, which may be the published translations' (in copyright); none of their texts was reached to compare.
    id: 'q-tolkien-time-given-us',
    text: {
      en: 'All we have to decide is what to do with the time that is given us.',
      es: 'Lo único que nos toca decidir es qué hacer con el tiempo que se nos da.',
      fr: 'Il ne nous appartient que de décider quoi faire du temps qui nous est donné.',
      de: 'Wir müssen nur entscheiden, was wir mit der uns gegebenen Zeit tun.',
    },
    author: 'J. R. R. Tolkien',
    provenance: {
      kind: 'cited',
      work: 'The Fellowship of the Ring',
      year: 1954,
      where: {
        en: 'book I, chapter 2 (Gandalf speaking)',
        es: 'libro I, capítulo 2 (habla Gandalf)',
        fr: 'livre I, chapitre 2 (c’est Gandalf qui parle)',
        de: 'Buch I, Kapitel 2 (Gandalf spricht)',
      },
    },
    source: 'quote-list',
    topics: ['attitude', 'perseverance'],
  }),
  quote({
    // Checked: Worstward Ho (1983), written in English; Wikipedia and the Science Gallery manuscript page quote it (fr: Edith Fournier’s Cap au pire; de: Erika Tophoven’s Aufs Schlimmste zu).
    // French: ours (“Ever” as “Toujours”), apart from Édith Fournier's (Cap au pire, 1991), which frayerneuf.net quotes as “… Essayer encore. Rater encore. Rater mieux.” German: the plain literal rendering, which is also how Erika Tophoven's is quoted; its one free word is „Einerlei“.
    id: 'q-beckett-fail-better',
    text: {
      en: 'Ever tried. Ever failed. No matter. Try again. Fail again. Fail better.',
      es: 'Siempre intentado. Siempre fracasado. No importa. Intentar otra vez. Fracasar otra vez. Fracasar mejor.',
      fr: 'Toujours essayé. Toujours échoué. Peu importe. Essayer encore. Échouer encore. Échouer mieux.',
      de: 'Immer versucht. Immer gescheitert. Einerlei. Wieder versuchen. Wieder scheitern. Besser scheitern.',
    },
    author: 'Samuel Beckett',
    provenance: { kind: 'cited', work: 'Worstward Ho', year: 1983 },
    source: 'quote-list',
    topics: ['perseverance', 'education'],
  }),
  quote({
    // Checked: Business @ the Speed of Thought (1999, with Collins Hemingway), cited as the book’s line by supplychainmovement.com and others.
    id: 'q-gates-unhappy-customers',
    text: {
      en: 'Your most unhappy customers are your greatest source of learning.',
      es: 'Tus clientes más descontentos son tu mayor fuente de aprendizaje.',
      fr: 'Vos clients les plus mécontents sont votre meilleure source d’apprentissage.',
      de: 'Ihre unzufriedensten Kunden sind Ihre beste Lernquelle.',
    },
    author: 'Bill Gates',
    provenance: { kind: 'cited', work: 'Business @ the Speed of Thought', year: 1999 },
    source: 'quote-list',
    topics: ['education', 'solutions', 'listening'],
  }),
  quote({
    // Checked: The Psychology of Science: A Reconnaissance (1966), passage quoted with its washing-machine context (transact.seesaa.net, hyperorg.com via Google Books).
    id: 'q-maslow-hammer-nail',
    text: {
      en: 'I suppose it is tempting, if the only tool you have is a hammer, to treat everything as if it were a nail.',
      es: 'Supongo que es tentador, si la única herramienta que tienes es un martillo, tratarlo todo como si fuera un clavo.',
      fr: 'J’imagine qu’il est tentant, quand le seul outil dont on dispose est un marteau, de tout traiter comme si c’était un clou.',
      de: 'Vermutlich ist es verlockend, alles wie einen Nagel zu behandeln, wenn das einzige Werkzeug, das man hat, ein Hammer ist.',
    },
    author: 'Abraham Maslow',
    provenance: { kind: 'cited', work: 'The Psychology of Science: A Reconnaissance', year: 1966 },
    source: 'quote-list',
    topics: ['solutions'],
  }),
  quote({
    // Checked: “Managing for Business Effectiveness”, Harvard Business Review, May–June 1963 (cited so by thinkingpark.com and ool.co.uk).
    id: 'q-drucker-useless-efficiency',
    text: {
      en: 'There is surely nothing quite so useless as doing with great efficiency what should not be done at all.',
      es: 'Sin duda, no hay nada tan inútil como hacer con gran eficiencia lo que no debería hacerse en absoluto.',
      fr: 'Rien n’est sans doute aussi inutile que de faire avec une grande efficacité ce qui ne devrait pas être fait du tout.',
      de: 'Nichts ist wohl so nutzlos, wie mit großer Effizienz etwas zu tun, das überhaupt nicht getan werden sollte.',
    },
    author: 'Peter Drucker',
    provenance: {
      kind: 'cited',
      work: 'Harvard Business Review',
      article: 'Managing for Business Effectiveness',
      year: 1963,
      where: {
        en: 'May–June 1963',
        es: 'mayo-junio de 1963',
        fr: 'mai-juin 1963',
        de: 'Mai/Juni 1963',
      },
    },
    source: 'quote-list',
    topics: ['solutions', 'success'],
  }),
  quote({
    // Checked: the work’s text: “New England Reformers” (1844), in Essays: Second Series (Project Gutenberg #2945, read in GITenberg’s copy), the passage’s last sentence.
    id: 'q-emerson-thing-well-done',
    text: {
      en: 'The reward of a thing well done, is to have done it.',
      es: 'La recompensa de algo bien hecho es haberlo hecho.',
      fr: 'La récompense d’une chose bien faite, c’est de l’avoir faite.',
      de: 'Der Lohn für eine gut gemachte Sache ist, sie getan zu haben.',
    },
    author: 'Ralph Waldo Emerson',
    provenance: {
      kind: 'cited',
      work: 'New England Reformers',
      year: 1844,
      where: {
        en: 'lecture, collected in Essays: Second Series',
        es: 'conferencia recogida en Essays: Second Series',
        fr: 'conférence reprise dans Essays : Second Series',
        de: 'Vortrag, aufgenommen in Essays: Second Series',
      },
    },
    source: 'quote-list',
    topics: ['success'],
  }),
  quote({
    // Checked: the work’s text: Familiar Letters of Henry David Thoreau (1894), p. 269 (Wikisource scan), letter to Harrison Blake begun 19 December 1853.
    id: 'q-thoreau-polish-the-world',
    text: {
      en: 'It is the art of mankind to polish the world, and every one who works is scrubbing in some part.',
      es: 'El arte de la humanidad consiste en pulir el mundo, y todo el que trabaja está frotando en algún rincón.',
      fr: 'L’art de l’humanité, c’est de polir le monde, et quiconque travaille en frotte une partie.',
      de: 'Es ist die Kunst der Menschheit, die Welt zu polieren, und jeder, der arbeitet, schrubbt an irgendeinem Teil davon.',
    },
    author: 'Henry David Thoreau',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to H. G. O. Blake',
        es: 'Carta a H. G. O. Blake',
        fr: 'Lettre à H. G. O. Blake',
        de: 'Brief an H. G. O. Blake',
      },
      year: 1853,
      where: {
        en: '19 December 1853',
        es: '19 de diciembre de 1853',
        fr: '19 décembre 1853',
        de: '19. Dezember 1853',
      },
    },
    source: 'quote-list',
    topics: ['success', 'teamwork'],
  }),
  quote({
    // Checked: the work’s text: Familiar Letters of Henry David Thoreau (1894), p. 371 (Wikisource scan), letter to Harrison Blake, 16 November 1857.
    id: 'q-thoreau-so-are-the-ants',
    text: {
      en: 'It is not enough to be industrious; so are the ants. What are you industrious about?',
      es: 'No basta con ser laborioso; también lo son las hormigas. ¿En qué pones tu empeño?',
      fr: 'Il ne suffit pas d’être travailleur ; les fourmis le sont aussi. Et vous, à quoi travaillez-vous ?',
      de: 'Es genügt nicht, fleißig zu sein; das sind die Ameisen auch. Wofür sind Sie fleißig?',
    },
    author: 'Henry David Thoreau',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to H. G. O. Blake',
        es: 'Carta a H. G. O. Blake',
        fr: 'Lettre à H. G. O. Blake',
        de: 'Brief an H. G. O. Blake',
      },
      year: 1857,
      where: {
        en: '16 November 1857',
        es: '16 de noviembre de 1857',
        fr: '16 novembre 1857',
        de: '16. November 1857',
      },
    },
    source: 'quote-list',
    topics: ['solutions', 'success'],
  }),
  quote({
    // Checked: the almanac’s text: Poor Richard’s Almanack, 1741 (vlib.us transcription); Franklin printed many proverbs he had gathered, under his own almanac.
    id: 'q-franklin-learn-of-skilful',
    text: {
      en: 'Learn of the skilful: He that teaches himself, hath a fool for his master.',
      es: 'Aprende de los diestros: quien se enseña a sí mismo tiene a un necio por maestro.',
      fr: 'Apprenez auprès des habiles : qui s’instruit seul a un sot pour maître.',
      de: 'Lernen Sie von den Geschickten: Wer sich selbst unterrichtet, hat einen Narren zum Lehrer.',
    },
    author: 'Benjamin Franklin',
    provenance: { kind: 'cited', work: 'Poor Richard’s Almanack', year: 1741 },
    source: 'quote-list',
    topics: ['education', 'teamwork'],
  }),
  quote({
    // Checked: Letter to My Daughter (2008), end of the opening letter to the reader, p. 5 (SuperSummary; several reviews quote it).
    id: 'q-angelou-not-be-reduced',
    text: {
      en: 'You may not control all the events that happen to you, but you can decide not to be reduced by them.',
      es: 'Quizá no controles todo lo que te sucede, pero puedes decidir que no te empequeñezca.',
      fr: 'Vous ne maîtrisez peut-être pas tout ce qui vous arrive, mais vous pouvez décider de ne pas vous laisser diminuer par ces événements.',
      de: 'Sie haben vielleicht nicht alles im Griff, was Ihnen widerfährt, aber Sie können beschließen, sich davon nicht kleinmachen zu lassen.',
    },
    author: 'Maya Angelou',
    provenance: {
      kind: 'cited',
      work: 'Letter to My Daughter',
      year: 2008,
      where: {
        en: 'introduction, p. 5',
        es: 'introducción, pág. 5',
        fr: 'texte d’introduction, p. 5',
        de: 'Einleitung, S. 5',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // Checked: letter to Robert Hooke, 5 February 1675/76 (Historical Society of Pennsylvania manuscript, via Linda Hall Library and MacTutor); spelling “ye sholders” modernized.
    id: 'q-newton-shoulders-giants',
    text: {
      en: 'If I have seen further it is by standing on the shoulders of Giants.',
      es: 'Si he visto más lejos es porque estoy subido a hombros de gigantes.',
      fr: 'Si j’ai vu plus loin, c’est en me tenant sur les épaules de géants.',
      de: 'Wenn ich weiter gesehen habe, dann deshalb, weil ich auf den Schultern von Riesen stehe.',
    },
    author: 'Isaac Newton',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Letter to Robert Hooke',
        es: 'Carta a Robert Hooke',
        fr: 'Lettre à Robert Hooke',
        de: 'Brief an Robert Hooke',
      },
      year: 1676,
      where: {
        en: '5 February 1675/76',
        es: '5 de febrero de 1675/76',
        fr: '5 février 1675/76',
        de: '5. Februar 1675/76',
      },
    },
    source: 'quote-list',
    topics: ['education', 'teamwork'],
  }),
  quote({
    // Checked: speech at Glenville High School, Cleveland, 26 April 1967, from the recording transcribed by the Daily Caller (quoted on blairmulholland.wordpress.com); he used the image in several 1967 talks.
    id: 'q-king-street-sweeper',
    text: {
      en: 'Set out to do a good job and do that job so well that nobody can do it any better. If it falls your lot to be a street-sweeper, sweep streets like Michelangelo painted pictures.',
      es: 'Proponte hacer un buen trabajo, y hazlo tan bien que nadie pueda hacerlo mejor. Si te toca ser barrendero, barre las calles como Miguel Ángel pintaba cuadros.',
      fr: 'Donnez-vous pour but de faire du bon travail, et faites-le si bien que personne ne puisse faire mieux. Si le sort veut que vous soyez balayeur, balayez les rues comme Michel-Ange peignait ses tableaux.',
      de: 'Nehmen Sie sich vor, gute Arbeit zu leisten, und machen Sie sie so gut, dass niemand sie besser machen kann. Wenn es Ihr Los ist, Straßenkehrer zu sein, dann kehren Sie die Straßen, wie Michelangelo Bilder malte.',
    },
    author: 'Martin Luther King, Jr.',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Speech at Glenville High School, Cleveland',
        es: 'Discurso en la Glenville High School, Cleveland',
        fr: 'Discours au lycée Glenville, Cleveland',
        de: 'Rede an der Glenville High School, Cleveland',
      },
      year: 1967,
      where: {
        en: '26 April 1967',
        es: '26 de abril de 1967',
        fr: '26 avril 1967',
        de: '26. April 1967',
      },
    },
    source: 'quote-list',
    topics: ['success'],
  }),
  quote({
    // Checked: Harvard commencement address, 5 June 2008, “The Fringe Benefits of Failure, and the Importance of Imagination” (transcript excerpts on businessinsider.in, feelingsuccess.com).
    id: 'q-rowling-fail-by-default',
    text: {
      en: 'It is impossible to live without failing at something, unless you live so cautiously that you might as well not have lived at all—in which case, you fail by default.',
      es: 'Es imposible vivir sin fracasar en algo, a menos que vivas con tanta cautela que sea como no haber vivido, y en ese caso fracasas por omisión.',
      fr: 'Il est impossible de vivre sans échouer à quelque chose, à moins de vivre si prudemment que cela revient à ne pas avoir vécu du tout, auquel cas on échoue par défaut.',
      de: 'Es ist unmöglich zu leben, ohne an irgendetwas zu scheitern – es sei denn, man lebt so vorsichtig, dass man genauso gut gar nicht hätte leben können. Dann scheitert man eben durch Unterlassung.',
    },
    author: 'J. K. Rowling',
    provenance: {
      kind: 'cited',
      work: 'The Fringe Benefits of Failure, and the Importance of Imagination',
      occasion: {
        en: 'Harvard commencement address',
        es: 'discurso de graduación en Harvard',
        fr: 'discours de remise des diplômes à Harvard',
        de: 'Rede zur Abschlussfeier in Harvard',
      },
      year: 2008,
      where: { en: '5 June 2008', es: '5 de junio de 2008', fr: '5 juin 2008', de: '5. Juni 2008' },
    },
    source: 'quote-list',
    topics: ['perseverance', 'education'],
  }),
  quote({
    // Checked: Stanford commencement address, 12 June 2005 (Stanford’s transcript, quoted by tincanlearning.blogspot.com, amisampat.com).
    id: 'q-jobs-great-work',
    text: {
      en: 'Your work is going to fill a large part of your life, and the only way to be truly satisfied is to do what you believe is great work. And the only way to do great work is to love what you do.',
      es: 'Tu trabajo va a ocupar gran parte de tu vida, y la única forma de estar realmente satisfecho es hacer lo que consideras un gran trabajo. Y la única forma de hacer un gran trabajo es amar lo que haces.',
      fr: 'Votre travail va occuper une grande partie de votre vie, et la seule façon d’être vraiment satisfait est de faire ce que vous estimez être du beau travail. Et la seule façon de faire du beau travail, c’est d’aimer ce que vous faites.',
      de: 'Ihre Arbeit wird einen großen Teil Ihres Lebens ausfüllen, und wirklich zufrieden sind Sie nur, wenn Sie tun, was Sie für großartige Arbeit halten. Und großartige Arbeit leisten Sie nur, wenn Sie lieben, was Sie tun.',
    },
    author: 'Steve Jobs',
    provenance: {
      kind: 'cited',
      occasion: {
        en: 'Stanford commencement address',
        es: 'Discurso de graduación en Stanford',
        fr: 'Discours de remise des diplômes à Stanford',
        de: 'Rede zur Abschlussfeier in Stanford',
      },
      year: 2005,
      where: {
        en: '12 June 2005',
        es: '12 de junio de 2005',
        fr: '12 juin 2005',
        de: '12. Juni 2005',
      },
    },
    source: 'quote-list',
    topics: ['success'],
  }),
  quote({
    // Checked: A Farewell to Arms (1929), chapter XXXIV, passage quoted in full by chucksrwj.blogspot.com and atkinsbookshelf.
    id: 'q-hemingway-broken-places',
    text: {
      en: 'The world breaks every one and afterward many are strong at the broken places.',
      es: 'El mundo nos rompe a todos, y después muchos se vuelven fuertes en los lugares rotos.',
      fr: 'Le monde brise tout le monde et, après, beaucoup sont forts aux endroits brisés.',
      de: 'Die Welt zerbricht jeden, und hinterher sind viele an den gebrochenen Stellen stark.',
    },
    author: 'Ernest Hemingway',
    provenance: {
      kind: 'cited',
      work: 'A Farewell to Arms',
      year: 1929,
      where: {
        en: 'chapter XXXIV',
        es: 'capítulo XXXIV',
        fr: 'chapitre XXXIV',
        de: 'Kapitel XXXIV',
      },
    },
    source: 'quote-list',
    topics: ['perseverance'],
  }),
  quote({
    // Checked: the play’s text: Measure for Measure, act 1, scene 4, Lucio to Isabella (shakespeareforourchildren.com; full text online); year of first recorded performance.
    // German: Wolf Graf Baudissin's verse in the Schlegel–Tieck edition (Bd. 5, Berlin, 1831), Lucio's three lines as TextGrid's Maß für Maß has them (from the Aufbau edition, Berlin 1975, p. 224), with its dash after “erreichten,”.
    id: 'q-shakespeare-doubts-traitors',
    text: {
      en: 'Our doubts are traitors / And make us lose the good we oft might win / By fearing to attempt.',
      es: 'Nuestras dudas son traidoras / y nos hacen perder el bien que a menudo podríamos ganar / por miedo a intentarlo.',
      fr: 'Nos doutes sont des traîtres, qui nous font perdre le bien que nous pourrions souvent gagner, par peur d’essayer.',
      de: 'Zweifel sind Verräter, / Die oft ein Gut entziehn, das wir erreichten, – / Weil den Versuch wir scheuten.',
    },
    translators: { de: 'Wolf Graf Baudissin' },
    author: 'William Shakespeare',
    provenance: {
      kind: 'cited',
      work: 'Measure for Measure',
      year: 1604,
      where: {
        en: 'act 1, scene 4 (Lucio)',
        es: 'acto 1, escena 4 (Lucio)',
        fr: 'acte I, scène 4 (Lucio)',
        de: '1. Akt, 4. Szene (Lucio)',
      },
    },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // Checked: QI 2014-11-27 (“Most Dangerous Phrase: We’ve Always Done It That Way”): earliest is a paraphrase of an interview in Computerworld, 1976; the popular wording has no primary source, so attributed.
    id: 'q-hopper-always-done-this',
    text: {
      en: 'The most dangerous phrase in the language is, “We’ve always done it this way.”',
      es: 'La frase más peligrosa del idioma es: «Siempre lo hemos hecho así».',
      fr: 'La phrase la plus dangereuse qui soit, c’est : « On a toujours fait comme ça. »',
      de: 'Der gefährlichste Satz in unserer Sprache lautet: „Das haben wir schon immer so gemacht.“',
    },
    author: 'Grace Hopper',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['solutions'],
  }),
  quote({
    // Checked: quotecounterquote.com and QI: no such words in Edison’s writings; 1898 and later reports by others give varying numbers (2/98, then 1/99 in Harper’s 1932), so attributed.
    id: 'q-edison-inspiration-perspiration',
    text: {
      en: 'Genius is one percent inspiration and ninety-nine percent perspiration.',
      es: 'El genio es un uno por ciento de inspiración y un noventa y nueve por ciento de transpiración.',
      fr: 'Le génie, c’est un pour cent d’inspiration et quatre-vingt-dix-neuf pour cent de transpiration.',
      de: 'Genie ist ein Prozent Inspiration und neunundneunzig Prozent Transpiration.',
    },
    author: 'Thomas Edison',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // Checked: widely credited to her from TV interviews (e.g. promoting Dream More, 2012), but no printed primary source found, so attributed.
    id: 'q-parton-rainbow-rain',
    text: {
      en: 'The way I see it, if you want the rainbow, you gotta put up with the rain.',
      es: 'Yo lo veo así: si quieres el arcoíris, tienes que aguantar la lluvia.',
      fr: 'Moi, je vois les choses comme ça : si vous voulez l’arc-en-ciel, il faut supporter la pluie.',
      de: 'So sehe ich das: Wer den Regenbogen will, muss den Regen in Kauf nehmen.',
    },
    author: 'Dolly Parton',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // Checked: English proverb, older than its use in Poor Richard’s Almanack (1750) and in The Way to Wealth (1758), so no author.
    id: 'q-little-strokes-oaks',
    text: {
      en: 'Little strokes fell great oaks.',
      es: 'Pequeños golpes derriban grandes robles.',
      fr: 'Petits coups abattent grands chênes.',
      de: 'Viele kleine Streiche fällen große Eichen.',
    },
    source: 'quote-list',
    topics: ['perseverance', 'patience'],
  }),
  quote({
    // Checked: traditional craftsman’s proverb, no known author.
    id: 'q-measure-twice-cut-once',
    text: {
      en: 'Measure twice, cut once.',
      es: 'Mide dos veces y corta una.',
      fr: 'Mesurez deux fois, coupez une fois.',
      de: 'Zweimal messen, einmal schneiden.',
    },
    source: 'quote-list',
    topics: ['solutions', 'patience'],
  }),
  quote({
    // Checked: Barry Popik (barrypopik.com): nautical proverb in print since 1863 (The Ladies’ Repository); the credit to F. D. Roosevelt is unsupported, so no author.
    id: 'q-smooth-seas-poor-sailors',
    text: {
      en: 'Smooth seas make poor sailors.',
      es: 'Con el mar en calma no se hacen buenos marineros.',
      fr: 'Une mer calme n’a jamais fait un bon marin.',
      de: 'Auf ruhiger See wird niemand ein guter Seemann.',
    },
    source: 'quote-list',
    topics: ['perseverance', 'education'],
  }),
];
