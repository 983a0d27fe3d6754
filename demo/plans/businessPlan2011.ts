/**
 * The draft Policing London Business Plan 2011-14 (v0.9.6) as demo data: four strategic
 * outcomes, fourteen corporate objectives and forty key activities for 2011/12, plus the three
 * sections the draft left to be developed. Objective codes (S1 … V3) are the reference notes'
 * own; the draft numbers nothing. Activity titles and texts are paraphrases.
 */
import type { PlanDocument, PlanNodeDocument } from '../../src/domain/plans/planDocument.js';

const activity = (ref: string, title: string, text: string): PlanNodeDocument => ({
  ref,
  kind: 'key-activity',
  title,
  text,
});

const objective = (ref: string, title: string, children: PlanNodeDocument[]): PlanNodeDocument => ({
  ref,
  kind: 'corporate-objective',
  title,
  children,
});

const section = (ref: string, title: string, text: string): PlanNodeDocument => ({
  ref,
  kind: 'section',
  title,
  text,
  note: 'To be developed',
});

export const businessPlan2011: PlanDocument = {
  key: 'policing-london-business-plan-2011-14',
  title: 'Policing London Business Plan 2011-14',
  kind: 'business-plan',
  owner: 'Metropolitan Police Service',
  firstYear: '2011-12',
  lastYear: '2013-14',
  summary:
    'A draft (version 0.9.6) of the joint MPA and MPS business plan, setting four strategic outcomes, fourteen corporate objectives and forty key activities for 2011/12. Its sections on value for money, resources and performance management were still to be developed, and it contains no indicators or targets.',
  nodeKinds: [
    { key: 'strategic-outcome', label: 'Strategic outcome', plural: 'Strategic outcomes' },
    { key: 'corporate-objective', label: 'Corporate objective', plural: 'Corporate objectives' },
    { key: 'key-activity', label: 'Key activity', plural: 'Key activities' },
    { key: 'section', label: 'Section', plural: 'Sections' },
  ],
  nodes: [
    {
      ref: 'SAFETY',
      kind: 'strategic-outcome',
      title: 'Safety',
      text: 'Reduce crime and catch criminals; be intolerant of violence; deliver security of our streets',
      children: [
        objective('S1', 'To reduce victimisation', [
          activity(
            'S1.1',
            'Protect vulnerable people and groups',
            'Find vulnerable individuals and groups, manage the risks they face and keep them safe.',
          ),
          activity(
            'S1.2',
            'Better support for victims and witnesses',
            'Give victims and witnesses better support and stay in close, effective contact with them.',
          ),
          activity(
            'S1.3',
            'Put repeat victims first',
            'Give priority to repeat victims and service users, and use problem solving to stop things getting worse for them.',
          ),
        ]),
        objective('S2', 'To target the most harmful offenders', [
          activity(
            'S2.1',
            'Harm- and risk-based offender management',
            'Manage offenders according to the harm and risk they pose so that police can intervene effectively.',
          ),
          activity(
            'S2.2',
            'Pursue harmful offenders and seize assets',
            "Use intelligence to go after the most harmful offenders and take criminals' assets from them.",
          ),
          activity(
            'S2.3',
            'Better justice outcomes with partners',
            'Work with partners to improve criminal justice results and the management of offenders once caught.',
          ),
        ]),
        objective('S3', 'To reduce crime with particular reference to problem locations', [
          activity(
            'S3.1',
            'Manage hotspots and major events',
            'Give priority to crime hotspots and major events and manage them actively.',
          ),
          activity(
            'S3.2',
            'Design out crime with partners',
            'Prevent crime, including by designing it out, through joint problem solving with partners.',
          ),
        ]),
        objective('S4', 'To prevent terrorism and violent extremism', [
          activity(
            'S4.1',
            'Prevent: stop people turning to terrorism',
            'Stop people becoming terrorists or violent extremists, or supporting those who are.',
          ),
          activity(
            'S4.2',
            'Pursue: disrupt terrorists and networks',
            'Find, investigate and disrupt terrorists and their networks so that attacks are stopped.',
          ),
          activity(
            'S4.3',
            'Protect: harden London against attack',
            'Make London better protected overall against terrorist attack.',
          ),
          activity(
            'S4.4',
            'Prepare: limit the impact of attacks',
            'Lessen the effects of any terrorist attack that cannot be prevented.',
          ),
        ]),
      ],
    },
    {
      ref: 'CONFIDENCE',
      kind: 'strategic-outcome',
      title: 'Confidence',
      text: 'Convince communities we are on their side',
      children: [
        objective('C1', 'To improve the quality of our engagement with the public', [
          activity(
            'C1.1',
            'Act on public priorities',
            'Find out what the public, including high-priority communities, want from policing and respond to it.',
          ),
          activity(
            'C1.2',
            'Solve crime and ASB problems together',
            'Join communities in solving local problems to cut crime and antisocial behaviour.',
          ),
          activity(
            'C1.3',
            'Keep communities informed',
            'Communicate well across London and keep communities up to date on crime and policing.',
          ),
        ]),
        objective('C2', 'To improve individual access to police services', [
          activity(
            'C2.1',
            'Improve contact and information channels',
            'Strengthen the ways people contact the police and get information, including for groups that are hard to reach.',
          ),
          activity(
            'C2.2',
            'Steer users to the right channel',
            'Guide people to the most suitable way of contacting the police and make the public more aware of the options.',
          ),
        ]),
        objective('C3', 'To improve response policing and the satisfaction of service users', [
          activity(
            'C3.1',
            'Better emergency and non-emergency response',
            'Raise the standard of the police response to both emergency and non-emergency calls.',
          ),
          activity(
            'C3.2',
            'Higher service standards and satisfaction',
            'Lift service standards and user satisfaction across every kind of contact with the public.',
          ),
        ]),
        objective('C4', 'To improve the quality of individual interactions with the public', [
          activity(
            'C4.1',
            'Consistently good personal service',
            'Give every user a reliably high standard of service and a better experience.',
          ),
          activity(
            'C4.2',
            'Visible, accessible, professional presence',
            'Keep a visible, approachable and professional police presence in communities and in important encounters.',
          ),
        ]),
      ],
    },
    {
      ref: 'OLYMPICS',
      kind: 'strategic-outcome',
      title: 'Olympics',
      text: 'Deliver security of our streets',
      children: [
        objective(
          'O1',
          'With partners to prepare for and deliver, as far as is practical, a safe and secure Olympic games',
          [
            activity(
              'O1.1',
              'National Olympic security co-ordination',
              "Design and run cross-agency national Olympic security co-ordination, led by the MPS from the National Olympic Security Co-ordinator's office.",
            ),
            activity(
              'O1.2',
              'MPS role in Olympic security planning',
              'Make sure the MPS takes a full part in the Olympic Safety and Security Programme (OSSP) during planning, through the Olympic Policing Coordination Team (OPC).',
            ),
            activity(
              'O1.3',
              'Games-time policing plans for London',
              'Put in place a strategy and plans for policing London during the Games that keep them safe, secure and cost-effective.',
            ),
          ],
        ),
        objective('O2', 'To minimise, as far as is practical, the impact on policing London during games time', [
          activity(
            'O2.1',
            'Staff the Games, protect core policing',
            'Make sure the MPS has enough staff, including specialists, for the Olympic plan without harming everyday policing.',
          ),
        ]),
        objective('O3', 'To ensure that opportunities for legacy and learning are seized and acted upon', [
          activity(
            'O3.1',
            'Deliver the Thames Gateway Programme',
            "Carry out the MPS Thames Gateway Programme and make the most of the Olympic Park's legacy for the area.",
          ),
          activity(
            'O3.2',
            'Learn from delivering the Games',
            'Capture as much organisational learning as possible from running a safe and secure Games.',
          ),
        ]),
      ],
    },
    {
      ref: 'VALUE-FOR-MONEY',
      kind: 'strategic-outcome',
      title: 'Value for money',
      text: 'The right services at the right price',
      children: [
        objective('V1', 'To deliver efficient and effective support services at the lowest possible unit cost', [
          activity(
            'V1.1',
            'Better processes, less bureaucracy',
            'Improve business processes to give better service, work more efficiently and cut bureaucracy and waste.',
          ),
          activity(
            'V1.2',
            'A leaner, more effective HR function',
            'Streamline Human Resources so it does more to support productivity across the organisation.',
          ),
          activity(
            'V1.3',
            'Lower unit costs through sharing',
            'Bring down the cost of each service through shared services, partnerships and collaboration.',
          ),
          activity(
            'V1.4',
            'Savings from procurement and contracts',
            'Keep making savings through good procurement and management of suppliers and contracts.',
          ),
          activity(
            'V1.5',
            'Stronger corporate governance',
            'Develop corporate governance to improve decisions and build in personal accountability.',
          ),
        ]),
        objective('V2', 'To make the most productive use of our operational asset including our people', [
          activity(
            'V2.1',
            'Make better use of the estate',
            'Use buildings more efficiently and slim down the asset base.',
          ),
          activity(
            'V2.2',
            'Flexible, good-value technology',
            'Supply technology for policing that is flexible and good value.',
          ),
          activity(
            'V2.3',
            'Recruitment, skills and leadership',
            'Improve recruitment and the skills and professional capability of staff, and strengthen leadership.',
          ),
        ]),
        objective('V3', 'To do all that we can to maintain operational capability', [
          activity(
            'V3.1',
            'Better operational deployment',
            "Deploy officers and staff so that the organisation's capabilities are used to best effect.",
          ),
          activity(
            'V3.2',
            'Match resources to demand',
            'Move resources around the organisation so that they match demand.',
          ),
          activity(
            'V3.3',
            'Faster efficiencies, new working practices',
            'Speed up operational efficiencies and push through changes in how people work.',
          ),
          activity(
            'V3.4',
            'Cashable savings that protect the frontline',
            'Keep delivering large cashable savings while aiming to shield frontline services.',
          ),
          activity(
            'V3.5',
            'Quality, secure police information',
            'Provide good-quality, secure and accessible police information that supports operations.',
          ),
        ]),
      ],
    },
    section(
      'SECTION-VALUE-FOR-MONEY-SERVICES',
      'Delivering value for money services',
      'Meant to describe value for money and service improvement; the draft has only its cover page.',
    ),
    section(
      'SECTION-RESOURCES',
      'Using our resources effectively',
      'Meant to set out the financial environment and the resources available; the draft has only its cover page.',
    ),
    section(
      'SECTION-PERFORMANCE',
      'Managing our performance',
      'Meant to give the performance framework, the MPS approach to managing performance and its key performance indicators; the draft has only its cover page.',
    ),
  ],
};
