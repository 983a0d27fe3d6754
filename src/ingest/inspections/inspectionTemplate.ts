import type { InspectionDocument } from '../../domain/inspections/index.js';

/**
 * A made-up report for a made-up force, small enough to read at a glance and with one of each
 * thing the sheets can hold: a pillar with two components (one carried forward), a cause of
 * concern with an immediate and a six-month recommendation, an area for improvement in two parts,
 * and good practice. It imports cleanly, so a team can try the import before typing their own.
 */
const TEMPLATE: InspectionDocument = {
  key: 'example-2025-26-exampleshire',
  programme: {
    key: 'example-programme-2025-26',
    name: 'Example inspection programme',
    year: '2025/26',
    approach: 'An invented programme: every force is inspected on how it answers the public, once a year.',
    mandatoryComponents: ['answering-calls'],
  },
  force: 'exampleshire',
  title: 'Example inspection of Exampleshire Police (invented for the template)',
  publishedOn: '2025-10-01',
  source: 'Not a real report: replace every row with the report you are loading.',
  pillars: [
    {
      key: 'serving-the-public',
      name: 'Serving the public',
      question: 'How well does the force help the people who get in touch with it?',
      grade: 'requires-improvement',
      previousGrade: 'good',
      components: [
        {
          key: 'answering-calls',
          name: 'Answering calls for help',
          aliases: ['Call handling'],
          grade: 'inadequate',
          previousGrade: 'requires-improvement',
          carriedForward: false,
          themes: ['Emergency calls', 'Non-emergency calls'],
        },
        {
          key: 'keeping-victims-informed',
          name: 'Keeping victims informed',
          aliases: [],
          grade: 'good',
          previousGrade: 'good',
          carriedForward: true,
          themes: ['Updates on cases'],
        },
      ],
    },
  ],
  findings: [
    {
      ref: 'EX-CoC-1',
      kind: 'cause-of-concern',
      component: 'answering-calls',
      owner: 'CONTACT',
      text: 'Too many emergency calls wait longer than they should before someone answers.',
      recommendations: [
        {
          ref: 'EX-REC-1',
          text: 'Put enough call handlers on at the busiest hours of the week, starting now.',
          due: { kind: 'immediate' },
        },
        {
          ref: 'EX-REC-2',
          text: 'Find out why calls are waiting and show the inspectorate a plan that fixes it.',
          due: { kind: 'within-months', months: 6 },
        },
      ],
    },
    {
      ref: 'EX-AFI-1',
      kind: 'area-for-improvement',
      component: 'keeping-victims-informed',
      text: 'Victims should hear from the force about their case without having to chase it:',
      parts: ['agree with each victim how often they will be updated', 'check that the updates are made'],
    },
    {
      ref: 'EX-GP-1',
      kind: 'good-practice',
      component: 'answering-calls',
      text: 'Call handlers can pass a caller straight to a mental health nurse sitting in the control room.',
    },
  ],
};

/** The template report, to write out as a workbook or CSV files and fill in. */
export function inspectionTemplate(): InspectionDocument {
  return TEMPLATE;
}
