import {msg} from '@lit/localize';
import type {SourceUse} from '../../shared/templates.js';
import type {Line, Plan, Scenario, Step, StepId} from './conversation-guide.types.js';

/*
 * The guide is built on CRAFT positive communication (be brief, positive and specific, label your feelings,
 * offer an understanding statement, accept partial responsibility, offer to help) and the OARS skills of
 * motivational interviewing (open questions, affirmations, reflective listening, summaries), with the timing
 * advice and the evidence against confrontation in shared/content/facts.md (sections 3 and 4). The example
 * conversations are illustrations, not scripts.
 */

export const scenarioName = (scenario: Scenario): string => {
  switch (scenario) {
    case 'considering':
      return msg('They might need IOP');
    case 'missing-sessions':
      return msg('They are in IOP but missing sessions');
    case 'return-to-use':
      return msg('They drank or used again');
    case 'teen':
      return msg('Talking with a teen');
  }
};

export const steps = (): readonly Step[] => [
  {
    id: 'prepare',
    title: msg('Get ready'),
    guidance: [
      msg('Pick a calm, private time when your loved one is sober. Avoid right after work, just before bed, or in front of children.'),
      msg('Decide the one or two things you most want to say. Keep it short.'),
    ],
    pairs: [
      {
        instead: msg('Planning a surprise group confrontation'),
        try: msg('Talking one-on-one, and inviting them to get help'),
        skill: msg('No confrontation'),
      },
      {instead: msg('“You’re ruining this family.”'), try: msg('“I love you, and I’m worried.”'), skill: msg('Be positive')},
    ],
  },
  {
    id: 'open',
    title: msg('Start the talk'),
    guidance: [msg('Start with care. Name one specific thing you noticed and how you felt. Use “I,” not “you.” Be brief.')],
    pairs: [
      {
        instead: msg('“You always drink too much.”'),
        try: msg('“On Friday you had a lot to drink, and I felt scared.”'),
        skill: msg('Be specific, and name your feelings'),
      },
      {
        instead: msg('“We need to talk about your problem.”'),
        try: msg('“Can we talk for a few minutes about something that matters to me?”'),
        skill: msg('Be brief and positive'),
      },
    ],
  },
  {
    id: 'listen',
    title: msg('Listen'),
    guidance: [
      msg('Ask open questions and listen more than you talk. Say back what you hear, so they know you understand.'),
      msg('Notice what is good, too: their strengths and their efforts.'),
    ],
    pairs: [
      {
        instead: msg('“Don’t you think you should stop?”'),
        try: msg('“What do you think about your drinking lately?”'),
        skill: msg('Ask an open question'),
      },
      {instead: msg('“That’s not true.”'), try: msg('“It sounds like you feel judged.”'), skill: msg('Say back what you hear')},
      {instead: msg('Only pointing out problems'), try: msg('“You’ve worked so hard to keep your job.”'), skill: msg('Notice the good')},
    ],
  },
  {
    id: 'pushback',
    title: msg('If they push back'),
    guidance: [
      msg('If they get angry or say no, stay calm and do not argue. Show that you understand how they feel.'),
      msg('Own your part where it fits. If things get heated, stop and try another day.'),
    ],
    pairs: [
      {instead: msg('“You’re in denial.”'), try: msg('“I can see why you feel that way.”'), skill: msg('Show understanding')},
      {
        instead: msg('“This is all your fault.”'),
        try: msg('“I know I’ve been on your case a lot, and that hasn’t helped.”'),
        skill: msg('Accept part of the responsibility'),
      },
    ],
  },
  {
    id: 'next-step',
    title: msg('Offer a next step'),
    guidance: [
      msg(
        'Offer one clear, small step, and offer to help with it. If the answer is “not now,” that is okay. You can come back to it later.',
      ),
    ],
    pairs: [
      {
        instead: msg('“You have to go to rehab.”'),
        try: msg('“Would you meet with someone at the program? I can drive you.”'),
        skill: msg('Be specific, and offer to help'),
      },
      {
        instead: msg('“Promise me you’ll never drink again.”'),
        try: msg('“Would you try one step this week, like calling the program?”'),
        skill: msg('Be positive and specific'),
      },
      {
        instead: msg('Jumping straight to what they should do'),
        try: msg('“So you want to feel better and keep your job. Did I get that right?”'),
        skill: msg('Sum it up'),
      },
    ],
  },
  {
    id: 'after',
    title: msg('After the talk'),
    guidance: [
      msg('Whatever happened, notice what went well. Thank them for listening, and praise any step they take.'),
      msg('Take care of yourself. Talk with someone you trust or a family group.'),
    ],
    pairs: [
      {instead: msg('“I told you so.”'), try: msg('“Thank you for hearing me out.”'), skill: msg('Notice the good')},
      {
        instead: msg('Keeping it all to yourself'),
        try: msg('Talking with a friend, a counselor or a family group'),
        skill: msg('Care for yourself'),
      },
    ],
  },
];

