/**
 * Demo data: the findings of the HMICFRS PEEL 2018/19 report on the Metropolitan Police Service
 * (see peel2018.ts for the report itself). References, kinds, components and deadlines are the
 * report's; every sentence is written in our own words. Owners are organisation codes from
 * demo/organisation.ts, set only where the subject makes the owning unit plain.
 */
import type { FindingDocument } from '../src/domain/inspections/inspectionDocument.js';

type FindingSeed = Omit<FindingDocument, 'kind' | 'component'>;

/** A finding of some kind raised against one component. */
function finding(kind: FindingDocument['kind'], component: string, seed: FindingSeed): FindingDocument {
  return { kind, component, ...seed };
}

/** Findings of one kind raised against one component. */
function raisedOn(kind: FindingDocument['kind'], component: string, seeds: readonly FindingSeed[]): FindingDocument[] {
  return seeds.map((seed) => finding(kind, component, seed));
}

export const PEEL_2018_MET_FINDINGS: readonly FindingDocument[] = [
  // Causes of concern and their recommendations.
  {
    ref: 'PVP-CoC-1',
    kind: 'cause-of-concern',
    component: 'protecting-vulnerable-people',
    owner: 'FP',
    text: 'Registered sex offenders assessed as medium or low risk are not being managed to the standard national guidance sets.',
    recommendations: [
      {
        ref: 'PVP-REC-1',
        text: 'Put more officers and staff into sex offender management straight away, so that medium- and low-risk offenders are handled as authorised professional practice requires.',
        due: { kind: 'immediate' },
      },
      {
        ref: 'PVP-REC-2',
        text: 'Tell frontline officers and staff which registered sex offenders live in the areas they police, so they can help keep watch on them.',
        due: { kind: 'none' },
      },
    ],
  },
  {
    ref: 'ELB-CoC-1',
    kind: 'cause-of-concern',
    component: 'ethical-and-lawful-workforce-behaviour',
    owner: 'RV',
    text: 'Too many officers and staff are still waiting to be vetted or re-vetted: the backlog is large.',
    recommendations: [
      {
        ref: 'ELB-REC-1',
        text: 'Within a year, see that everyone holds at least the lowest vetting level their post needs: clear the backlog, renew vetting when it expires and follow the national vetting guidance in full.',
        due: { kind: 'within-months', months: 12 },
      },
      {
        ref: 'ELB-REC-2',
        text: 'Establish the vetting status of everyone whose status is not known and vet anyone without current clearance; keep a central record of how many people need enhanced vetting and re-vetting.',
        due: { kind: 'none' },
      },
      {
        ref: 'ELB-REC-3',
        text: 'Watch vetting outcomes for unfair differences between groups, for example Black, Asian and minority ethnic applicants, and act to narrow them where that is right.',
        due: { kind: 'none' },
      },
    ],
  },
  // Areas for improvement (19).
  ...raisedOn('area-for-improvement', 'investigating-crime', [
    {
      ref: 'INV-AFI-1',
      owner: 'FP',
      text: 'Give staff the training and backing to judge the risk in an incident properly, and lift investigations to a better and more even standard.',
    },
    {
      ref: 'INV-AFI-2',
      text: 'Look again at the rules for allocating crimes, so that cases with a vulnerable victim get the response they need.',
    },
    {
      ref: 'INV-AFI-3',
      owner: 'FORENSICS',
      text: 'Get evidence off phones, computers and other digital devices quickly enough that investigations are not held up.',
    },
    {
      ref: 'INV-AFI-4',
      text: 'Keep increasing both the number and the expertise of qualified detectives and senior investigating officers, so investigations get better.',
    },
  ]),
  ...raisedOn('area-for-improvement', 'protecting-vulnerable-people', [
    {
      ref: 'PVP-AFI-1',
      owner: 'MetOps',
      text: 'Spot vulnerability and respond better when an incident is first reported; call handlers should know the THRIVE+ risk tool and use it every time.',
    },
    {
      ref: 'PVP-AFI-2',
      owner: 'FP',
      text: "Raised before and still open: look at how domestic violence protection notices and orders and the disclosure scheme (Clare's Law) are used, so they protect as many domestic abuse victims as they can.",
      raisedIn: 'An earlier HMICFRS inspection (the report does not say which)',
      priorStatus: 'Still an area for improvement',
    },
    {
      ref: 'PVP-AFI-3',
      owner: 'FP',
      text: 'Find a way to hear from vulnerable victims of domestic abuse about the service they received.',
    },
  ]),
  ...raisedOn('area-for-improvement', 'meeting-current-demands', [
    {
      ref: 'MCD-AFI-1',
      owner: 'HR',
      text: 'Bring what the force knows about the skills of its people, leaders included, up to date and into one centrally run database, so it can be sure it has the skills for demand now and later.',
    },
  ]),
  ...raisedOn('area-for-improvement', 'treating-the-public-fairly', [
    {
      ref: 'TPF-AFI-1',
      text: 'Keep reminding staff about unconscious bias and give them guidance they can turn to often, so they make fair decisions with confidence.',
    },
    {
      ref: 'TPF-AFI-2',
      text: 'Give every officer proper training in officer safety.',
    },
    {
      ref: 'TPF-AFI-3',
      owner: 'FP',
      text: 'Check that a supervisor properly reviews every stop and search record.',
    },
  ]),
  ...raisedOn('area-for-improvement', 'ethical-and-lawful-workforce-behaviour', [
    {
      ref: 'ELB-AFI-1',
      owner: 'PROF',
      text: 'Make sure all staff know how to raise an ethical concern for discussion, where to find the answers, and what changed as a result.',
    },
    {
      ref: 'ELB-AFI-2',
      owner: 'DPS',
      text: 'Keep an up-to-date strategic assessment of the corruption threat, set out by the national corruption categories, with a control strategy, so that corruption risk is understood and managed.',
    },
    {
      ref: 'ELB-AFI-3',
      owner: 'DPS',
      text: 'Step in early, as a matter of course, when intelligence about staff suggests someone may be drifting towards corruption, and support them.',
    },
    {
      ref: 'ELB-AFI-4',
      owner: 'DPS',
      text: 'To tackle corruption, abuse of position for a sexual purpose included, make sure that:',
      parts: [
        'the anti-corruption unit has the skills and the people to go looking for corruption, not only react to it',
        'monitoring of the computer systems is thorough enough to protect the information held on them',
        'the force works closely with the people and organisations that support vulnerable people',
      ],
    },
  ]),
  ...raisedOn('area-for-improvement', 'treating-the-workforce-fairly', [
    {
      ref: 'TWF-AFI-1',
      text: 'Talk with the workforce better, so people trust their leaders and can see what was done about the problems they raised.',
    },
    {
      ref: 'TWF-AFI-2',
      owner: 'HR',
      text: 'Manage and track individual performance better:',
      parts: [
        'help supervisors assess people fairly and usefully, in a way staff value',
        'hold performance and development reviews fairly and the same way everywhere',
        'tackle poor performance',
      ],
    },
    {
      ref: 'TWF-AFI-3',
      owner: 'HR',
      text: 'Give supervisors the time and skills to look after the wellbeing of their staff, notice problems and step in early.',
    },
    {
      ref: 'TWF-AFI-4',
      owner: 'HR',
      text: 'Work out how leaning on overtime, and breaking working time rules to meet demand, affects the workforce.',
    },
  ]),
  // Items from earlier inspections that the report says are still open (PVP-AFI-2 above is one too).
  finding('earlier-item', 'armed-policing', {
    ref: 'ARM-PRIOR-1',
    owner: 'FIREARMS',
    text: 'The Met, City of London Police and British Transport Police should share one armed policing threat and risk assessment (APSTRA) covering the whole of London.',
    raisedIn: 'PEEL 2017 effectiveness inspection (armed policing)',
    priorStatus: 'In development; not yet in place',
  }),
  finding('earlier-item', 'protecting-vulnerable-people', {
    ref: 'PVP-PRIOR-1',
    owner: 'FP',
    text: 'Oversee registered sex offenders more closely, including briefing local officers about them.',
    raisedIn:
      'An earlier HMICFRS report (not named); see also the national child protection post-inspection review, March 2018',
    priorStatus:
      'Partly met: local teams are now briefed on high-risk offenders (Operation Beat); medium and low risk remain a gap, now a cause of concern (PVP-CoC-1)',
  }),
  finding('earlier-item', 'treating-the-public-fairly', {
    ref: 'TPF-PRIOR-1',
    text: 'Analyse stop and search data fully to understand why some groups are searched more than others, act on what it shows, and publish both (a recommendation to every force).',
    raisedIn: 'PEEL 2017 legitimacy report (all forces; due by July 2018)',
    priorStatus:
      'Partly complied with: the data dashboard is public, but the analysis and actions are not, and find rates are not split by type of search',
  }),
  finding('earlier-item', 'ethical-and-lawful-workforce-behaviour', {
    ref: 'ELB-PRIOR-1',
    owner: 'DPS',
    text: 'Finish the work asked for on abuse of position for a sexual purpose.',
    raisedIn: 'PEEL 2016 legitimacy inspection',
    priorStatus: 'Actions not yet completed; the force still acts only after the event',
  }),
  finding('earlier-item', 'ethical-and-lawful-workforce-behaviour', {
    ref: 'ELB-PRIOR-2',
    owner: 'DPS',
    text: 'Produce a local counter-corruption strategic assessment and control strategy every year.',
    raisedIn: 'PEEL 2016 legitimacy inspection',
    priorStatus:
      'Produced and approved by the professionalism board, but the review due in January 2018 has not been done and the national categories are not used (see ELB-AFI-2)',
  }),
  finding('earlier-item', 'ethical-and-lawful-workforce-behaviour', {
    ref: 'ELB-PRIOR-3',
    owner: 'RV',
    text: 'Renew the vetting of all officers and staff.',
    raisedIn: 'Earlier HMICFRS recommendations (the report does not say which)',
    priorStatus:
      'A two-year plan and extra staff are in place, but the backlog remains and is now a cause of concern (ELB-CoC-1)',
  }),
  // Good practice the inspectors singled out.
  finding('good-practice', 'preventing-crime', {
    ref: 'PCR-GP-1',
    owner: 'FP',
    text: 'Crime prevention shared with London Fire Brigade: firefighters trained by the force give crime prevention advice on their home safety visits.',
  }),
  finding('good-practice', 'protecting-vulnerable-people', {
    ref: 'PVP-GP-1',
    text: 'Call handlers ask the mental health crisis assessment team for help in judging the risk to callers with mental health problems.',
  }),
  finding('good-practice', 'serious-and-organised-crime', {
    ref: 'SOC-GP-1',
    text: 'An organised crime adviser in each of the 12 BCUs links local partners and officers with the specialist teams; 41 organised crime groups were found and mapped this way in 2018.',
  }),
  finding('good-practice', 'serious-and-organised-crime', {
    ref: 'SOC-GP-2',
    text: 'The force has worked out its own way of measuring the difference it makes to serious and organised crime.',
  }),
  finding('good-practice', 'treating-the-public-fairly', {
    ref: 'TPF-GP-1',
    text: "'Walk in an officer's shoes': a scenario exercise that shows the public their rights and how officers decide whether to stop and search.",
  }),
  finding('good-practice', 'planning-for-the-future', {
    ref: 'PFF-GP-1',
    owner: 'HR',
    text: 'The force recruits talent from outside: Police Now, direct entry (detectives included) and senior hires from other forces.',
  }),
];
