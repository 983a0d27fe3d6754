/**
 * Demo data: the Metropolitan Police Service Business Plan 2018-19 as one plan document.
 * Headings, names, numbers and due dates are facts from the plan; every sentence is written in
 * our own words. Leads are the business group codes the glossary lists; the printed lead column
 * was lost from the source text, so each lead here is an inference from the milestone's subject.
 * Some texts name months on purpose (BP18-23, BP18-38, BP18-70): the plan's months and its
 * quarters disagree there, and Bluelamp flags that for the author.
 */
import type { PlanDocument } from '../../src/domain/plans/planDocument.js';
import { bestOutcomes } from './businessPlan2018/bestOutcomes.js';
import { introduction } from './businessPlan2018/introduction.js';
import { keyCapabilities } from './businessPlan2018/keyCapabilities.js';
import { whatMattersMost } from './businessPlan2018/whatMattersMost.js';

export const businessPlan2018: PlanDocument = {
  key: 'met-business-plan-2018-19',
  title: 'Metropolitan Police Service Business Plan 2018-19',
  kind: 'business-plan',
  owner: 'Metropolitan Police Service',
  firstYear: '2018-19',
  lastYear: '2018-19',
  summary:
    "The Met's plan for 2018-19 turns the Mayor's Police and Crime Plan and the Met's longer-term strategy into operational work and investment, with violent crime as the top priority. It sets 90 milestones, most due within the year, and progress against them is reported every quarter.",
  nodeKinds: [
    { key: 'mission', label: 'Mission', plural: 'Missions' },
    { key: 'operational-priority', label: 'Operational priority', plural: 'Operational priorities' },
    { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
    { key: 'section', label: 'Section', plural: 'Sections' },
    { key: 'objective', label: 'Objective', plural: 'Objectives' },
  ],
  programmes: [
    { code: 'P1', label: 'Improving public access and first contact' },
    { code: 'P2', label: 'Optimising Response' },
    { code: 'P3', label: 'Strengthening local policing' },
    { code: 'P4', label: 'Transforming investigation and prosecution' },
    { code: 'P5', label: 'Strengthening armed policing capability' },
    { code: 'P7', label: 'Smarter working' },
    { code: 'P8', label: 'Workforce futures' },
    { code: 'P9', label: 'Information futures' },
    { code: 'P10', label: 'Central Estates programme' },
    { code: 'P11', label: 'Transforming the MPS Estate' },
    { code: 'P12', label: 'Business support services (commercial)' },
  ],
  nodes: [
    {
      ref: 'M',
      kind: 'mission',
      title: 'Keep London safe for everyone',
      text: "The Met's mission is to keep everyone in London safe. Its vision is to be the most trusted police service in the world, guided by the values of professionalism, integrity, courage and compassion.",
      children: [
        {
          ref: 'OP1',
          kind: 'operational-priority',
          title: 'Focus on what matters most to Londoners',
          text: 'Put violent crime first, including terrorism, sexual offending, knife and gun crime and domestic abuse, and protect people who are vulnerable.',
        },
        {
          ref: 'OP2',
          kind: 'operational-priority',
          title: 'Mobilise partners and the public',
          text: 'Work with partner organisations and Londoners themselves to prevent crime, and win more trust among young people and ethnic minority communities.',
        },
        {
          ref: 'OP3',
          kind: 'operational-priority',
          title: 'Achieve the best outcomes in pursuing justice and supporting victims',
          text: 'Get the best results both in bringing offenders to justice and in the help given to victims.',
        },
      ],
    },
    introduction,
    whatMattersMost,
    bestOutcomes,
    keyCapabilities,
  ],
};
