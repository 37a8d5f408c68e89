import {msg} from '@lit/localize';
import type {SourceUse} from '../../shared/templates.js';
import type {HelpPair, Relationship, Role, Stage, SupportOption} from './family-roles.types.js';

/*
 * What a family member can do, from shared/content/facts.md (sections 3, 4 and 9): TIP 39, the CRAFT trials,
 * SMART Recovery Family & Friends, 42 CFR Part 2, NIDA's Words Matter and the FDA's naloxone decision. The
 * facts differ by relationship in two places only (parents and spouses in the CRAFT trial, and the privacy
 * rules for teens), so the rest is the same for everyone. Warning signs of a return to use are not in the
 * facts: the text asks families to get them from the care team.
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
      before: msg('Learn what IOP is: treatment several times a week while living at home. Ask the program what a week looks like.'),
      during: msg('Go to family education if the program offers it. It is one of the core services of IOP.'),
      after: msg('Learn what continuing care looks like, and what the plan is if things get hard.'),
    }[stage],
  },
  {
    id: 'supporter',
    name: msg('Supporter'),
    text: {
      before: msg('Offer to help with practical things, such as rides or childcare, so starting is easier.'),
      during: msg('Notice and praise the effort: going to sessions, and time together without alcohol or drugs.'),
      after: msg('Keep noticing progress. Plan time together that does not involve alcohol or drugs.'),
    }[stage],
  },
  {
    id: 'participant',
    name: msg('Family session member'),
    text: {
      before: msg('Ask whether the program has family sessions, and when they meet.'),
      during: msg('Join family sessions when you are invited. They are a time to talk, with a counselor’s help.'),
      after: msg('Ask whether family sessions or groups go on after IOP.'),
    }[stage],
  },
  {
    id: 'boundaries',
    name: msg('Boundary keeper'),
    text: {
      before: msg('Decide what you will and will not do. Say it calmly and briefly.'),
      during: msg('Support without enabling: let natural consequences happen instead of covering up or fixing problems caused by use.'),
      after: msg('Keep your boundaries steady, and talk about them again if things change.'),
    }[stage],
  },
  {
    id: 'self-care',
    name: msg('Caring for yourself'),
    text: {
      before: msg('Waiting and worrying is hard. Keep your own routines, and find support for yourself.'),
      during: msg('Keep your own life going: work, friends, rest and things you enjoy.'),
      after: msg('Keep the supports that helped you, such as a family group.'),
    }[stage],
  },
  {
    id: 'safety',
    name: msg('Safety'),
    text: msg('Know what to do in an emergency, and ask the care team which warning signs of a return to use to watch for.'),
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
      {help: msg('Let natural consequences happen.'), avoid: msg('Covering up, making excuses or paying for problems caused by use.')},
      {
        help: msg('If your loved one wants you involved, ask them to sign a release so the team can talk with you.'),
        avoid: msg('Expecting the care team to share updates without your loved one’s written permission.'),
      },
    ],
    after: [
      {
        help: msg('Keep supporting the plan: continuing care, groups and check-ins.'),
        avoid: msg('Thinking treatment is “done” and support can stop.'),
      },
      {
        help: msg('If they drink or use again, stay calm and encourage them to contact the care team. Care can be changed to fit.'),
        avoid: msg('Treating a return to use as the end of recovery.'),
      },
      {help: msg('Use person-first words: “a person in recovery.”'), avoid: msg('Words like “addict,” “clean” or “dirty.”')},
    ],
  })[stage];

/** What the evidence says about family support, for this relationship (the trial compared parents and spouses). */
export const craftNote = (relationship: Relationship): string | undefined =>
  relationship === 'partner' || relationship === 'parent-teen' || relationship === 'parent-adult'
    ? msg('In that study, parents had more success than spouses. Loved ones who started treatment usually did so after 4 to 6 sessions.')
    : undefined;

export const supportOptions = (): readonly SupportOption[] => [
  {
    name: msg('CRAFT-based programs'),
    what: msg('Teach families skills to communicate and to encourage treatment. A program is often about 12 to 14 one-hour sessions.'),
    evidence: msg(
      'In a study of 130 family members, CRAFT helped 64 in 100 get their loved one into treatment. A surprise confrontation helped 30 in 100, and Al-Anon-style support 13 in 100. Family members felt better in all three groups.',
    ),
  },
  {
    name: msg('SMART Recovery Family & Friends'),
    what: msg(
      'Uses CRAFT ideas and SMART tools: positive talk, support without enabling, boundaries and self-care. It has weekly meetings online.',
    ),
    evidence: msg('It is based on CRAFT.'),
  },
  {
    name: msg('Al-Anon and Nar-Anon'),
    what: msg('Peer groups for family members of people who drink (Al-Anon) or use drugs (Nar-Anon).'),
    evidence: msg('They may help you feel better. Studies found they did not help get a loved one into treatment.'),
  },
];

export const privacyText = (relationship: Relationship): readonly string[] =>
  relationship === 'parent-teen'
    ? [
        msg(
          'Rules for teens depend on your state. In some states a teen can agree to treatment alone, and then only the teen can allow the program to share information, even with parents.',
        ),
        msg(
          'In other states a parent must agree to treatment too, and then both the teen and the parent must agree before information is shared. Ask the program how it works where you live.',
        ),
      ]
    : [
        msg(
          'Without your loved one’s written permission, the care team usually cannot tell you whether they are in treatment or how they are doing.',
        ),
        msg('Ask your loved one if they will sign a release form, so the team can talk with you.'),
      ];

export const emergencyPrivacy = (): string =>
  msg('In a medical emergency, the care team can share information with medical staff, but not with family.');

export const emergencyText = (): readonly string[] => [
  msg(
    'If you think someone has overdosed, call 911. Give naloxone (Narcan) if you have it: the nasal spray is sold without a prescription.',
  ),
  msg('Call 911 even if they wake up, because naloxone can wear off.'),
];

export const familyRolesSources = (): readonly SourceUse[] => [
  {id: 'tip39', usedFor: msg('Why families are part of treatment.')},
  {id: 'samhsaAdvisory2021', usedFor: msg('Family education as a core service of IOP.')},
  {id: 'miller1999', usedFor: msg('CRAFT compared with a surprise confrontation and Al-Anon facilitation; parents and spouses.')},
  {id: 'craftOther', usedFor: msg('More CRAFT results, what CRAFT teaches, and how long it takes.')},
  {id: 'alAnonReview', usedFor: msg('What Al-Anon and Nar-Anon do and do not do.')},
  {id: 'smartFamily', usedFor: msg('SMART Recovery Family & Friends.')},
  {id: 'craftCommunication', usedFor: msg('Saying how you feel in a few words, and offering to help.')},
  {id: 'talkTiming', usedFor: msg('When not to talk.')},
  {id: 'part2', usedFor: msg('What the care team can share without written permission, the rules for teens, and emergencies.')},
  {id: 'wordsMatter', usedFor: msg('Person-first words.')},
  {id: 'naloxone', usedFor: msg('Naloxone without a prescription, and calling 911.')},
  {id: 'helpLines', usedFor: msg('The phone numbers for help.')},
];