const you = (text: string): Line => ({who: 'you', text});
const them = (text: string): Line => ({who: 'them', text});
const note = (text: string): Line => ({who: 'note', text});

/** One example exchange for each step of each scenario. */
export const example = (scenario: Scenario, step: StepId): readonly Line[] => {
  switch (scenario) {
    case 'considering':
      return {
        prepare: [note(msg('You plan: Saturday morning, at home, just the two of us. Say you are worried, and ask about IOP.'))],
        open: [
          you(msg('“I love you, and I’ve been worried about your drinking. Can we talk for a few minutes?”')),
          them(msg('“I’m fine.”')),
          you(msg('“Okay. I’d really like to hear how things feel to you.”')),
        ],
        listen: [
          you(msg('“What’s been hardest lately?”')),
          them(msg('“Work. Drinking helps me relax.”')),
          you(msg('“So drinking feels like the one way to unwind.”')),
        ],
        pushback: [
          them(msg('“I don’t need rehab.”')),
          you(msg('“I hear you. IOP isn’t living somewhere else. It’s a few sessions a week, and many programs meet in the evening.”')),
        ],
        'next-step': [you(msg('“Would you look at the program’s schedule with me? I can go with you to the first visit.”'))],
        after: [you(msg('“Thanks for talking with me last night. It meant a lot.”'))],
      }[step];
    case 'missing-sessions':
      return {
        prepare: [note(msg('You wait for a quiet evening, not right after a missed session when you are upset.'))],
        open: [you(msg('“I noticed you didn’t go to group on Tuesday, and I felt worried. Can we talk?”'))],
        listen: [
          you(msg('“What’s getting in the way of going?”')),
          them(msg('“The group is boring, and I’m wiped out after work.”')),
          you(msg('“It sounds like evenings are really hard right now.”')),
        ],
        pushback: [
          them(msg('“It’s my business.”')),
          you(msg('“You’re right, it’s your treatment. The team can’t tell me anything, so I’m asking you because I care.”')),
        ],
        'next-step': [
          you(msg('“Would you tell your counselor what’s hard? Maybe there’s another time. I can cook dinner on group nights.”')),
        ],
        after: [you(msg('“I’m glad you went on Thursday.”'))],
      }[step];
    case 'return-to-use':
      return {
        prepare: [
          note(
            msg(
              'You wait until they are sober and things are calm, and remind yourself: a return to use is a reason to adjust care, not the end.',
            ),
          ),
        ],
        open: [you(msg('“I know you drank on Saturday. I’m not here to yell. I’m scared, and I care about you.”'))],
        listen: [
          you(msg('“What was going on before you drank?”')),
          them(msg('“I had a terrible week.”')),
          you(msg('“It sounds like everything piled up at once.”')),
        ],
        pushback: [
          them(msg('“I’ve blown it. What’s the point?”')),
          you(msg('“I don’t see it that way. You’ve done a lot of hard work, and it still counts.”')),
        ],
        'next-step': [
          you(msg('“Would you call your counselor tomorrow? The plan can be changed to fit. I can sit with you while you call.”')),
        ],
        after: [
          note(
            msg(
              'You thank them for being honest. If they also use pills or drugs not from a pharmacy, you keep naloxone (Narcan) at home: fentanyl can be hidden in them. After a break from using, the old amount can cause an overdose.',
            ),
          ),
          note(
            msg(
              'Signs of an opioid overdose: they can’t be woken, their breathing is slow or has stopped, or their lips or nails turn blue or gray. Call 911 and give naloxone.',
            ),
          ),
        ],
      }[step];
    case 'teen':
      return {
        prepare: [
          note(
            msg(
              'You choose a calm time, not in front of brothers, sisters or friends. You read about teen IOP first: 6 or more hours a week.',
            ),
          ),
        ],
        open: [you(msg('“I’ve noticed you come home late and seem really tired. I’m worried about you. Can we talk?”'))],
        listen: [
          you(msg('“How are things with your friends lately?”')),
          them(msg('“Everyone smokes. It’s not a big deal.”')),
          you(msg('“So it feels normal where you are.”')),
        ],
        pushback: [them(msg('“You don’t trust me!”')), you(msg('“I want to trust you. I can see this feels unfair.”'))],
        'next-step': [you(msg('“Would you see a counselor with me? You can say what you think, and I’ll listen.”'))],
        after: [note(msg('You thank your teen for being honest. What the counselor can share with you depends on your state’s rules.'))],
      }[step];
  }
};

