/**
 * The sources behind the widgets' facts (see shared/content/facts.md). Citations stay in English, the
 * language the works are published in, and are marked `lang="en"` when shown. This module is loaded only
 * when a reader opens "Where these facts come from"; elements refer to sources by id.
 */
export interface Source {
  readonly citation: string;
  readonly url?: string;
}

export const SOURCES = {
  samhsaAdvisory2021: {
    citation: 'SAMHSA. Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders. Advisory, 2021 (based on TIP 47).',
  },
  tip47: {
    citation: 'CSAT. Substance Abuse: Clinical Issues in Intensive Outpatient Treatment. TIP 47, 2006 (SMA 06-4182).',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
  },
  asam3: {
    citation: 'Mee-Lee D, et al., eds. The ASAM Criteria, 3rd ed. 2013; level hours as set out in 77 Ill. Adm. Code 2060.410.',
  },
  asam4: {
    citation: 'The ASAM Criteria, 4th ed., Vol. 1: Adults. 2023; summaries by Behavioral Health Business (7 Dec 2023) and OBC.',
  },
  meeLee2013: {
    citation: 'Mee-Lee D. Tips & Topics, October 2013: withdrawal management in the ASAM Criteria, 3rd ed.',
  },
  asamStepDown: {
    citation: 'The ASAM Criteria, adolescent Level 2.1 text, as reproduced by Aetna (ASAM criteria page).',
  },
  mccarty2014: {
    citation: 'McCarty D, et al. Psychiatric Services. 2014;65(6):718-726.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4152944/',
  },
  cms2024: {
    citation: 'CMS. CY 2024 OPPS final rule fact sheet (CMS-1786-FC), 2 Nov 2023: Medicare intensive outpatient benefit.',
  },
  programExamples: {
    citation: 'Published schedules of individual IOP programs (aprodigalspath.com; harborlightscds.com): illustrative only.',
  },
  tip39: {
    citation: 'SAMHSA. Substance Use Disorder Treatment and Family Therapy. TIP 39, updated 2020.',
  },
  miller1999: {
    citation: 'Miller WR, Meyers RJ, Tonigan JS. J Consult Clin Psychol. 1999;67(5):688-697.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/10535235/',
  },
  craftOther: {
    citation:
      'Meyers RJ, et al. J Subst Abuse. 1999;10(3):291-308; PMC5690811; Meyers & Smith, J Subst Abuse Treat. 1997;14(5); NREPP summary of CRAFT.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5690811/',
  },
  alAnonReview: {
    citation:
      'Roozen HG, et al. Addiction. 2010;105:1729-1738; Meyers RJ, et al. J Consult Clin Psychol. 2002;70:1182-1185; Al-Anon Family Groups (al-anon.org).',
  },
  smartFamily: {
    citation: 'SMART Recovery. Family & Friends (smartrecovery.org; smartrecovery.org.uk).',
  },
  craftCommunication: {
    citation:
      'Hazelden Betty Ford Family Program Handbook; Center for Motivation & Change, 20 Minute Guide; Scottish Families (sfad.org.uk).',
  },
  oars: {
    citation: 'ISSUP handout on OARS, adapted from Miller WR, Rollnick S. Motivational Interviewing, 2nd ed. 2002.',
  },
  talkTiming: {
    citation: 'Horvath AT. Practical Recovery blog; UNC Health Talk.',
  },
  part2: {
    citation:
      '42 CFR Part 2 (89 FR 12472, 16 Feb 2024): section 2.51 as in the CFR; sections 2.13 and 2.14 as summarized by GWU Health Information & the Law, Overview of 42 CFR Part 2.',
    url: 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2',
  },
  wordsMatter: {
    citation: 'NIDA. Words Matter (nida.nih.gov); ONDCP, Changing the Language, draft, 2017.',
  },
  naloxone: {
    citation:
      'FDA approval of Narcan nasal spray for sale without a prescription, 29 Mar 2023 (via NABP and IHS); Mayo Clinic on calling 911 after naloxone.',
  },
  overdose: {
    citation:
      'CDC, preventing opioid overdose (2017) and the signs of an overdose (2021); CDC naloxone FAQ; SAMHSA Overdose Prevention and Response Toolkit (PEP23-03-00-001); DEA, fake pills; Idaho Office of Drug Policy on naloxone wearing off; CSG Justice Center, 2024.',
    url: 'https://store.samhsa.gov/product/overdose-prevention-response-kit/pep23-03-00-001',
  },
  withdrawalSafety: {
    citation:
      'Am Fam Physician. 2021;104(3):253 (alcohol withdrawal); ASAM Clinical Practice Guideline on Alcohol Withdrawal Management, 2020; FDA safety communication on benzodiazepines, 23 Sep 2020.',
  },
  medicines: {
    citation:
      'SAMHSA. Medications for Opioid Use Disorder. TIP 63; SAMHSA medication-assisted treatment pages; NIAAA Rethinking Drinking and Core Resource on Alcohol; FindTreatment.gov content.',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK535275/',
  },
  payingForCare: {
    citation:
      'MACPAC on Medicaid coverage of substance use disorder treatment; White House fact sheet on mental health and substance use parity, May 2016; SAMHSA National Helpline FAQ.',
  },
  findTreatment: {
    citation: 'HHS statement on FindTreatment.gov, 30 Oct 2019; Riley et al., 2024 (PMC11260587), on out-of-date listings.',
    url: 'https://findtreatment.gov/',
  },
  languageAccess: {
    citation:
      'Section 1557 rule (45 CFR 92.201, 2024) as summarized by NILC (Apr 2024) and the AHA on the OCR letter (5 Dec 2024): free language help in programs that get HHS funding.',
  },
  firstDays: {
    citation: 'CSAT. TIP 47, chapter 5 (intake and assessment); FindTreatment.gov content on assessment and treatment plans.',
  },
  helpLines: {
    citation:
      '988 Suicide & Crisis Lifeline (988lifeline.org); SAMHSA, 988 frequently asked questions (samhsa.gov); SAMHSA National Helpline (samhsa.gov/find-help/national-helpline); US DOJ Office for Victims of Crime on the National Domestic Violence Hotline, 2022.',
    url: 'https://988lifeline.org/',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
