import type { Entry } from '../utils/entry';
import type { SOURCES } from './sources';
import type { Topic } from './topics';

type SourceId = (typeof SOURCES)[number]['id'];

/**
 * Builds a tip; the compiler checks its topics and source against the
 * controlled lists. Tips are written in our own words and carry no author:
 * their credit is the source they distil.
 */
const tip = (
  e: Omit<Entry, 'kind' | 'title' | 'author' | 'source' | 'topics'> & {
    title: string;
    source: SourceId;
    topics: Topic[];
  },
): Entry => ({ kind: 'tip', ...e });

/** Service tips. Ids are stable: pins and history refer to them, so never rename or reuse one. */
export const TIPS: readonly Entry[] = [
  // How to win difficult customers (Jeff Kaluyu, Ph.D.)
  tip({
    id: 't-know-your-own-lens',
    title: 'Know your own lens',
    text: 'Everyone reads a situation differently, and it’s natural to want the customer to see it your way. Notice that pull in yourself and be willing to loosen your grip on your own position before you try to settle anything.',
    source: 'kaluyu-win-difficult',
    topics: ['attitude', 'education'],
  }),
  tip({
    id: 't-see-it-from-their-side',
    title: 'See it from their side',
    text: 'While they talk, work out what outcome they actually want, then deliberately picture the problem from where they stand. Ask yourself what they know, what they’ve been told and what’s at stake for them.',
    source: 'kaluyu-win-difficult',
    topics: ['listening', 'empathy'],
  }),
  tip({
    id: 't-let-them-vent',
    title: 'Let them vent',
    text: 'When someone arrives upset, let them get the whole complaint out before you respond. Interrupting to correct details usually restarts the story, while a patient “Go on, I’m listening” often shortens it.',
    source: 'kaluyu-win-difficult',
    topics: ['listening', 'calm'],
  }),
  tip({
    id: 't-dont-feed-the-negativity',
    title: 'Don’t feed the negativity',
    text: 'It’s tempting to soothe an angry customer by joining in, blaming another team or agreeing that everything is a disaster. That buys you a moment of goodwill but fixes nothing, so acknowledge the frustration and steer back to the actual problem.',
    source: 'kaluyu-win-difficult',
    topics: ['calm', 'solutions'],
  }),
  tip({
    id: 't-empathize-without-conceding',
    title: 'Empathize without conceding',
    text: 'Understanding why someone is angry is not the same as accepting their account or their demand. You can say “I understand why that’s frustrating” and still explain what really happened and what you can do.',
    source: 'kaluyu-win-difficult',
    topics: ['empathy', 'respect'],
  }),
  tip({
    id: 't-show-you-know-the-fix',
    title: 'Show you know the fix',
    text: 'Name the problem plainly and show that you know how to handle it: “That charge comes from a billing sync error, and I can correct it from here.” People relax once they trust they’re talking to someone capable.',
    source: 'kaluyu-win-difficult',
    topics: ['solutions', 'calm'],
  }),
  tip({
    id: 't-start-with-a-quick-win',
    title: 'Start with a quick win',
    text: 'Look for something small you can do right now, like waiving a fee or resending a lost email, while the bigger fix is under way. An early win proves you mean it.',
    source: 'kaluyu-win-difficult',
    topics: ['solutions', 'responsiveness'],
  }),
  tip({
    id: 't-agree-on-next-steps',
    title: 'Agree on the next steps',
    text: 'Before the conversation ends, spell out who does what and by when, then check they’re happy with it: “I’ll ship the replacement today and you’ll get tracking by Friday. Does that work for you?”',
    source: 'kaluyu-win-difficult',
    topics: ['follow-up', 'solutions'],
  }),
  tip({
    id: 't-update-them-even-when-late',
    title: 'Update them, even when late',
    text: 'Following up is the step that matters most. Tell the customer when the fix is done, and tell them just as promptly when it’s running late; silence from you feels worse than bad news.',
    source: 'kaluyu-win-difficult',
    topics: ['follow-up', 'responsiveness'],
  }),
  tip({
    id: 't-check-in-after-the-fix',
    title: 'Check in after the fix',
    text: 'A week or two after the problem is solved, get in touch to ask how things are going and whether they need anything else. Catching the next issue early keeps it small, and customers remember that you called back.',
    source: 'kaluyu-win-difficult',
    topics: ['follow-up', 'success'],
  }),
  tip({
    id: 't-adapt-to-the-person',
    title: 'Adapt to the person',
    text: 'One customer wants every detail, another just wants the problem gone, even when the problem is identical. Take the lead in finding out what this particular person needs from you, then give them that.',
    source: 'kaluyu-win-difficult',
    topics: ['solutions', 'attitude'],
  }),

  // Stop calling them difficult
  tip({
    id: 't-retire-the-d-word',
    title: 'Retire the D-word',
    text: 'Calling a customer difficult, even silently, puts you on the defensive, and they will hear that edge in your voice. Catch the word when it slips in and swap it for something neutral, like “a customer with a tricky problem.”',
    source: 'stop-calling-them-difficult',
    topics: ['attitude', 'respect'],
  }),
  tip({
    id: 't-notice-when-you-hold-back',
    title: 'Notice when you hold back',
    text: 'Once you’ve decided someone is hard work, it’s easy to give them less without meaning to: fewer options, shorter answers, no extra effort. Check that they’re getting the full service you’d give anyone else.',
    source: 'stop-calling-them-difficult',
    topics: ['attitude', 'respect'],
  }),
  tip({
    id: 't-dont-badmouth-customers',
    title: 'Don’t badmouth customers',
    text: 'Complaining about a customer to colleagues shapes how everyone sees them, and it reflects badly on you and your workplace too. If you need to talk it through, describe the problem rather than the person.',
    source: 'stop-calling-them-difficult',
    topics: ['respect'],
  }),
  tip({
    id: 't-meet-them-fresh',
    title: 'Meet them fresh',
    text: 'When a colleague warns you that a customer is impossible to please, set the story aside. Judge each conversation on what actually happens in it, not on a reputation you inherited.',
    source: 'stop-calling-them-difficult',
    topics: ['respect', 'attitude'],
  }),
  tip({
    id: 't-choose-your-attitude',
    title: 'Choose your attitude',
    text: 'How you feel about a customer is partly a decision you make. Before the next call, decide to expect a good outcome; a warmer attitude on your side tends to produce a happier customer.',
    source: 'stop-calling-them-difficult',
    topics: ['attitude'],
  }),
  tip({
    id: 't-let-challenges-sharpen-you',
    title: 'Let challenges sharpen you',
    text: 'A customer who is hard to please is a chance to get better at your job. Ask yourself what excellent service would look like here, and treat closing that gap as practice.',
    source: 'stop-calling-them-difficult',
    topics: ['perseverance', 'education'],
  }),
  tip({
    id: 't-listen-for-clues',
    title: 'Listen for clues',
    text: 'Instead of guessing what a customer wants, pay attention to what they say and what they stress. People usually show you what would satisfy them, outright or in passing.',
    source: 'stop-calling-them-difficult',
    topics: ['listening'],
  }),
  tip({
    id: 't-see-someone-who-needs-help',
    title: 'See someone who needs help',
    text: 'When frustration builds, describe the customer to yourself in plain terms: a person who needs your help. Then do whatever that help requires; trust and loyalty grow from there.',
    source: 'stop-calling-them-difficult',
    topics: ['humanity', 'solutions'],
  }),
  tip({
    id: 't-colleagues-count-as-customers',
    title: 'Colleagues count as customers',
    text: 'Anyone who depends on your work is your customer, including the coworker down the hall and the voice on a call from another team. Give them the same patience and care you’d give a paying client.',
    source: 'stop-calling-them-difficult',
    topics: ['respect', 'humanity'],
  }),

  // Maybe That Customer Isn’t So Difficult After All
  tip({
    id: 't-park-your-opinions-first',
    title: 'Park your opinions first',
    text: 'Before you listen to an unhappy customer, put aside what you already think of the situation and how it makes you feel. Only then can you really take in what they’re telling you.',
    source: 'maybe-not-so-difficult',
    topics: ['listening', 'calm'],
  }),
  tip({
    id: 't-apologize-for-how-they-feel',
    title: 'Apologize for how they feel',
    text: 'You can be sorry for what someone is going through without admitting fault: “I’m sorry this has caused you so much stress.” It tells them you’re on their side.',
    source: 'maybe-not-so-difficult',
    topics: ['empathy'],
  }),
  tip({
    id: 't-play-their-concern-back',
    title: 'Play their concern back',
    text: 'Restate the problem in your own words so they know you’ve understood it, then turn toward a fix: “So the order came late and you missed the event. Let’s work out how to put this right.”',
    source: 'maybe-not-so-difficult',
    topics: ['empathy', 'listening', 'solutions'],
  }),
  tip({
    id: 't-gather-every-detail',
    title: 'Gather every detail',
    text: 'Before you propose anything, collect the facts: dates, order numbers, what’s already been tried and who they’ve spoken to. A fix built on half the story often has to be redone.',
    source: 'maybe-not-so-difficult',
    topics: ['solutions', 'listening'],
  }),
  tip({
    id: 't-keep-respect-constant',
    title: 'Keep respect constant',
    text: 'Whether the complaint is serious or trivial, treat the person with the same respect. Respect is what earns their trust, and it’s the one thing you can always give.',
    source: 'maybe-not-so-difficult',
    topics: ['respect'],
  }),
  tip({
    id: 't-promise-a-fair-answer',
    title: 'Promise a fair answer',
    text: 'Early on, tell them what they can expect from you: “I’ll look for an outcome that’s fair to you, and I’ll come back to you by tomorrow afternoon.” A clear commitment lowers the temperature.',
    source: 'maybe-not-so-difficult',
    topics: ['solutions', 'calm'],
  }),
  tip({
    id: 't-act-with-urgency',
    title: 'Act with urgency',
    text: 'How fast you respond can build trust or break it. Getting straight to work on the problem, and explaining what you’re doing as you go, shows you take it seriously.',
    source: 'maybe-not-so-difficult',
    topics: ['responsiveness'],
  }),
  tip({
    id: 't-make-it-fair-and-in-policy',
    title: 'Make it fair and in policy',
    text: 'Once you have the details, aim for an outcome that is fair to the customer and to your company and that your policy allows. A solution both sides can stand behind keeps the relationship intact.',
    source: 'maybe-not-so-difficult',
    topics: ['solutions', 'respect'],
  }),
  tip({
    id: 't-give-your-team-leeway',
    title: 'Give your team some leeway',
    text: 'If you lead a team, let people adjust a solution within sensible limits without waiting for sign-off. A little room to flex means faster fixes and happier customers.',
    source: 'maybe-not-so-difficult',
    topics: ['responsiveness', 'solutions'],
  }),
  tip({
    id: 't-learn-from-the-hard-ones',
    title: 'Learn from the hard ones',
    text: 'After a tough conversation, take a minute to note what helped and what you’d do differently. Each hard case is training for the next one, for you and for your team.',
    source: 'maybe-not-so-difficult',
    topics: ['education', 'perseverance'],
  }),

  // Tips on how to manage a difficult client
  tip({
    id: 't-be-the-calm-in-the-room',
    title: 'Be the calm in the room',
    text: 'Show the behaviour you want from the customer: a steady voice, an even pace, no raised tone. People tend to match the energy in front of them, so give them something calm to match.',
    source: 'humanist-difficult-client',
    topics: ['calm'],
  }),
  tip({
    id: 't-calm-keeps-you-accurate',
    title: 'Calm keeps you accurate',
    text: 'Staying calm isn’t only for the customer’s sake. When you’re not rattled you think clearly, check your work and make fewer errors you would have to fix later.',
    source: 'humanist-difficult-client',
    topics: ['calm', 'solutions'],
  }),
  tip({
    id: 't-hold-the-line-kindly',
    title: 'Hold the line kindly',
    text: 'If a customer tries to push you into something you shouldn’t do, don’t give way just to end the pressure. Stay polite and stay firm; refusing the wrong thing is part of doing your job well.',
    source: 'humanist-difficult-client',
    topics: ['calm', 'attitude'],
  }),
  tip({
    id: 't-offer-another-way',
    title: 'Offer another way',
    text: 'When you have to say no, pair it with an alternative and repeat it as often as needed: “I’m sorry, that’s not something I can do, but let’s look for another way to sort this out.” The aim is to get them working on the problem with you.',
    source: 'humanist-difficult-client',
    topics: ['solutions', 'perseverance', 'calm'],
  }),
  tip({
    id: 't-let-them-walk-away',
    title: 'Let them walk away',
    text: 'If someone refuses to work with you, they are free to take their business elsewhere; that is their choice, not your failure. Don’t take it personally, because plenty come back once they’ve tried the alternatives.',
    source: 'humanist-difficult-client',
    topics: ['calm', 'attitude'],
  }),

  // Understanding that it isn’t customer service – it’s human service
  tip({
    id: 't-think-human-service',
    title: 'Think human service',
    text: 'The people you serve are real people with troubles of their own, not tickets in a queue. Seeing your work as helping them makes the job more meaningful and more satisfying.',
    source: 'humanist-human-service',
    topics: ['humanity'],
  }),
  tip({
    id: 't-welcome-the-questions',
    title: 'Welcome the questions',
    text: 'A customer who gets in touch with a question isn’t an interruption; they’re the reason your job exists. Treat each contact as a chance to help someone rather than a chore to get through.',
    source: 'humanist-human-service',
    topics: ['humanity', 'attitude'],
  }),
  tip({
    id: 't-remember-youre-a-customer-too',
    title: 'Remember you’re a customer too',
    text: 'You switch roles all the time: today you serve, tonight you’re on hold with your internet provider. Be as decent to the people who serve you as you hope your customers will be to you.',
    source: 'humanist-human-service',
    topics: ['humanity', 'respect'],
  }),
  tip({
    id: 't-let-them-win-the-argument',
    title: 'Let them win the argument',
    text: 'Winning a dispute with a customer rarely gets you anything. Let them be right where it costs little, put them first, and treat it as a daily exercise in empathy; many people find it oddly calming.',
    source: 'humanist-human-service',
    topics: ['empathy', 'calm'],
  }),
  tip({
    id: 't-be-kind-and-be-yourself',
    title: 'Be kind and be yourself',
    text: 'Drop the script now and then and show real interest in the person: use their name, ask how their project is going. You won’t fix everything, but you can leave things a little better than you found them.',
    source: 'humanist-human-service',
    topics: ['humanity', 'attitude'],
  }),

  // Your Customer Matters
  tip({
    id: 't-change-what-bothers-them',
    title: 'Change what bothers them',
    text: 'Noticing that your behaviour bothers someone is only half the job; the other half is changing it. If a customer reacts badly to something you’re doing, stop, even if you think it shouldn’t bother them.',
    source: 'humanist-customer-matters',
    topics: ['respect', 'attitude'],
  }),
  tip({
    id: 't-mind-the-basic-courtesies',
    title: 'Mind the basic courtesies',
    text: 'Don’t impose your own habits on customers without asking: eating on a call, a loud background, a strong scent, a phone in your hand. Small courtesies tell people they matter to you.',
    source: 'humanist-customer-matters',
    topics: ['respect'],
  }),

  // Compassionate Customer Service
  tip({
    id: 't-trade-places-in-your-head',
    title: 'Trade places in your head',
    text: 'Before you reply, picture yourself as the customer in this exchange. Then give them the treatment you’d hope for if you were the one waiting for help.',
    source: 'humanist-compassionate-service',
    topics: ['empathy', 'respect'],
  }),
  tip({
    id: 't-be-honest-through-and-through',
    title: 'Be honest through and through',
    text: 'Customers can tell when courtesy is only a sales act. Be truthful about what you can and can’t do, even when it’s unwelcome; integrity can’t be faked, and it’s the best reputation you can build.',
    source: 'humanist-compassionate-service',
    topics: ['respect', 'success'],
  }),
  tip({
    id: 't-connect-person-to-person',
    title: 'Connect person to person',
    text: 'Treat customers as people, not targets or numbers in a sales funnel. When everything else is equal, people choose to do business with whoever makes a real connection with them, so let that be you.',
    source: 'humanist-compassionate-service',
    topics: ['humanity', 'success'],
  }),
];
