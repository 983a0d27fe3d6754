/** The plan's high-harm chapter on standing together against hatred and intolerance. */
import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';
import { commitment, aim, measureArea } from './planParts.js';

export const hatredExtremism: PlanNodeDocument = {
  ref: 'hatred-extremism',
  kind: 'chapter',
  title: 'Standing together against hatred, intolerance and extremism',
  text: 'A priority on tackling hate crime, supporting its victims and countering radicalisation.',
  children: [
    measureArea('hatred-extremism', 1, 'Protection from hate crime', 'Protect Londoners from hate crime.'),
    measureArea('hatred-extremism', 2, 'Support for hate crime victims', 'Give victims of hate crime better support.'),
    measureArea(
      'hatred-extremism',
      3,
      'Preventing radicalisation',
      'Strengthen the work that stops people being radicalised.',
    ),
    aim('hatred-extremism', 1, 'More hate crime victims reporting', 'See more victims of hate crime come forward.'),
    aim('hatred-extremism', 2, 'Less repeat victimisation', 'Reduce how often hate crime victims are targeted again.'),
    aim(
      'hatred-extremism',
      3,
      'Lower attrition in hate crime cases',
      'Reduce the number of hate crime cases that fall away.',
    ),
    aim(
      'hatred-extremism',
      4,
      'Higher hate crime victim satisfaction',
      'Raise how satisfied hate crime victims are with both the MPS and the criminal justice service.',
    ),
    {
      ref: 'HC-TACKLE',
      kind: 'theme',
      title: 'Tackling hate crime',
      text: 'Cohesion, awareness, training, reporting and online hate.',
      children: [
        commitment(
          'HC1',
          'Community cohesion and resilience',
          'Support the Deputy Mayor for Social Integration, Social Mobility and Community Engagement in building more cohesive and resilient communities.',
        ),
        commitment(
          'HC2',
          'Raise awareness of hate crime',
          'Work with the MPS, councils and schools to raise awareness of hate crime.',
        ),
        commitment(
          'HC3',
          'Hate crime training for frontline officers',
          'Make sure all frontline MPS officers are trained to respond firmly to hate crime and know the specialist services open to victims.',
        ),
        commitment(
          'HC4',
          'Tackle hate crime on public transport',
          'Keep backing TfL, the City of London Police, British Transport Police and the MPS against hate crime on buses, trains and the Tube.',
        ),
        commitment(
          'HC5',
          'Monitor hate crime victim satisfaction',
          "Track hate crime victims' satisfaction across the criminal justice service, act to stop victims dropping out of cases and publish data on hate crime outcomes.",
        ),
        commitment(
          'HC6',
          'Make hate crime easier to report',
          'Encourage more victims to report hate crime through smartphone apps, online reporting and third-party reporting.',
        ),
        commitment(
          'HC7',
          'Online Hate Crime Hub',
          'Set up an Online Hate Crime Hub giving the police a dedicated team to investigate hate crime on the internet.',
        ),
      ],
    },
    {
      ref: 'HC-SUPPORT',
      kind: 'theme',
      title: 'Delivering better support for victims of hate crime',
      text: 'Specialist advocacy and services built around victims.',
      children: [
        commitment(
          'HC8',
          "Extend the Hate Crime Victims' Advocates pilot",
          "Extend the Hate Crime Victims' Advocates (HCVA) pilot, trialled in Hackney and Westminster, to give specialist help to high-risk victims and reduce repeat victimisation.",
        ),
        commitment(
          'HC9',
          'Victim-centred support and referral',
          'Commission new support services and referral routes built around what hate crime victims need.',
        ),
        commitment(
          'HC10',
          'Small grants for support organisations',
          'Offer small grants to help specialist support organisations build capacity and cope with rising demand as more victims report.',
        ),
      ],
    },
    {
      ref: 'HC-RADICALISATION',
      kind: 'theme',
      title: 'A London-wide approach to counter-radicalisation',
      text: 'Safeguarding vulnerable people from extremism with partners.',
      children: [
        commitment(
          'HC11',
          'Tailored counter-radicalisation with the Home Office',
          'Deliver, with the Home Office, counter-radicalisation work across London that is more closely tailored to local needs.',
        ),
      ],
    },
  ],
};
