/**
 * Demo measures, gathered from the modules in demo/measures/: the Police and Crime Plan 2017-21's
 * performance framework, one or more measures per aim (pcpFramework.ts), and the crime figures
 * the Met's 2018-19 Business Plan quotes for 2016-17 and 2017-18 (recordedCrime.ts). Figures are
 * facts from the documents; definitions are in our own words; the few invented survey figures
 * are marked synthetic (syntheticSurveys.ts).
 *
 * Each quoted figure is an observation published by the document that quotes it, dated by what
 * the document's text says. The Police and Crime Plan's figures stand as at its publication,
 * 2017-03-31 (see pcpFramework.ts). The Business Plan's text carries no date. It was written after June 2018 (it speaks of the first quarter of 2018-19, the
 * THRIVE+ pilot and CONTEST of June 2018, in the past tense), so its figures are dated as at
 * 2018-06-30, the end of the last quarter it looks back on: a date read from the text, not one it
 * states. A later publication of the same years (a revised plan, the Met's data file) is a newer
 * vintage shown beside them, never one that silently replaces them.
 */
import type { MeasureDefinition, Observation } from '../src/domain/measures/index.js';
import { pcpFrameworkMeasures, pcpFrameworkObservations } from './measures/pcpFramework.js';
import { recordedCrimeMeasures, recordedCrimeObservations } from './measures/recordedCrime.js';
import { syntheticSurveyObservations } from './measures/syntheticSurveys.js';
import { resourceMeasures, resourceObservations } from './measures/resources.js';
import { standingPriorityMeasures, standingPriorityObservations } from './measures/standingPriorities.js';
import { inspectionMeasures, inspectionObservations } from './measures/inspectionMeasures.js';

export const demoMeasures: MeasureDefinition[] = [
  ...recordedCrimeMeasures,
  ...pcpFrameworkMeasures,
  ...resourceMeasures,
  ...standingPriorityMeasures,
  ...inspectionMeasures,
];

export const demoObservations: Observation[] = [
  ...recordedCrimeObservations,
  ...pcpFrameworkObservations,
  ...syntheticSurveyObservations,
  ...resourceObservations,
  ...standingPriorityObservations,
  ...inspectionObservations,
];
