import {msg} from '@lit/localize';
import type {SourceUse} from '../../shared/templates.js';
import type {HelpPair, Relationship, Role, Stage, SupportOption} from './family-roles.types.js';

/*
 * What a family member can do, from shared/content/facts.md (sections 3, 4, 9 and 10): TIP 39, the CRAFT trials,
 * SMART Recovery Family & Friends, 42 CFR Part 2, NIDA's Words Matter, the FDA's naloxone decision, and the
 * overdose and withdrawal safety of section 10. The facts differ by relationship in three places only (parents
 * and spouses in the CRAFT trial, the privacy rules for teens, and the rare safety exception for a teen), so
 * the rest is the same for everyone. Warning signs of a return to use are not in the facts: the text asks
 * families to get them from the care team, in a way the privacy rules allow. "You can usually still tell the
 * team" is unverified in facts.md (Part 2 limits disclosure, not listening), hence "usually".
 */

export const relationshipName = (relationship: Relationship): string => {
  switch (relationship) {
    case 'partner':
      return msg('Partner or spouse');
    case 'parent-teen':
      return msg('Parent of a teen');
    case 'parent-adult':
      return msg('Parent of an adult child');
    case 'child-sibling':
      return msg('Adult child or sibling');
    case 'friend':
      return msg('Friend');
    case 'other':
      return msg('Someone else close to them');
  }
};

export const stageName = (stage: Stage): string => {
  switch (stage) {
    case 'before':
      return msg('Before IOP starts');
    case 'during':
      return msg('During IOP');
    case 'after':
      return msg('After IOP');
  }
};

export const stageIntro = (stage: Stage): string => {
  switch (stage) {
    case 'before':
      return msg('Your loved one is thinking about IOP or about to start.');
    case 'during':
      return msg('Your loved one goes to IOP several times a week and lives at home.');
    case 'after':
      return msg('Your loved one has finished IOP and moved to less care, such as outpatient care or support groups.');
  }
};

export const roles = (stage: Stage): readonly Role[] => [
  {
    id: 'learner',
    name: msg('Learner'),
    text: {
      before: msg(
        'Learn what IOP is: treatment several times a week while living at home. The first days usually bring an assessment and a plan. Ask what a week looks like.',
      ),
      during: msg('Go to family education if the program offers it. It is one of the core services of IOP.'),
      after: msg('Learn what ongoing care looks like, and what the plan is if things get hard.'),
    }[stage],
  },
  {
    id: 'supporter',
    name: msg('Supporter'),
    text: {
      before: msg('Offer help with things like rides or childcare, so it is simpler to start.'),
      during: msg('Notice and praise the effort: going to sessions, and time together without drinking or drugs.'),
      after: msg('Keep praising progress. Plan time together without drinking or drugs.'),
    }[stage],
  },
  {
    id: 'participant',
    name: msg('Family session member'),
    text: {
      before: msg('Ask whether the program has family sessions, and when they meet.'),
      during: msg('Join family sessions when you are asked. They are a time to talk, with a counselor’s help.'),
      after: msg('Ask whether family sessions or groups go on after IOP.'),
    }[stage],
  },
  {
    id: 'boundaries',
    name: msg('Limit setter'),
    text: {
      before: msg('Decide what you will and will not do. Say it calmly and briefly.'),
      during: msg(
        'Don’t cover up or fix problems that drinking or drug use causes. When it is safe, let your loved one deal with what happens.',
      ),
      after: msg('Keep your limits steady, and talk about them again if things change.'),
    }[stage],
  },
  {
    id: 'self-care',
    name: msg('Caring for yourself'),
    text: {
      before: msg('Waiting and worry are hard. Keep your own routines, and find support for yourself.'),
      during: msg('Keep your own life going: work, friends, rest and things you enjoy.'),
      after: msg('Keep the supports that helped you, such as a family group.'),
    }[stage],
  },
  {
    id: 'safety',
    name: msg('Safety'),
    text: msg(
      'Know what to do in an emergency (see below). Ask at a family session, or once your loved one signs a release, which warning signs to watch for.',
    ),
  },
];

export const helpPairs = (stage: Stage): readonly HelpPair[] =>
  ({
    before: [
      {
        help: msg('Invite them to get help: “I’d like you to talk to someone. I can go with you.”'),
        avoid: msg('A surprise group confrontation (an “intervention”).'),
      },
      {help: msg('Talk at a calm, private time.'), avoid: msg('Talking when they are drunk or high, or in front of children.')},
      {
        help: msg('Say how you feel and what you want, in a few words: “I feel scared when you drive after drinking. I want you safe.”'),
        avoid: msg('Long lectures, labels and blame.'),
      },
    ],
    during: [
      {help: msg('Praise the effort: “I’m glad you went tonight.”'), avoid: msg('Pointing out only what is going wrong.')},
      {
        help: msg('When it is safe, let your loved one face what their use causes.'),
        avoid: msg('Covering up, making excuses or paying for problems caused by use.'),
      },
      {
        help: msg('If your loved one wants you involved, ask them to sign a release so the team can talk with you.'),
        avoid: msg('Expecting the care team to share updates without your loved one’s written OK.'),
      },
    ],
    after: [
      {
        help: msg('Keep up with the plan: ongoing care, groups and check-ins.'),
        avoid: msg('Thinking treatment is “done” and support can stop.'),
      },
      {
        help: msg('If they drink or use again, stay calm and urge them to call the care team. Care can be changed to fit.'),
        avoid: msg('Treating a return to use as the end of recovery.'),
      },
      {
        help: msg('Use person-first words: “a person in recovery.” If your loved one picks a word for themselves, use it.'),
        avoid: msg('Words like “addict,” “alcoholic,” “clean” or “dirty.”'),
      },
    ],
  })[stage];

