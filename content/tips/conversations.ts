import { tip } from '../define';

/** Our own tips on hard conversations: de-escalation, phone, chat, email, apologizing and saying no. */
export const CONVERSATION_TIPS = [
  // De-escalation: an angry customer

  tip({
    id: 't-skip-calm-down',
    title: {
      en: 'Don’t say “calm down”',
      es: 'No digas «cálmese»',
      fr: 'Évitez le « calmez-vous »',
      de: 'Kein „Beruhigen Sie sich“',
    },
    text: {
      en: 'Telling an angry person to calm down almost always comes across as a judgment of how they feel, and it tends to turn the volume up. Show them you’re already moving instead: “Let’s get this sorted out—tell me what happened with the order.”',
      es: 'Pedirle a alguien alterado que se calme casi siempre suena a que juzgas lo que siente, y suele hacer que el tono suba aún más. Mejor demuéstrale que ya te estás ocupando: «Vamos a resolverlo. Cuénteme qué pasó con su pedido».',
      fr: 'Demander à une personne en colère de se calmer passe presque toujours pour un jugement sur ce qu’elle ressent, et fait souvent monter le ton. Montrez plutôt que vous agissez déjà : « Je m’en occupe. Pouvez-vous me raconter ce qui s’est passé avec votre commande ? »',
      de: '„Beruhigen Sie sich“ kommt bei aufgebrachten Menschen fast immer als Urteil über ihre Gefühle an und heizt die Stimmung eher noch an. Zeigen Sie lieber, dass Sie schon dabei sind: „Ich kümmere mich darum. Erzählen Sie mir bitte, was mit Ihrer Bestellung passiert ist.“',
    },
    source: 'tabwise',
    topics: ['calm', 'respect'],
  }),
  tip({
    id: 't-fix-one-thing-first',
    title: {
      en: 'Pick one thing to fix first',
      es: 'Empieza por una sola cosa',
      fr: 'Commencez par un seul point',
      de: 'Eins nach dem anderen',
    },
    text: {
      en: 'When an upset customer pours out five problems at once, choose the most urgent one and say out loud where you’re starting: “Let’s fix the double charge first, then we’ll sort out the delivery.” Taking the problems one at a time slows the conversation down, and nothing gets lost.',
      es: 'Cuando un cliente molesto suelta cinco problemas a la vez, elige el más urgente y di en voz alta por dónde empiezas: «Empecemos por el cobro duplicado y luego vemos lo del envío». Ir por partes hace más pausada la conversación y evita que algo se quede en el aire.',
      fr: 'Quand un client mécontent déverse cinq problèmes d’un coup, choisissez le plus urgent et annoncez par où vous commencez : « Commençons par le double prélèvement, puis nous regarderons la livraison. » Avancer point par point fait retomber la tension, et rien ne passe à la trappe.',
      de: 'Wenn ein verärgerter Kunde fünf Probleme auf einmal aufzählt, nehmen Sie sich das dringendste vor und sagen Sie, womit Sie anfangen: „Klären wir zuerst die doppelte Abbuchung, danach kümmern wir uns um die Lieferung.“ Ein Problem nach dem anderen anzugehen, nimmt Druck aus dem Gespräch, und nichts geht verloren.',
    },
    source: 'tabwise',
    topics: ['solutions', 'patience'],
  }),
  tip({
    id: 't-dont-take-the-bait',
    title: {
      en: 'Don’t take the bait',
      es: 'No muerdas el anzuelo',
      fr: 'Ne mordez pas à l’hameçon',
      de: 'Sich nicht provozieren lassen',
    },
    text: {
      en: 'A jab like “you people are useless” is usually aimed at the situation, not at you. Let it pass and answer the problem underneath: “I can see this has cost you a lot of time. Let me check where your refund is right now.”',
      es: 'Un «ustedes no sirven para nada» suele ir dirigido a la situación, no a ti. Déjalo pasar y responde al problema de fondo: «Veo que esto le ha hecho perder mucho tiempo. Voy a revisar ahora mismo en qué punto está su reembolso».',
      fr: 'Une pique comme « vous êtes tous des incapables » vise en général la situation, pas vous. Laissez-la passer et répondez au vrai problème : « Je vois que cela vous a fait perdre beaucoup de temps. Je regarde tout de suite où en est votre remboursement. »',
      de: 'Ein Satz wie „Ihr seid doch alle unfähig“ gilt meist der Situation, nicht Ihnen persönlich. Lassen Sie ihn stehen und antworten Sie auf das eigentliche Problem: „Ich sehe, das hat Sie viel Zeit gekostet. Ich schaue gleich nach, wo Ihre Erstattung gerade steht.“',
    },
    source: 'tabwise',
    topics: ['calm', 'patience'],
  }),
  tip({
    id: 't-name-the-line-once',
    title: {
      en: 'Name the line once',
      es: 'Marca el límite una vez',
      fr: 'Posez la limite une fois',
      de: 'Die Grenze einmal benennen',
    },
    text: {
      en: 'If the shouting turns into abuse, state your limit once, calmly, and keep the door open: “I want to help you with this, and I can do that if we keep it civil.” A boundary set without a threat often turns the conversation around.',
      es: 'Si los gritos pasan a ser insultos, marca el límite una sola vez, con calma, y deja la puerta abierta: «Quiero ayudarle con esto, y puedo hacerlo si mantenemos el respeto». Un límite puesto sin amenazas muchas veces le da la vuelta a la conversación.',
      fr: 'Si les cris tournent à l’insulte, posez votre limite une seule fois, calmement, en laissant la porte ouverte : « Je veux vous aider, et je peux le faire si nous restons courtois. » Une limite posée sans menace suffit souvent à faire changer le ton.',
      de: 'Wenn aus Lautstärke Beleidigungen werden, ziehen Sie einmal ruhig eine Grenze und lassen Sie die Tür offen: „Ich möchte Ihnen helfen, und das kann ich gut, wenn wir sachlich bleiben.“ Eine Grenze ohne Drohung bringt das Gespräch oft wieder in ruhigeres Fahrwasser.',
    },
    source: 'tabwise',
    topics: ['respect', 'calm'],
  }),
  tip({
    id: 't-offer-a-real-choice',
    title: {
      en: 'Offer a real choice',
      es: 'Ofrece dos opciones reales',
      fr: 'Proposez un vrai choix',
      de: 'Eine echte Wahl anbieten',
    },
    text: {
      en: 'Much of a customer’s anger comes from feeling powerless. Hand back some control with two options you can actually deliver: “I can refund it today, or send a replacement that arrives by Thursday. Which would you prefer?”',
      es: 'Buena parte de la frustración de un cliente nace de sentirse impotente. Devuélvele algo de control con dos opciones que de verdad puedas cumplir: «Puedo hacerle el reembolso hoy o enviarle uno nuevo que le llegue el jueves. ¿Qué prefiere?».',
      fr: 'Une bonne part de la colère d’un client vient d’un sentiment d’impuissance. Redonnez-lui la main avec deux options que vous pouvez vraiment tenir : « Je peux vous rembourser aujourd’hui, ou vous envoyer un produit de remplacement qui arrivera jeudi. Que préférez-vous ? »',
      de: 'Ein großer Teil des Ärgers kommt aus dem Gefühl, ausgeliefert zu sein. Geben Sie ein Stück Kontrolle zurück, mit zwei Optionen, die Sie wirklich umsetzen können: „Ich kann Ihnen den Betrag heute erstatten oder Ihnen Ersatz schicken, der bis Donnerstag ankommt. Was ist Ihnen lieber?“',
    },
    source: 'tabwise',
    topics: ['solutions', 'respect'],
  }),
  tip({
    id: 't-swap-but-for-and',
    title: {
      en: 'Swap “but” for “and”',
      es: 'Cambia el «pero» por «y»',
      fr: 'Remplacez « mais » par « et »',
      de: '„Und“ statt „aber“',
    },
    text: {
      en: '“I understand, but…” cancels out everything before the “but,” and the customer hears only what comes after it. Try “and” instead: “I know this is the third time you’ve called, and I’m going to stay with it until it’s fixed.”',
      es: '«Lo entiendo, pero…» borra todo lo anterior, y el cliente solo oye lo que viene después. Prueba con «y»: «Sé que es la tercera vez que llama, y voy a seguir con esto hasta que quede resuelto».',
      fr: '« Je comprends, mais… » efface tout ce qui précède, et le client n’entend que la suite. Essayez « et » à la place : « Je sais que c’est la troisième fois que vous appelez, et je vais suivre votre dossier jusqu’à ce que ce soit réglé. »',
      de: '„Ich verstehe das, aber …“ wischt alles davor weg, und beim Kunden kommt nur der Rest an. Versuchen Sie es mit „und“: „Ich weiß, dass Sie schon zum dritten Mal anrufen, und ich bleibe dran, bis das gelöst ist.“',
    },
    source: 'tabwise',
    topics: ['kindness', 'empathy'],
  }),
  tip({
    id: 't-ask-what-would-help',
    title: {
      en: 'Ask what would make it right',
      es: 'Pregunta qué lo arreglaría',
      fr: 'Demandez ce qu’il attend',
      de: 'Fragen, was helfen würde',
    },
    text: {
      en: 'Once the first wave has passed, ask directly: “What would a good outcome look like for you?” The answer is often smaller and more doable than you feared, and you can stop guessing.',
      es: 'Cuando haya pasado la primera ola, pregunta sin rodeos: «¿Qué solución le parecería buena?». La respuesta suele ser más pequeña y más fácil de lo que temías, y dejas de ir a ciegas.',
      fr: 'Une fois la première vague passée, demandez franchement : « Quelle solution vous conviendrait ? » La réponse est souvent plus modeste et plus simple que vous ne le craigniez, et vous n’avez plus à deviner.',
      de: 'Wenn die erste Welle vorbei ist, fragen Sie direkt: „Was wäre für Sie eine gute Lösung?“ Die Antwort ist oft kleiner und leichter umsetzbar, als Sie befürchtet haben, und Sie müssen nicht mehr raten.',
    },
    source: 'tabwise',
    topics: ['solutions', 'listening'],
  }),

  // The phone: voice, pace, holds, transfers, silence

  tip({
    id: 't-pick-up-ready',
    title: {
      en: 'Be ready before you pick up',
      es: 'Prepárate antes de contestar',
      fr: 'Préparez-vous avant de décrocher',
      de: 'Gesammelt ans Telefon gehen',
    },
    text: {
      en: 'Finish the note you’re typing, take one breath, then answer. The first few seconds set the tone for the whole call, and a hurried “Hello, support” tells the caller they’re interrupting.',
      es: 'Termina la nota que estás escribiendo, respira una vez y luego contesta. Los primeros segundos marcan el tono de toda la llamada, y un «Soporte, buenos días» dicho a toda prisa le hace sentir a quien llama que está interrumpiendo.',
      fr: 'Terminez la note que vous êtes en train de taper, respirez un bon coup, puis décrochez. Les premières secondes donnent le ton de tout l’appel, et un « Service client, bonjour » expédié fait comprendre à la personne qu’elle dérange.',
      de: 'Schreiben Sie die Notiz zu Ende, atmen Sie einmal durch und nehmen Sie dann ab. Die ersten Sekunden prägen das ganze Gespräch, und ein hastiges „Kundenservice, guten Tag“ sagt der Person am anderen Ende, dass sie gerade stört.',
    },
    source: 'tabwise',
    topics: ['communication', 'calm'],
  }),
  tip({
    id: 't-ask-before-holding',
    title: {
      en: 'Ask before you hold',
      es: 'Pregunta antes de poner en espera',
      fr: 'Demandez avant la mise en attente',
      de: 'Vor der Warteschleife fragen',
    },
    text: {
      en: 'Ask, give a time, and wait for the answer: “May I put you on hold for two minutes while I check with billing?” Come back when you said you would, even if only to say you need a little longer.',
      es: 'Pregunta, da un tiempo y espera la respuesta: «¿Le importa si le pongo en espera dos minutos mientras lo consulto con facturación?». Vuelve cuando dijiste que volverías, aunque sea solo para decir que necesitas un poco más.',
      fr: 'Demandez, donnez une durée et attendez la réponse : « Puis-je vous mettre en attente deux minutes, le temps de vérifier avec le service facturation ? » Reprenez la ligne à l’heure dite, ne serait-ce que pour dire qu’il vous faut un peu plus de temps.',
      de: 'Fragen Sie, nennen Sie eine Zeit und warten Sie die Antwort ab: „Darf ich Sie für zwei Minuten in die Warteschleife legen, während ich bei der Buchhaltung nachfrage?“ Melden Sie sich zur angekündigten Zeit zurück, auch wenn Sie nur sagen, dass es noch etwas dauert.',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),
  tip({
    id: 't-narrate-the-silence',
    title: {
      en: 'Narrate the quiet moments',
      es: 'Pon palabras a los silencios',
      fr: 'Commentez les silences',
      de: 'Stille kurz kommentieren',
    },
    text: {
      en: 'On the phone, ten seconds of quiet feels like a minute, and the caller can’t see you working. Say what you’re doing: “I’m pulling up your account now—bear with me a moment.”',
      es: 'Al teléfono, diez segundos de silencio parecen un minuto, y quien llama no ve que estás trabajando. Cuenta lo que haces: «Estoy abriendo su cuenta, un momento, por favor».',
      fr: 'Au téléphone, dix secondes de silence paraissent une minute, et votre interlocuteur ne vous voit pas travailler. Dites ce que vous faites : « J’ouvre votre dossier, un petit instant s’il vous plaît. »',
      de: 'Am Telefon fühlen sich zehn Sekunden Stille wie eine Minute an, und Ihr Gegenüber sieht nicht, dass Sie arbeiten. Sagen Sie, was Sie gerade tun: „Ich rufe gerade Ihr Kundenkonto auf, einen Moment bitte.“',
    },
    source: 'tabwise',
    topics: ['communication', 'patience'],
  }),
  tip({
    id: 't-say-where-theyre-going',
    title: {
      en: 'Say where the transfer goes',
      es: 'Di con quién va a hablar',
      fr: 'Annoncez le transfert',
      de: 'Weiterleitungen ankündigen',
    },
    text: {
      en: 'Before you transfer a call, tell the caller who they’ll speak to, why, and what to do if the line drops: “I’m putting you through to Ana in returns. If we get cut off, you can reach her directly on extension 214.”',
      es: 'Antes de transferir una llamada, dile a la persona con quién va a hablar, por qué y qué hacer si se corta: «Le paso con Ana, del departamento de devoluciones. Si se corta, puede llamarla directamente a la extensión 214».',
      fr: 'Avant de transférer un appel, dites à la personne à qui elle va parler, pourquoi, et que faire en cas de coupure : « Je vous passe Ana, du service des retours. Si la communication est coupée, vous pouvez la joindre directement au poste 214. »',
      de: 'Bevor Sie ein Gespräch weiterleiten, sagen Sie, mit wem Ihr Gegenüber gleich spricht, warum und was zu tun ist, falls die Verbindung abbricht: „Ich verbinde Sie mit Frau Weber aus der Retourenabteilung. Falls die Leitung unterbrochen wird, erreichen Sie sie direkt unter der Durchwahl 214.“',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),
  tip({
    id: 't-read-numbers-in-chunks',
    title: {
      en: 'Slow down for numbers',
      es: 'Los números, despacio',
      fr: 'Ralentissez sur les chiffres',
      de: 'Zahlen langsam durchgeben',
    },
    text: {
      en: 'Reference numbers, amounts and dates are where phone calls go wrong. Read them out in small groups and ask for them back: “That’s 4-7-2, 9-1-8. Could you read it back to me?”',
      es: 'En una llamada, los errores suelen estar en los números de referencia, los importes y las fechas. Díctalos en grupos pequeños y pide que te los repitan: «Le repito: 4, 7, 2… 9, 1, 8. ¿Me lo puede leer para confirmar?».',
      fr: 'C’est sur les numéros de dossier, les montants et les dates que les appels dérapent. Dictez-les par petits groupes et faites-les répéter : « Je vous le dicte deux par deux : 47, 29, 18. Vous pouvez me le relire ? »',
      de: 'Bei Vorgangsnummern, Beträgen und Daten geht am Telefon am häufigsten etwas schief. Geben Sie sie in kleinen Gruppen durch und lassen Sie sie wiederholen: „Also: vier, sieben, zwo – neun, eins, acht. Können Sie mir die Nummer bitte einmal vorlesen?“',
    },
    source: 'tabwise',
    topics: ['communication', 'patience'],
  }),
  tip({
    id: 't-let-the-pause-work',
    title: {
      en: 'Let a pause do its work',
      es: 'Deja que la pausa trabaje',
      fr: 'Laissez le silence travailler',
      de: 'Pausen wirken lassen',
    },
    text: {
      en: 'After you ask a question, or after they’ve finished explaining, wait a beat longer than feels comfortable before you speak. On the phone, that small silence is often when people add the detail that matters.',
      es: 'Después de hacer una pregunta, o cuando la otra persona termine de explicarse, espera un segundo más de lo que te resulta cómodo antes de hablar. Al teléfono, ese pequeño silencio suele ser el momento en que la gente añade el detalle clave.',
      fr: 'Après une question, ou quand la personne a fini de s’expliquer, attendez un peu plus longtemps que ce qui vous semble confortable avant de reprendre la parole. Au téléphone, c’est souvent dans ce court silence que vient le détail qui compte.',
      de: 'Warten Sie nach einer Frage oder wenn Ihr Gegenüber fertig erzählt hat, einen Moment länger, als es Ihnen angenehm ist, bevor Sie sprechen. Am Telefon kommt in dieser kurzen Stille oft genau das Detail, auf das es ankommt.',
    },
    source: 'tabwise',
    topics: ['communication', 'patience', 'listening'],
  }),
  tip({
    id: 't-treat-mute-as-live',
    title: {
      en: 'Treat every mute as live',
      es: 'Da el micro por encendido',
      fr: 'Considérez le micro comme ouvert',
      de: 'Stummschaltung ist kein Schutz',
    },
    text: {
      en: 'Mute buttons fail, hold music cuts out, and headsets get bumped. Save sighs and remarks about a caller for after the call, when the line is truly closed, and assume anything said on hold can be heard.',
      es: 'Los botones de silencio fallan, la música de espera se corta y los auriculares se mueven. Guarda los suspiros y los comentarios sobre quien llama para cuando la llamada haya terminado de verdad, y da por hecho que en espera se oye todo.',
      fr: 'Un micro coupé peut se rallumer, la musique d’attente s’interrompre, le casque glisser. Gardez soupirs et commentaires sur votre interlocuteur pour quand vous aurez vraiment raccroché, et partez du principe qu’en attente, tout s’entend.',
      de: 'Stummschaltungen versagen, die Wartemusik setzt aus, das Headset verrutscht. Heben Sie sich Seufzer und Bemerkungen über Anrufende für die Zeit nach dem Gespräch auf und gehen Sie davon aus, dass man in der Warteschleife alles hört.',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),

  // Chat: short turns, tone, several chats, typing indicators, saved replies

  tip({
    id: 't-send-short-chat-turns',
    title: {
      en: 'Keep chat turns short',
      es: 'Mensajes cortos en el chat',
      fr: 'Misez sur les messages courts',
      de: 'Kurze Nachrichten im Chat',
    },
    text: {
      en: 'Two or three short messages read more easily than one block of text, and the first one tells the customer you’re there. Send a quick line straight away, then the details: “Thanks, Maria—checking your order now.”',
      es: 'Dos o tres mensajes cortos se leen mejor que un bloque de texto, y el primero le dice al cliente que estás ahí. Envía enseguida una línea rápida y luego los detalles: «Gracias, María, ya estoy revisando su pedido».',
      fr: 'Deux ou trois messages courts se lisent plus facilement qu’un pavé, et le premier montre au client que vous êtes là. Envoyez immédiatement une première ligne, puis les détails : « Merci, Maria, je regarde votre commande tout de suite. »',
      de: 'Zwei, drei kurze Nachrichten lesen sich leichter als ein Textblock, und die erste zeigt dem Kunden, dass Sie da sind. Schicken Sie sofort eine kurze Zeile und dann die Details: „Danke, Frau Yilmaz, ich schaue mir Ihre Bestellung gleich an.“',
    },
    source: 'tabwise',
    topics: ['communication', 'responsiveness'],
  }),
  tip({
    id: 't-mind-the-typing-dots',
    title: {
      en: 'Mind the typing dots',
      es: 'Ojo con el «escribiendo…»',
      fr: 'Gare aux trois petits points',
      de: 'Auf die Tippanzeige achten',
    },
    text: {
      en: 'A “typing…” indicator that runs for a minute and then produces one line feels odd, and dots that vanish while you look something up feel like you’ve left. When something will take time, say so first: “Still here—I’m checking with the warehouse and will be back in two minutes.”',
      es: 'Un «escribiendo…» que dura un minuto y acaba en una sola línea desconcierta, y si desaparece mientras buscas algo, parece que te has ido. Cuando algo vaya a llevar tiempo, avisa primero: «Sigo aquí. Lo estoy consultando con el almacén y en dos minutos le digo algo».',
      fr: 'Un « en train d’écrire… » qui dure une minute pour une seule ligne déroute, et des petits points qui disparaissent pendant vos recherches donnent l’impression d’un abandon. Quand cela va prendre du temps, dites-le d’abord : « Je suis toujours là, je vérifie auprès de l’entrepôt et je reviens vers vous dans deux minutes. »',
      de: 'Eine „schreibt …“-Anzeige, die eine Minute läuft und dann nur eine Zeile bringt, irritiert, und wenn die Punkte während Ihrer Recherche verschwinden, wirkt es, als wären Sie weg. Wenn etwas länger dauert, sagen Sie es vorher: „Ich bin noch da und frage kurz im Lager nach. In zwei Minuten melde ich mich wieder.“',
    },
    source: 'tabwise',
    topics: ['communication', 'patience'],
  }),
  tip({
    id: 't-make-canned-replies-human',
    title: {
      en: 'Make saved replies sound human',
      es: 'Humaniza las respuestas predefinidas',
      fr: 'Personnalisez les réponses types',
      de: 'Textbausteine menschlich machen',
    },
    text: {
      en: 'Saved replies save time, but customers can spot a pasted paragraph. Rewrite the first line to fit their message, with their name and the detail they gave you, and cut anything that doesn’t answer what they asked.',
      es: 'Las respuestas predefinidas ahorran tiempo, pero el cliente nota enseguida un párrafo pegado. Adapta la primera línea a su mensaje, con su nombre y el detalle que te dio, y quita todo lo que no responda a lo que preguntó.',
      fr: 'Les réponses types font gagner du temps, mais un paragraphe copié-collé se repère tout de suite. Adaptez la première ligne au message du client, en reprenant son nom et le détail qu’il a mentionné, et supprimez tout ce qui ne répond pas à sa question.',
      de: 'Textbausteine sparen Zeit, aber einen eingefügten Absatz erkennt man sofort. Passen Sie die erste Zeile an die Nachricht an, mit dem Namen und dem Detail, das Ihr Gegenüber genannt hat, und streichen Sie alles, was die eigentliche Frage nicht beantwortet.',
    },
    source: 'tabwise',
    topics: ['communication', 'kindness'],
  }),
  tip({
    id: 't-keep-parallel-chats-apart',
    title: {
      en: 'Keep parallel chats apart',
      es: 'No mezcles los chats',
      fr: 'Ne mélangez pas les conversations',
      de: 'Parallele Chats auseinanderhalten',
    },
    text: {
      en: 'With several chats open, reread the last few lines before you answer, and check the name at the top before you press send. A reply ten seconds later beats a reply in the wrong window.',
      es: 'Con varios chats abiertos, relee las últimas líneas antes de contestar y comprueba el nombre de arriba antes de enviar. Es mejor responder diez segundos más tarde que hacerlo en la ventana equivocada.',
      fr: 'Avec plusieurs conversations ouvertes, relisez les dernières lignes avant de répondre et vérifiez le nom en haut de la fenêtre avant d’envoyer. Mieux vaut répondre dix secondes plus tard que dans la mauvaise fenêtre.',
      de: 'Wenn mehrere Chats offen sind, lesen Sie vor jeder Antwort die letzten Zeilen noch einmal und prüfen Sie vor dem Absenden den Namen oben im Fenster. Lieber zehn Sekunden später antworten als im falschen Fenster.',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),
  tip({
    id: 't-write-like-you-talk',
    title: {
      en: 'Write the way you talk',
      es: 'Escribe como hablas',
      fr: 'Écrivez comme vous parlez',
      de: 'Schreiben, wie man spricht',
    },
    text: {
      en: 'Stiff phrases put distance between you and the customer. “Good news—I found it!” sounds like a person; “Please be advised that the item has been located” sounds like a form.',
      es: 'Las frases rígidas ponen distancia entre tú y el cliente. «¡Buenas noticias, ya lo encontré!» suena a persona; «Le informamos de que el artículo ha sido localizado» suena a formulario.',
      fr: 'Les formules guindées mettent de la distance entre vous et le client. « Bonne nouvelle, je l’ai retrouvé ! » sonne humain ; « Nous vous informons que l’article a été localisé » sonne comme un formulaire.',
      de: 'Steife Formulierungen schaffen Abstand zwischen Ihnen und dem Kunden. „Gute Nachricht, ich habe ihn gefunden!“ klingt nach einem Menschen, „Hiermit teilen wir Ihnen mit, dass der Artikel lokalisiert wurde“ nach einem Formular.',
    },
    source: 'tabwise',
    topics: ['communication', 'kindness'],
  }),
  tip({
    id: 't-dont-overread-brevity',
    title: {
      en: 'Don’t read tone into “ok.”',
      es: 'Un «ok» no es un desplante',
      fr: 'Ne surinterprétez pas un « ok »',
      de: 'Ein knappes „ok“ ist kein Angriff',
    },
    text: {
      en: 'A one-word “ok.” or a line in capitals may just mean someone is typing on a phone between meetings. Answer the content, keep your own tone warm, and check rather than guess: “Does that solve it for you, or is there something I’ve missed?”',
      es: 'Un «ok» a secas o una línea en mayúsculas puede que solo signifique que alguien escribe desde el teléfono entre reunión y reunión. Responde al contenido, mantén tu tono cálido y pregunta en vez de suponer: «¿Con esto queda resuelto o se me ha escapado algo?».',
      fr: 'Un « ok » tout sec ou une ligne en majuscules veut parfois juste dire que la personne tape sur son téléphone entre deux réunions. Répondez sur le fond, gardez un ton chaleureux et vérifiez au lieu de deviner : « Est-ce que cela règle votre problème, ou est-ce que j’ai oublié quelque chose ? »',
      de: 'Ein knappes „ok.“ oder eine Zeile in Großbuchstaben heißt oft nur, dass jemand zwischen zwei Terminen am Handy tippt. Antworten Sie auf den Inhalt, bleiben Sie freundlich im Ton und fragen Sie nach, statt zu raten: „Ist damit alles geklärt, oder habe ich etwas übersehen?“',
    },
    source: 'tabwise',
    topics: ['communication', 'patience', 'kindness'],
  }),
  tip({
    id: 't-follow-their-emoji-lead',
    title: {
      en: 'Follow their lead on emoji',
      es: 'Emojis: que empiece el cliente',
      fr: 'Emojis : suivez le client',
      de: 'Bei Emojis dem Kunden folgen',
    },
    text: {
      en: 'If a customer writes with exclamation points and smileys, a light touch back is fine; if they’re upset or formal, leave emoji out entirely. A smiley next to a problem that still isn’t fixed reads as not taking it seriously.',
      es: 'Si el cliente escribe con exclamaciones y emojis, puedes responder con un toque parecido; si está molesto o escribe en tono formal, mejor sin emojis. Una carita sonriente junto a un problema aún sin resolver da la impresión de que no te lo tomas en serio.',
      fr: 'Si le client écrit avec des points d’exclamation et des emojis, vous pouvez répondre sur le même ton, avec légèreté ; s’il est mécontent ou formel, laissez les emojis de côté. Un smiley à côté d’un problème toujours pas réglé donne l’impression que vous ne le prenez pas au sérieux.',
      de: 'Schreibt der Kunde mit Ausrufezeichen und Smileys, dürfen Sie das sparsam erwidern; ist er verärgert oder förmlich, lassen Sie Emojis ganz weg. Ein Smiley neben einem Problem, das noch nicht gelöst ist, wirkt, als nähmen Sie es nicht ernst.',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),

  // Email writing: subject lines, first sentence, structure, one question, reading aloud

  tip({
    id: 't-subject-line-says-it',
    title: {
      en: 'Make the subject line useful',
      es: 'Un asunto que diga algo',
      fr: 'Un objet qui dit tout',
      de: 'Ein Betreff mit Inhalt',
    },
    text: {
      en: 'A subject line should tell the customer what’s inside before they open it: “Refund for order 48213: sent today” beats “Re: Re: Your inquiry.” If you need something from them, put that in the subject too.',
      es: 'El asunto debería decir lo que hay dentro antes de que el cliente abra el correo: «Reembolso del pedido 48213: enviado hoy» es mucho mejor que «RE: RE: Su consulta». Si necesitas algo del cliente, indícalo también en el asunto.',
      fr: 'L’objet doit dire au client ce que contient le message avant même qu’il l’ouvre : « Remboursement de la commande 48213 : effectué aujourd’hui » vaut mieux que « RE : RE : Votre demande ». Si vous attendez quelque chose de lui, mettez-le aussi dans l’objet.',
      de: 'Der Betreff sollte schon vor dem Öffnen sagen, worum es geht: „Erstattung für Bestellung 48213: heute überwiesen“ ist besser als „AW: AW: Ihre Anfrage“. Wenn Sie etwas vom Kunden brauchen, gehört das ebenfalls in den Betreff.',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),
  tip({
    id: 't-answer-first-line',
    title: {
      en: 'Put the answer first',
      es: 'La respuesta, en la primera línea',
      fr: 'La réponse d’abord',
      de: 'Die Antwort zuerst',
    },
    text: {
      en: 'Open with the answer or the news, then give the details: “Yes, we can move your delivery to Saturday.” Many people read only the first sentence or two, especially on a phone.',
      es: 'Empieza por la respuesta o la novedad y deja los detalles para después: «Sí, podemos cambiar la entrega al sábado». Mucha gente solo lee la primera o las dos primeras frases, sobre todo desde el teléfono.',
      fr: 'Commencez par la réponse ou la nouvelle, les détails viendront ensuite : « Oui, nous pouvons décaler votre livraison à samedi. » Beaucoup de gens ne lisent que la première ou les deux premières phrases, surtout sur leur téléphone.',
      de: 'Beginnen Sie mit der Antwort oder der Neuigkeit, die Details kommen danach: „Ja, wir können Ihre Lieferung auf Samstag verschieben.“ Viele lesen nur den ersten oder die ersten beiden Sätze, vor allem auf dem Handy.',
    },
    source: 'tabwise',
    topics: ['communication', 'responsiveness'],
  }),
  tip({
    id: 't-one-question-per-email',
    title: {
      en: 'Ask one question per email',
      es: 'Una sola pregunta por correo',
      fr: 'Une seule question par e-mail',
      de: 'Eine Frage pro E-Mail',
    },
    text: {
      en: 'When you need something from the customer, ask for the one thing that unblocks you and make it easy to answer: “Could you send a photo of the label on the box?” A list of four questions usually gets an answer to the first one and another round of emails.',
      es: 'Cuando necesites algo del cliente, pide solo lo que te permite avanzar y pónselo fácil: «¿Podría enviarnos una foto de la etiqueta de la caja?». Con una lista de cuatro preguntas, lo normal es que conteste la primera y haga falta otra ronda de correos.',
      fr: 'Quand vous avez besoin d’une information, demandez la seule chose qui vous débloque et rendez la réponse facile : « Pourriez-vous nous envoyer une photo de l’étiquette sur le carton ? » Avec quatre questions d’un coup, on obtient en général une réponse à la première, et un nouvel échange d’e-mails.',
      de: 'Wenn Sie etwas vom Kunden brauchen, fragen Sie nach dem einen Punkt, der Sie weiterbringt, und machen Sie die Antwort leicht: „Könnten Sie uns ein Foto vom Etikett auf dem Karton schicken?“ Bei vier Fragen auf einmal kommt meist nur auf die erste eine Antwort, und es folgt die nächste Mailrunde.',
    },
    source: 'tabwise',
    topics: ['communication', 'respect'],
  }),
  tip({
    id: 't-read-it-aloud-first',
    title: {
      en: 'Read it aloud before sending',
      es: 'Léelo en voz alta primero',
      fr: 'Relisez à voix haute',
      de: 'Vor dem Senden laut lesen',
    },
    text: {
      en: 'Reading your reply out loud, even under your breath, catches missing words, sentences that run on and a tone that sounds colder than you meant. If you wouldn’t say it that way to the customer’s face, rewrite it.',
      es: 'Leer tu respuesta en voz alta, aunque sea entre dientes, te ayuda a detectar palabras que faltan, frases interminables y un tono más frío de lo que pretendías. Si no se lo dirías así al cliente a la cara, reescríbelo.',
      fr: 'Relire votre réponse à voix haute, même à mi-voix, permet de repérer les mots manquants, les phrases à rallonge et un ton plus sec que prévu. Si vous ne le diriez pas ainsi en face du client, reformulez.',
      de: 'Wenn Sie Ihre Antwort laut lesen, auch nur halblaut, fallen Ihnen fehlende Wörter und Bandwurmsätze auf, und Sie merken, wenn der Ton kühler klingt als beabsichtigt. Würden Sie es dem Kunden so nicht ins Gesicht sagen, formulieren Sie es um.',
    },
    source: 'tabwise',
    topics: ['communication', 'kindness'],
  }),
  tip({
    id: 't-one-step-per-line',
    title: {
      en: 'Give each step its own line',
      es: 'Un paso por línea',
      fr: 'Une étape par ligne',
      de: 'Ein Schritt pro Zeile',
    },
    text: {
      en: 'When a reply contains instructions, number the steps and put one action in each, in the order the customer will do them. Short paragraphs and a numbered list are far easier to follow than a paragraph full of “then” and “after that.”',
      es: 'Si tu respuesta incluye instrucciones, numera los pasos y pon una sola acción en cada uno, en el orden en que el cliente los hará. Unos párrafos cortos y una lista numerada se siguen mucho mejor que un párrafo lleno de «luego» y «después».',
      fr: 'Quand votre réponse contient des instructions, numérotez les étapes et mettez une seule action par étape, dans l’ordre où le client va les faire. Des paragraphes courts et une liste numérotée se suivent bien plus facilement qu’un bloc plein de « ensuite » et de « puis ».',
      de: 'Enthält Ihre Antwort eine Anleitung, nummerieren Sie die Schritte und packen Sie in jeden nur eine Handlung, in der Reihenfolge, in der der Kunde sie ausführt. Kurze Absätze und eine nummerierte Liste sind viel leichter zu befolgen als ein Absatz voller „dann“ und „danach“.',
    },
    source: 'tabwise',
    topics: ['communication', 'solutions'],
  }),
  tip({
    id: 't-answer-every-question-asked',
    title: {
      en: 'Answer every question they asked',
      es: 'Responde a todas sus preguntas',
      fr: 'Répondez à toutes ses questions',
      de: 'Jede Frage beantworten',
    },
    text: {
      en: 'Before you reply, go through their email for every question and every request, and make sure each one gets an answer, even if it’s “I’m still checking that one.” A skipped question almost guarantees another email.',
      es: 'Antes de responder, repasa su correo buscando cada pregunta y cada petición, y asegúrate de que todas tengan respuesta, aunque sea «Esto todavía lo estoy comprobando». Una pregunta sin responder casi garantiza otro correo.',
      fr: 'Avant de répondre, repérez dans l’e-mail du client chaque question et chaque demande, et assurez-vous que chacune obtient une réponse, même si c’est « je vérifie encore ce point ». Une question oubliée, c’est presque à coup sûr un nouvel e-mail.',
      de: 'Gehen Sie vor dem Antworten die Mail des Kunden durch, suchen Sie jede Frage und jede Bitte heraus und sorgen Sie dafür, dass alles beantwortet wird, notfalls mit „Das prüfe ich noch“. Eine übersehene Frage bedeutet fast sicher eine weitere Mail.',
    },
    source: 'tabwise',
    topics: ['communication', 'listening'],
  }),
  tip({
    id: 't-cut-the-stock-phrases',
    title: {
      en: 'Cut the stock phrases',
      es: 'Fuera las frases hechas',
      fr: 'Bannissez les formules toutes faites',
      de: 'Floskeln streichen',
    },
    text: {
      en: '“I hope this email finds you well” and “Please do not hesitate to contact us” fill space without saying anything. Close with an offer that fits this customer instead: “If the code still doesn’t work, just reply here and I’ll sort it out.”',
      es: '«Espero que se encuentre bien» y «No dude en ponerse en contacto con nosotros» ocupan espacio sin decir nada. Cierra mejor con una oferta pensada para este cliente: «Si el código sigue sin funcionar, responda a este correo y lo soluciono».',
      fr: '« J’espère que vous allez bien » et « N’hésitez pas à nous contacter » prennent de la place sans rien dire. Terminez plutôt par une proposition adaptée à ce client : « Si le code ne fonctionne toujours pas, répondez simplement à ce message et je m’en occupe. »',
      de: '„Ich hoffe, es geht Ihnen gut“ und „Bei Fragen stehen wir Ihnen jederzeit gern zur Verfügung“ füllen Platz, ohne etwas zu sagen. Schließen Sie lieber mit einem Angebot, das zu diesem Kunden passt: „Falls der Code immer noch nicht funktioniert, antworten Sie einfach auf diese Mail, dann kümmere ich mich darum.“',
    },
    source: 'tabwise',
    topics: ['communication', 'kindness'],
  }),

  // Apologizing well

  tip({
    id: 't-retire-any-inconvenience',
    title: {
      en: 'Retire “any inconvenience”',
      es: 'Adiós a «las molestias ocasionadas»',
      fr: 'Oubliez « la gêne occasionnée »',
      de: 'Schluss mit „etwaigen Unannehmlichkeiten“',
    },
    text: {
      en: '“We apologize for any inconvenience” sounds like a form letter, and “any” suggests you’re not sure anything went wrong. Name what actually happened: “I’m sorry we charged you twice for the same order.”',
      es: '«Disculpe las molestias ocasionadas» suena a cartel de obra y ni siquiera dice qué ha fallado. Nombra lo que pasó de verdad: «Siento mucho que le hayamos cobrado dos veces el mismo pedido».',
      fr: '« Veuillez nous excuser pour la gêne occasionnée » sonne comme un panneau de chantier et ne dit même pas ce qui s’est mal passé. Nommez ce qui est réellement arrivé : « Toutes mes excuses, nous vous avons débité deux fois la même commande. »',
      de: '„Wir bitten, etwaige Unannehmlichkeiten zu entschuldigen“ klingt nach Formbrief, und „etwaige“ klingt, als wüssten Sie nicht, ob überhaupt etwas schiefgelaufen ist. Benennen Sie, was wirklich passiert ist: „Es tut mir leid, dass wir Ihnen dieselbe Bestellung zweimal berechnet haben.“',
    },
    source: 'tabwise',
    topics: ['kindness', 'respect'],
  }),
  tip({
    id: 't-own-it-first-person',
    title: {
      en: 'Own it in the first person',
      es: 'Asúmelo en primera persona',
      fr: 'Assumez à la première personne',
      de: 'Fehler in der Ich-Form zugeben',
    },
    text: {
      en: '“Mistakes were made” and “the system sent the wrong date” keep the error at arm’s length. When it was you or your company, say so plainly: “I gave you the wrong date, and that’s on me. The right one is Tuesday the 12th.”',
      es: '«Ha habido un error» o «el sistema le envió la fecha equivocada» mantienen el fallo a distancia. Si fuiste tú o tu empresa, dilo sin rodeos: «Me equivoqué con la fecha, fue culpa mía. La correcta es el martes 12».',
      fr: '« Une erreur s’est produite » ou « le système vous a envoyé la mauvaise date » tiennent l’erreur à distance. Si cela vient de vous ou de votre entreprise, dites-le simplement : « Je vous ai donné la mauvaise date, c’est une erreur de ma part. La bonne, c’est le mardi 12. »',
      de: '„Da ist ein Fehler passiert“ oder „Das System hat Ihnen das falsche Datum geschickt“ halten den Fehler auf Abstand. Wenn Sie oder Ihr Unternehmen ihn gemacht haben, sagen Sie es klar: „Ich habe Ihnen das falsche Datum genannt, das war mein Fehler. Richtig ist Dienstag, der 12.“',
    },
    source: 'tabwise',
    topics: ['respect', 'attitude'],
  }),
  tip({
    id: 't-apologize-once-then-act',
    title: {
      en: 'Apologize once, then act',
      es: 'Discúlpate una vez y actúa',
      fr: 'Excusez-vous une fois, puis agissez',
      de: 'Einmal entschuldigen, dann handeln',
    },
    text: {
      en: 'A stream of “so sorry, really, I’m so sorry” turns the conversation toward your guilt and away from their problem. Say it once and mean it, then move straight to what you’re doing about it.',
      es: 'Una retahíla de «perdón, de verdad, lo siento muchísimo» centra la conversación en tu culpa y la aleja de su problema. Dilo una vez y de corazón, y pasa directamente a lo que vas a hacer para arreglarlo.',
      fr: 'Enchaîner les « toutes mes excuses, vraiment, encore pardon » ramène la conversation sur votre culpabilité et l’éloigne du problème du client. Excusez-vous une fois, sincèrement, puis passez directement à ce que vous faites pour y remédier.',
      de: 'Ein Dauerfeuer aus „Tut mir so leid, wirklich, entschuldigen Sie“ lenkt das Gespräch auf Ihr schlechtes Gewissen statt auf das Problem des Kunden. Entschuldigen Sie sich einmal und aufrichtig, und kommen Sie dann direkt zu dem, was Sie dagegen tun.',
    },
    source: 'tabwise',
    topics: ['solutions', 'attitude'],
  }),
  tip({
    id: 't-drop-the-if',
    title: {
      en: 'Drop the “if”',
      es: 'Sin «si» en la disculpa',
      fr: 'Pas de « si » dans l’excuse',
      de: 'Entschuldigung ohne „falls“',
    },
    text: {
      en: '“Sorry if that was confusing” quietly puts the problem on the customer. Take the “if” out and own your part: “Sorry, my explanation wasn’t clear. Let me try again.”',
      es: '«Siento si le ha parecido confuso» le pasa el problema al cliente sin decirlo. Quita el «si» y asume tu parte: «Perdone, no me expliqué bien. Se lo explico de otra forma».',
      fr: '« Excusez-moi si ça vous a paru confus » renvoie discrètement le problème vers le client. Enlevez le « si » et assumez votre part : « Pardon, mon explication n’était pas claire. Je vous la reformule. »',
      de: '„Entschuldigung, falls das missverständlich war“ schiebt das Problem leise dem Kunden zu. Lassen Sie das „falls“ weg und stehen Sie zu Ihrem Anteil: „Entschuldigung, das habe ich unklar erklärt. Ich versuche es noch einmal anders.“',
    },
    source: 'tabwise',
    topics: ['respect', 'kindness'],
  }),
  tip({
    id: 't-say-what-will-change',
    title: {
      en: 'Say what will change',
      es: 'Di qué va a cambiar',
      fr: 'Dites ce qui va changer',
      de: 'Sagen, was sich ändert',
    },
    text: {
      en: 'A full apology says what you’ve done so it won’t happen again, as long as that’s true: “I’ve added a note to your account so your next delivery goes to the side door.” Skip the promise if you can’t keep it; an empty one costs more than none.',
      es: 'Una disculpa completa dice qué has hecho para que no vuelva a pasar, siempre que sea verdad: «He dejado anotado en su cuenta que el próximo envío se entregue en la puerta lateral». Si no puedes cumplir una promesa, no la hagas; una promesa vacía sale más cara que ninguna.',
      fr: 'Des excuses complètes disent ce que vous avez fait pour que cela ne se reproduise pas, à condition que ce soit vrai : « J’ai ajouté une note à votre dossier pour que la prochaine livraison soit déposée à la porte de côté. » Si vous ne pouvez pas tenir une promesse, ne la faites pas ; une promesse creuse coûte plus cher que pas de promesse du tout.',
      de: 'Zu einer vollständigen Entschuldigung gehört, was Sie getan haben, damit es nicht wieder passiert, sofern das stimmt: „Ich habe in Ihrem Kundenkonto vermerkt, dass die nächste Lieferung an den Seiteneingang geht.“ Versprechen Sie nichts, was Sie nicht halten können; ein leeres Versprechen schadet mehr als gar keins.',
    },
    source: 'tabwise',
    topics: ['solutions', 'respect'],
  }),
  tip({
    id: 't-apologize-before-explaining',
    title: {
      en: 'Apologize before you explain',
      es: 'Primero la disculpa, luego el porqué',
      fr: 'D’abord les excuses, ensuite l’explication',
      de: 'Erst entschuldigen, dann erklären',
    },
    text: {
      en: 'Opening with the reason, such as “We’ve had a system upgrade this week,” sounds like an excuse, however true it is. Apologize first, then give a short explanation if it helps them: “I’m sorry your order is late. It was held up at our warehouse, and it ships tomorrow.”',
      es: 'Empezar por el motivo, como «Esta semana hemos actualizado el sistema», suena a excusa por muy cierto que sea. Pide disculpas primero y después da una explicación breve si le sirve al cliente: «Siento mucho el retraso de su pedido. Se quedó retenido en el almacén y sale mañana».',
      fr: 'Commencer par la raison, du genre « Nous avons eu une mise à jour du système cette semaine », passe pour une justification, même si c’est vrai. Présentez d’abord vos excuses, puis une courte explication si elle est utile : « Toutes mes excuses pour le retard de votre commande. Elle a été bloquée dans notre entrepôt et partira demain. »',
      de: 'Wenn Sie mit dem Grund einsteigen, etwa „Wir hatten diese Woche ein System-Update“, klingt das nach Ausrede, auch wenn es stimmt. Entschuldigen Sie sich zuerst und erklären Sie danach kurz, falls es dem Kunden hilft: „Es tut mir leid, dass Ihre Bestellung noch nicht da ist. Sie hing in unserem Lager fest und geht morgen raus.“',
    },
    source: 'tabwise',
    topics: ['respect', 'empathy'],
  }),
  tip({
    id: 't-thank-them-for-waiting',
    title: {
      en: 'Say thanks, not sorry',
      es: 'Gracias en lugar de perdón',
      fr: 'Merci plutôt que pardon',
      de: 'Danke statt Entschuldigung',
    },
    text: {
      en: 'For small things like a short wait, “Thanks for waiting” lands better than “Sorry for the wait” and keeps the tone warm. Save your apologies for real mistakes, so they carry weight when you need them.',
      es: 'Para cosas pequeñas, como una espera corta, «Gracias por esperar» funciona mejor que «Perdone la espera» y mantiene un tono cálido. Guarda las disculpas para los errores de verdad; así pesarán cuando las necesites.',
      fr: 'Pour les petites choses, comme une courte attente, « Merci de votre patience » passe mieux que « Excusez-nous pour l’attente » et garde un ton chaleureux. Réservez vos excuses aux vraies erreurs : elles auront plus de poids le jour où vous en aurez besoin.',
      de: 'Bei Kleinigkeiten wie einer kurzen Wartezeit kommt „Danke für Ihre Geduld“ besser an als „Entschuldigung, dass Sie warten mussten“ und hält den Ton freundlich. Heben Sie sich Entschuldigungen für echte Fehler auf, dann haben sie Gewicht, wenn es darauf ankommt.',
    },
    source: 'tabwise',
    topics: ['kindness', 'patience'],
  }),

  // Saying no

  tip({
    id: 't-reason-not-policy',
    title: {
      en: 'Give the reason, not “policy”',
      es: 'El motivo, no «la normativa»',
      fr: 'La raison, pas « la procédure »',
      de: 'Den Grund nennen, nicht die Richtlinie',
    },
    text: {
      en: '“It’s our policy” ends the conversation without explaining anything, and it sounds like you’re hiding behind it. Give the real reason in plain words: “We can’t take back opened cosmetics, because we have no way to resell them safely.”',
      es: '«Es la normativa de la empresa» cierra la conversación sin explicar nada y da la impresión de que te escondes detrás. Da el motivo real con palabras sencillas: «No podemos aceptar la devolución de cosméticos abiertos porque no hay forma de revenderlos con garantías».',
      fr: '« C’est la procédure » clôt la discussion sans rien expliquer, et donne l’impression que vous vous abritez derrière. Donnez la vraie raison, avec des mots simples : « Nous ne pouvons pas reprendre les cosmétiques ouverts, car nous n’avons aucun moyen de les revendre en toute sécurité. »',
      de: '„Das ist unsere Richtlinie“ beendet das Gespräch, ohne etwas zu erklären, und klingt, als würden Sie sich dahinter verstecken. Nennen Sie den echten Grund in einfachen Worten: „Geöffnete Kosmetik können wir leider nicht zurücknehmen, weil wir sie nicht mehr sicher weiterverkaufen können.“',
    },
    source: 'tabwise',
    topics: ['respect'],
  }),
  tip({
    id: 't-say-no-early-clearly',
    title: {
      en: 'Say no early and clearly',
      es: 'Di que no pronto y claro',
      fr: 'Dites non tôt et clairement',
      de: 'Früh und klar Nein sagen',
    },
    text: {
      en: '“I’ll see what I can do,” when you already know the answer is no, only moves the disappointment to later and adds a wait on top. It’s kinder to say it now: “I’ve checked, and I can’t change that. Here’s what I can do instead.”',
      es: 'Un «Voy a ver qué puedo hacer» cuando ya sabes que la respuesta es no solo aplaza la decepción y encima le añade una espera. Es más amable decirlo ahora: «Lo he comprobado y eso no lo puedo cambiar. Esto es lo que sí puedo hacer».',
      fr: '« Je vais voir ce que je peux faire », quand vous savez déjà que la réponse est non, ne fait que repousser la déception, avec une attente en prime. Le dire tout de suite est plus bienveillant : « J’ai vérifié, et je ne peux pas modifier cela. Voici ce que je peux vous proposer à la place. »',
      de: 'Ein „Ich schaue mal, was ich tun kann“, obwohl Sie schon wissen, dass die Antwort Nein lautet, schiebt die Enttäuschung nur auf und packt noch eine Wartezeit obendrauf. Freundlicher ist es, gleich ehrlich zu sein: „Ich habe es geprüft, und das kann ich leider nicht ändern. Aber das hier kann ich für Sie tun.“',
    },
    source: 'tabwise',
    topics: ['kindness', 'respect'],
  }),
  tip({
    id: 't-dont-blame-the-system',
    title: {
      en: 'Don’t blame the system',
      es: 'No culpes al sistema',
      fr: 'N’accusez pas le système',
      de: 'Nicht das System vorschieben',
    },
    text: {
      en: '“The system won’t let me” invites the obvious reply: “Then put me through to someone who can.” If it’s a company decision, own it as one, “That’s not something we offer,” and go straight on to what you can do.',
      es: '«El sistema no me deja» invita a la respuesta obvia: «Pues páseme con alguien que sí pueda». Si es una decisión de la empresa, preséntala como tal, «Eso no es algo que ofrezcamos», y pasa directamente a lo que sí puedes hacer.',
      fr: '« Le système ne me laisse pas faire » appelle une réponse évidente : « Alors passez-moi quelqu’un qui peut. » Si c’est un choix de l’entreprise, assumez-le comme tel, « Ce n’est pas un service que nous proposons », et enchaînez directement sur ce que vous pouvez faire.',
      de: '„Das System lässt das nicht zu“ provoziert die naheliegende Antwort: „Dann verbinden Sie mich mit jemandem, der es kann.“ Ist es eine Entscheidung des Unternehmens, dann stehen Sie dazu („Das bieten wir nicht an“) und kommen Sie direkt zu dem, was Sie tun können.',
    },
    source: 'tabwise',
    topics: ['respect', 'solutions'],
  }),
  tip({
    id: 't-let-the-no-land',
    title: {
      en: 'Let the no land',
      es: 'Dale espacio al «no»',
      fr: 'Laissez le non se poser',
      de: 'Dem Nein Raum geben',
    },
    text: {
      en: 'After a disappointing answer, there’s no need to rush in and fill the silence with more explanation. Acknowledge the disappointment and give them a moment: “I know that’s not the answer you were hoping for.”',
      es: 'Después de una respuesta que decepciona, no hace falta que te apresures a llenar el silencio con más explicaciones. Reconoce su decepción y dale un momento: «Sé que no es la respuesta que esperaba».',
      fr: 'Après une réponse décevante, inutile de vous précipiter pour combler le silence avec d’autres explications. Reconnaissez la déception du client et laissez-lui un instant : « Je sais que ce n’est pas la réponse que vous espériez. »',
      de: 'Nach einer enttäuschenden Antwort müssen Sie die Stille nicht sofort mit weiteren Erklärungen füllen. Erkennen Sie die Enttäuschung an und lassen Sie einen Moment Raum: „Ich weiß, das ist nicht die Antwort, die Sie sich erhofft hatten.“',
    },
    source: 'tabwise',
    topics: ['patience', 'empathy', 'kindness'],
  }),
  tip({
    id: 't-point-them-somewhere-useful',
    title: {
      en: 'Point them somewhere useful',
      es: 'Indica a dónde pueden acudir',
      fr: 'Orientez vers la bonne porte',
      de: 'Einen anderen Weg zeigen',
    },
    text: {
      en: 'When the answer is no because it’s not something you offer, tell them who does: “We don’t repair models that old, but an authorized repair shop can. I’ll send you the manufacturer’s list.” A no with a good address still helps.',
      es: 'Si la respuesta es no porque tu empresa no ofrece ese servicio, dile quién sí lo hace: «Nosotros no reparamos modelos tan antiguos, pero un taller autorizado sí puede. Le envío la lista de talleres del fabricante». Un no con una buena dirección sigue siendo una ayuda.',
      fr: 'Quand la réponse est non parce que ce n’est pas un service que vous proposez, dites qui peut le faire : « Nous ne réparons pas les modèles aussi anciens, mais un réparateur agréé peut s’en charger. Je vous envoie la liste du fabricant. » Un non accompagné d’une bonne adresse reste une aide.',
      de: 'Wenn die Antwort Nein ist, weil Sie diese Leistung nicht anbieten, sagen Sie, wer es kann: „So alte Modelle reparieren wir leider nicht mehr, aber eine autorisierte Fachwerkstatt kann das. Ich schicke Ihnen die Liste des Herstellers.“ Ein Nein mit einer guten Adresse hilft trotzdem weiter.',
    },
    source: 'tabwise',
    topics: ['solutions', 'kindness'],
  }),
  tip({
    id: 't-check-before-you-refuse',
    title: {
      en: 'Check before you say no',
      es: 'Comprueba antes de decir que no',
      fr: 'Vérifiez avant de dire non',
      de: 'Erst prüfen, dann ablehnen',
    },
    text: {
      en: 'Make sure the no is real before you give it: check the account, look for an exception, or ask someone on your team. A refusal that the next agent overturns leaves the customer trusting neither of you.',
      es: 'Asegúrate de que el no es real antes de darlo: revisa la cuenta, busca si hay alguna excepción o pregunta a alguien del equipo. Si el siguiente agente revoca tu negativa, el cliente deja de confiar en los dos.',
      fr: 'Assurez-vous que le non est fondé avant de le donner : vérifiez le dossier, cherchez une exception possible ou demandez à quelqu’un de l’équipe. Un refus annulé par le conseiller suivant, et le client ne fait plus confiance ni à l’un ni à l’autre.',
      de: 'Vergewissern Sie sich, dass das Nein wirklich stimmt, bevor Sie es aussprechen: Kundenkonto prüfen, nach einer Ausnahme suchen oder im Team nachfragen. Ein Nein, das der nächste Kollege wieder kippt, kostet das Vertrauen in Sie beide.',
    },
    source: 'tabwise',
    topics: ['solutions', 'respect'],
  }),
];
