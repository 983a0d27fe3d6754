/**
 * Demo data: the HMICFRS PEEL 2018/19 inspection of the Metropolitan Police Service as one
 * inspection document. Names, grades, references, counts and dates are facts from the report;
 * every sentence of text is written in our own words. The report gives no previous grades, so
 * every previousGrade is null. Owners are organisation codes from demo/organisation.ts, set only
 * where the subject makes the owning unit plain; the report itself names no owners. The one
 * recommendation made in the armed policing narrative (on debriefs), outside any formal box, is
 * left out: the document form has no place for a recommendation without a cause of concern.
 */
import type { ComponentJudgment, Grade, InspectionDocument } from '../src/domain/inspections/inspectionDocument.js';
import { PEEL_2018_MET_FINDINGS } from './peel2018Findings.js';

/** A component judged in this inspection: the report gives no previous grades and carries none forward. */
function component(
  key: string,
  name: string,
  grade: Grade,
  themes: readonly string[],
  aliases: readonly string[] = [],
): ComponentJudgment {
  return { key, name, aliases, grade, previousGrade: null, carriedForward: false, themes };
}

export const peel2018Met: InspectionDocument = {
  key: 'peel-2018-19-met',
  programme: {
    key: 'peel-2018-19',
    name: 'PEEL: police effectiveness, efficiency and legitimacy',
    year: '2018/19',
    approach:
      'From 2018/19 the inspectorate looks at effectiveness, efficiency and legitimacy together, in one integrated inspection of each force, instead of three separate inspections a year. Four areas are examined in every force every year because the risk to the public is high; the rest are picked force by force according to risk. For the Met all ten areas were examined.',
    mandatoryComponents: [
      'protecting-vulnerable-people',
      'armed-policing',
      'planning-for-the-future',
      'ethical-and-lawful-workforce-behaviour',
    ],
  },
  force: 'metropolitan',
  title: 'PEEL 2018/19: the Metropolitan Police Service',
  // The report prints only the month ("September 2019") in its footer, so the first of the month stands in.
  publishedOn: '2019-09-01',
  source: 'HMICFRS, PEEL 2018/19 report on the Metropolitan Police Service, September 2019, ISBN 978-1-78655-863-3',
  pillars: [
    {
      key: 'effectiveness',
      name: 'Effectiveness',
      question: 'How well does the force cut crime and keep people safe?',
      grade: 'requires-improvement',
      previousGrade: null,
      components: [
        component(
          'preventing-crime',
          'Preventing crime and tackling anti-social behaviour',
          'good',
          ['Prioritising crime prevention', 'Protecting the public from crime'],
          ['Preventing crime and anti-social behaviour'],
        ),
        component('investigating-crime', 'Investigating crime', 'requires-improvement', [
          'Investigation quality',
          'Catching criminals',
        ]),
        component('protecting-vulnerable-people', 'Protecting vulnerable people', 'requires-improvement', [
          'Understanding and identifying vulnerability',
          'Responding to incidents',
          'Supporting vulnerable victims',
        ]),
        component('serious-and-organised-crime', 'Tackling serious and organised crime', 'outstanding', [
          'Understanding threats',
          'Serious and organised crime prevention',
          'Disruption and investigation',
          'Tackling serious violence',
        ]),
        component(
          'armed-policing',
          'Armed policing',
          'ungraded',
          ['Understanding the threat and responding to it', 'Working with others'],
          ['Firearms capability', 'Armed response capability'],
        ),
      ],
    },
    {
      key: 'efficiency',
      name: 'Efficiency',
      question: 'How efficiently does the force work, and can its services be sustained?',
      grade: 'good',
      previousGrade: null,
      components: [
        component(
          'meeting-current-demands',
          'Meeting current demands and using resources',
          'good',
          [
            'Assessing current demand',
            'Understanding factors that influence demand',
            'Working with others to meet demand',
            'Innovation and new opportunities',
            'Investment and benefits',
            'Prioritising different types of demand',
            'Assigning resources to demand and understanding their costs',
            'Workforce capabilities',
            'More efficient ways of working',
            'Working with others',
            'Using technology',
          ],
          ['Meeting current demands'],
        ),
        component('planning-for-the-future', 'Planning for the future', 'good', [
          'Assessing future demand for services',
          'Understanding public expectations',
          'Making best use of resources to meet likely future demand',
          'Prioritising',
          'Future workforce',
          'Finance plans',
          'Leadership and workforce development',
          'Ambition to improve',
        ]),
      ],
    },
    {
      key: 'legitimacy',
      name: 'Legitimacy',
      question: 'How fairly and lawfully does the force treat the public and its own workforce?',
      grade: 'good',
      previousGrade: null,
      components: [
        component(
          'treating-the-public-fairly',
          'Treating the public fairly',
          'good',
          ['Treating people fairly and respectfully', 'Using force', 'Using stop and search powers'],
          ['Fair treatment of the public'],
        ),
        component(
          'ethical-and-lawful-workforce-behaviour',
          'Ethical and lawful workforce behaviour',
          'requires-improvement',
          ['Maintaining an ethical culture', 'Vetting', 'Standards of behaviour', 'Tackling corruption'],
        ),
        component(
          'treating-the-workforce-fairly',
          'Treating the workforce fairly',
          'good',
          [
            'Improving fairness at work',
            'Supporting workforce wellbeing',
            'Managing performance and development of officers and staff',
          ],
          ['Fair treatment of the workforce'],
        ),
      ],
    },
  ],
  findings: PEEL_2018_MET_FINDINGS,
  // Figure 1 compares the pillar grades with the most similar group, but the figure did not survive
  // in the text we hold, so the group's grades are left unknown; West Yorkshire's were carried forward.
  mostSimilarGroup: [
    { force: 'west-midlands', name: 'West Midlands Police', pillarGrades: {}, carriedForward: false },
    { force: 'greater-manchester', name: 'Greater Manchester Police', pillarGrades: {}, carriedForward: false },
    { force: 'west-yorkshire', name: 'West Yorkshire Police', pillarGrades: {}, carriedForward: true },
  ],
};