export const notNowText = (): readonly string[] => [
  msg('Do not have this talk while your loved one is drunk or high.'),
  msg('Do not have it if you fear violence. Stay safe, and get help from the lines below.'),
  msg('Stopping heavy drinking or sedative pills all at once can be dangerous. Talk to a doctor first.'),
  msg(
    'If you think they overdosed, call 911 and give naloxone (Narcan) if you have it. It will not harm them, even if you are not sure what they took.',
  ),
];

export const planLabels = (): Readonly<Record<keyof Plan, {readonly label: string; readonly hint: string}>> => ({
  worries: {label: msg('What worries me'), hint: msg('For example: the drinking and driving, or how tired they seem.')},
  say: {label: msg('What I want to say'), hint: msg('One or two short sentences, starting with “I.”')},
  offer: {label: msg('The next step I will offer'), hint: msg('For example: “I can drive you to the first visit.”')},
  support: {label: msg('Who supports me'), hint: msg('A friend, a counselor, a family group.')},
});

export const conversationSources = (): readonly SourceUse[] => [
  {id: 'craftCommunication', usedFor: msg('The seven parts of CRAFT positive communication.')},
  {id: 'oars', usedFor: msg('Open questions, affirmations, reflective listening and summaries (OARS).')},
  {id: 'talkTiming', usedFor: msg('When to talk, and when not to.')},
  {id: 'miller1999', usedFor: msg('How inviting to treatment compared with a surprise confrontation in a trial.')},
  {id: 'wordsMatter', usedFor: msg('Person-first words.')},
  {id: 'part2', usedFor: msg('What the care team can share, and the rules for teens.')},
  {id: 'samhsaAdvisory2021', usedFor: msg('IOP sessions a few times a week while living at home.')},
  {id: 'naloxone', usedFor: msg('Naloxone without a prescription.')},
  {id: 'overdose', usedFor: msg('The signs of an overdose, what to do, fentanyl in pills and other drugs, and the risk after a break.')},
  {id: 'withdrawalSafety', usedFor: msg('The danger of stopping heavy drinking or sedative pills all at once.')},
  {id: 'helpLines', usedFor: msg('The phone numbers for help.')},
];