/** What the evidence says about family support, for this relationship (the trial compared parents and spouses). */
export const craftNote = (relationship: Relationship): string | undefined =>
  relationship === 'partner' || relationship === 'parent-teen' || relationship === 'parent-adult'
    ? msg(
        'That study was about loved ones who drank. Parents had more success than spouses. Loved ones who started treatment usually did so after 4 to 6 sessions.',
      )
    : undefined;

export const supportOptions = (): readonly SupportOption[] => [
  {
    name: msg('CRAFT-based programs'),
    what: msg(
      'Teach families kind, clear ways to talk and to invite a loved one into treatment. A program is often about 12 to 14 one-hour sessions.',
    ),
    evidence: msg(
      'One study had 130 family members. With CRAFT, 64 in 100 got their loved one to start treatment. With a surprise confrontation, 30 in 100 did. With Al-Anon-style help, 13 in 100 did. Family members felt better in all three groups.',
    ),
  },
  {
    name: msg('SMART Recovery Family & Friends'),
    what: msg('Weekly meetings online teach kind, clear ways to talk, how to set limits, and how to take care of yourself.'),
    evidence: msg('We found no studies of this program itself. It uses CRAFT methods, which have been studied.'),
  },
  {
    name: msg('Al-Anon and Nar-Anon'),
    what: msg('Peer groups for family members of people who drink (Al-Anon) or use drugs (Nar-Anon).'),
    evidence: msg(
      'Their aim is support for you, and they can help you feel better. In studies, CRAFT did better at getting a loved one into treatment.',
    ),
  },
];

export const privacyText = (relationship: Relationship): readonly string[] => [
  ...(relationship === 'parent-teen'
    ? [
        msg(
          'Rules for teens depend on your state. In some states, teens can start treatment on their own. Then the program needs your teen’s OK before it can tell you about their care.',
        ),
        msg(
          'In other states, a parent must agree to treatment too. Then the program needs both of you to agree before it can share. Ask the program how it works where you live.',
        ),
      ]
    : [
        msg('Without your loved one’s written OK, the care team usually can’t tell you about their care, or even if they are there.'),
        msg('Ask your loved one to sign a release: a form that lets the team talk with you.'),
      ]),
  // For everyone: the rules limit what the team tells a family, and the family can still ask to be heard.
  msg('You can ask the team if they will listen to what you have seen, even if they can’t share back.'),
];

export const emergencyPrivacy = (relationship: Relationship): string =>
  relationship === 'parent-teen'
    ? msg('In rare, serious cases, when your teen’s life or safety is at risk, the program may tell you. Ask how this works.')
    : msg('In an emergency, the program can tell doctors and nurses what they need to know. This rule does not let them tell family.');

/** What to do in an emergency: an overdose and its signs, and the dangers families are rarely told about. */
export const emergencyText = (): {
  readonly signs: string;
  readonly signList: readonly string[];
  readonly steps: readonly string[];
  readonly risks: readonly string[];
} => ({
  signs: msg('Signs of an opioid overdose:'),
  signList: [
    msg('They can’t be woken.'),
    msg('Their breathing is slow or has stopped, or they make choking or gurgling sounds.'),
    msg('Their lips or nails are blue or purple (gray on darker skin).'),
    msg('Their pupils, the dark centers of the eyes, are tiny.'),
  ],
  steps: [
    msg(
      'Call 911. Give naloxone (Narcan) if you have it. Try to keep them breathing. Once they breathe, lay them on their side. Stay with them.',
    ),
    msg('Naloxone will not harm them, even if you are not sure what they took. The nasal spray is sold without a prescription.'),
    msg('Call 911 even if they wake up, because naloxone can wear off and the overdose can come back.'),
  ],
  risks: [
    msg('Fentanyl can be hidden in fake pills and in other drugs. If your loved one uses drugs, keep naloxone at home.'),
    msg('After a break from using, such as treatment or jail, the old amount can kill. Be ready with naloxone.'),
    msg('Stopping heavy drinking or sedative pills all at once can be dangerous. Talk to a doctor first.'),
  ],
});

export const familyRolesSources = (): readonly SourceUse[] => [
  {id: 'tip39', usedFor: msg('Why families are part of treatment.')},
  {id: 'samhsaAdvisory2021', usedFor: msg('Family education as a core service of IOP.')},
  {id: 'miller1999', usedFor: msg('CRAFT, a surprise confrontation and Al-Anon-style help compared; parents and spouses.')},
  {id: 'craftOther', usedFor: msg('More CRAFT results, what CRAFT teaches, and how long it takes.')},
  {id: 'alAnonReview', usedFor: msg('What Al-Anon and Nar-Anon aim to do, and how they compared with CRAFT in studies.')},
  {id: 'smartFamily', usedFor: msg('SMART Recovery Family & Friends (we found no studies of it).')},
  {id: 'craftCommunication', usedFor: msg('Saying how you feel in a few words, and how to offer help.')},
  {id: 'talkTiming', usedFor: msg('When not to talk.')},
  {id: 'part2', usedFor: msg('What the care team can share without written OK, the rules for teens, and emergencies.')},
  {id: 'wordsMatter', usedFor: msg('Person-first words, and letting people choose their own words.')},
  {id: 'naloxone', usedFor: msg('Naloxone without a prescription, and calling 911.')},
  {id: 'overdose', usedFor: msg('The signs of an overdose, what to do, fentanyl in pills and other drugs, and the risk after a break.')},
  {id: 'withdrawalSafety', usedFor: msg('The danger of stopping heavy drinking or sedative pills all at once.')},
  {id: 'firstDays', usedFor: msg('The assessment and plan at the start of treatment.')},
  {id: 'helpLines', usedFor: msg('The phone numbers for help.')},
];
