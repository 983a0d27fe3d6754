/**
 * The "Read me" sheet of an inspection workbook: what to write in every column, for the person
 * who types a report in from the inspectorate's PDF. Reading ignores this sheet.
 */
import { DUE_CHOICES, GRADE_CHOICES } from './inspectionCells.js';

export const READ_ME_COLUMNS = ['Sheet', 'Column or field', 'What to write'] as const;

const GENERAL: readonly (readonly [string, string, string])[] = [
  [
    '(all)',
    '',
    'One inspection report in four sheets. Keep the sheet names and the header rows; the columns may be in any order, and columns with other names are ignored, so you can add your own notes. The same tables can be loaded as CSV files named inspection.csv, judgments.csv, findings.csv and most-similar-group.csv.',
  ],
  ['(all)', 'Lists', 'Where a cell holds several keys or names, separate them with semicolons: "a; b; c".'],
  ['(all)', 'Grades', `Write a grade as the report does: ${GRADE_CHOICES}.`],
];

const INSPECTION: readonly (readonly [string, string, string])[] = [
  ['Inspection', 'Key', 'A short name for this report that never changes, such as peel-2018-19-met.'],
  ['Inspection', 'Programme key', 'The inspection programme the report belongs to, such as peel-2018-19.'],
  ['Inspection', 'Programme name', 'The programme as the inspectorate names it.'],
  ['Inspection', 'Programme year', 'The year as the inspectorate writes it, such as 2018/19.'],
  ['Inspection', 'Approach', 'Optional: how the programme inspects forces, in a sentence or two.'],
  [
    'Inspection',
    'Mandatory components',
    'Optional: the keys of the components inspected in every force, separated by semicolons.',
  ],
  ['Inspection', 'Force', 'The inspected force by its police.uk code, such as metropolitan.'],
  ['Inspection', 'Title', 'The title of the report.'],
  ['Inspection', 'Published on', 'The day the report was published, as 2019-09-01 (a date cell also works).'],
  ['Inspection', 'Source', 'Optional: where the report is found: its publisher, date and ISBN or web address.'],
];

const JUDGMENTS: readonly (readonly [string, string, string])[] = [
  ['Judgments', 'Level', 'Pillar or Component. Put each pillar on a row above its components.'],
  ['Judgments', 'Key', 'A short name that stays the same from report to report, such as investigating-crime.'],
  ['Judgments', 'Pillar', "Components only: the pillar's Key. Left blank, the component is under the pillar above."],
  ['Judgments', 'Name', 'The name the report gives the pillar or component.'],
  ['Judgments', 'Question', 'Pillars only: the question the pillar answers.'],
  ['Judgments', 'Also called', 'Components only: other names the report uses for it, separated by semicolons.'],
  ['Judgments', 'Themes', 'Components only: the headings its findings are grouped under, separated by semicolons.'],
  ['Judgments', 'Grade', 'The grade this report gives.'],
  ['Judgments', 'Previous grade', 'The grade the last report gave, or blank when it gave none.'],
  ['Judgments', 'Carried forward', 'Components only: Yes when it was not inspected again and keeps its last grade.'],
];

const FINDINGS: readonly (readonly [string, string, string])[] = [
  ['Findings', 'Ref', 'A reference for the finding that is unique in the report, such as INV-AFI-1.'],
  [
    'Findings',
    'Type',
    'Cause of concern, Recommendation, Area for improvement, Good practice, or Earlier item (something raised by an earlier inspection that is still open).',
  ],
  ['Findings', 'Component', 'The Key of the component the finding is about. A recommendation may leave it blank.'],
  [
    'Findings',
    'Cause of concern',
    'Recommendations only: the Ref of the cause of concern the recommendation answers. Its recommendations are kept in the order of the rows.',
  ],
  ['Findings', 'Text', 'What the report says, in full.'],
  ['Findings', 'Parts', 'Optional: the parts (a), (b), (c) of a finding, one on each line of the cell.'],
  ['Findings', 'Due', `Recommendations only: when it must be done: ${DUE_CHOICES}.`],
  [
    'Findings',
    'Owner',
    'Optional: the code of the unit that owns the response. A recommendation has its cause of concern’s.',
  ],
  ['Findings', 'Raised in', 'For an earlier item: the inspection that first raised it.'],
  ['Findings', 'Status then', 'For an earlier item: how this report says it stands.'],
];

const GROUP: readonly (readonly [string, string, string])[] = [
  [
    'Most similar group',
    '',
    'Optional: the forces the report compares this force with. One row for each force and pillar; leave the sheet empty below its header when the report makes no comparison.',
  ],
  ['Most similar group', 'Force', 'The police.uk code of the force, such as west-midlands.'],
  ['Most similar group', 'Force name', 'Its name, the same on each of its rows.'],
  ['Most similar group', 'Pillar', 'The Key of one of the pillars in the Judgments sheet.'],
  ['Most similar group', 'Grade', 'Its grade for that pillar, or blank when the report does not give it.'],
  ['Most similar group', 'Carried forward', 'Yes when its grades are from the previous round.'],
];

/** The Read me rows under their header: general notes, then each sheet's columns in order. */
export const READ_ME_ROWS: readonly (readonly string[])[] = [
  ...GENERAL,
  ...INSPECTION,
  ...JUDGMENTS,
  ...FINDINGS,
  ...GROUP,
];
