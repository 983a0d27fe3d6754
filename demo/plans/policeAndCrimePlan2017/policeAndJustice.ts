/** The plan's chapters on a better police service and a better criminal justice service. */
import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';
import { commitment, aim, measureArea } from './planParts.js';

export const betterPoliceService: PlanNodeDocument = {
  ref: 'better-police-service',
  kind: 'chapter',
  title: 'A better police service for London',
  text: 'How MOPAC will work with the MPS to police London where and when it is needed, protect victims and vulnerable people, and modernise the force.',
  children: [
    measureArea(
      'better-police-service',
      1,
      'Policing where and when it is needed',
      'Police London where and when people need it today: locally, while travelling, at work, after dark and online.',
    ),
    measureArea(
      'better-police-service',
      2,
      'Protecting victims and vulnerable people',
      'Give victims and vulnerable people stronger protection.',
    ),
    measureArea(
      'better-police-service',
      3,
      'Transforming the MPS',
      'Reshape the MPS so that it is fit for policing in the 21st century.',
    ),
    measureArea(
      'better-police-service',
      4,
      'Strategic policing requirements',
      'Make sure the MPS fulfils its strategic policing duties at national and international level.',
    ),
    aim(
      'better-police-service',
      1,
      'Higher victim satisfaction',
      'Raise how satisfied victims are with the service the MPS gives them.',
    ),
    aim('better-police-service', 2, 'Better public perceptions of the MPS', 'Improve how the public views the MPS.'),
    aim(
      'better-police-service',
      3,
      'Narrower gaps in satisfaction and perceptions',
      'Reduce the differences between groups in satisfaction with the MPS and in public perceptions of it.',
    ),
    aim(
      'better-police-service',
      4,
      'A more representative workforce',
      'Build an MPS workforce that better reflects London.',
    ),
    aim(
      'better-police-service',
      5,
      'Fair treatment among colleagues',
      'Make sure MPS officers and staff feel their colleagues treat them fairly and with respect.',
    ),
    {
      ref: 'PS',
      kind: 'theme',
      title: 'Policing where and when you need it',
      text: 'Neighbourhood policing, local priorities and policing on the move, at work, at night and online.',
      children: [
        commitment(
          'PS1',
          'Dedicated Ward Officers in every ward',
          'Raise every London ward to at least 2 Dedicated Ward Officer PCs and 1 PCSO, adding extra officers where wards are most vulnerable, and make their deployment figures public.',
        ),
        commitment(
          'PS2',
          'Two local priorities per Borough',
          'Agree two local policing priorities with every Borough, on top of antisocial behaviour and compulsory high-harm crimes, backed by evidence on crime, antisocial behaviour and public confidence.',
        ),
        commitment(
          'PS3',
          'Support local oversight of policing',
          'Keep backing the London Independent Custody Visiting Scheme, Safer Neighbourhood Boards and Ward Panels so that communities can oversee and influence policing.',
        ),
        commitment(
          'PS4',
          'Review public access to the MPS',
          'Ask communities, and work with the MPS, about the best ways for Londoners to reach the police, whether through police buildings, other local sites, the telephone, online or community networks.',
        ),
        commitment(
          'PS5',
          'Back Business Crime Reduction Partnerships',
          'Support Business Crime Reduction Partnerships so that firms of every size can work and trade more safely in London.',
        ),
        commitment(
          'PS6',
          'Protect people and businesses from cyber crime',
          'Support FALCON and the London Digital Security Centre in defending people and businesses against cyber crime.',
        ),
        commitment(
          'PS7',
          'Reform the Late Night Levy',
          'Lobby for changes to how Late Night Levy money is raised and spent so it can be better targeted, and work with the MPS, councils and businesses on more consistent licensing.',
        ),
        commitment(
          'PS8',
          'Safer public transport and roads',
          "Make London's roads and public transport safer, working with TfL, the MPS, British Transport Police, the City of London Police and justice partners.",
        ),
      ],
    },
    {
      ref: 'PV',
      kind: 'theme',
      title: 'Protecting victims and vulnerable people',
      text: 'A more consistent service for victims and a better response to vulnerability, including mental health.',
      children: [
        commitment(
          'PV1',
          'One officer per crime; integrated specialist teams',
          'Work with the MPS so more crimes are handled by one officer from start to finish, and bring specialists in vulnerability and sexual exploitation together in integrated teams.',
        ),
        commitment(
          'PV2',
          'Trial Mental Health Teams in two areas',
          'Pilot dedicated Mental Health Teams in two parts of London that work with partners to resolve cases and cut demand linked to mental health.',
        ),
      ],
    },
    {
      ref: 'TM',
      kind: 'theme',
      title: 'Transforming the Metropolitan Police Service',
      text: "Changes to the MPS's people, technology and organisation under growing budget pressure.",
      children: [
        commitment(
          'TM1',
          'A more diverse, better-selected workforce',
          'Help the MPS widen the diversity of its workforce, create a new assessment process for recruits and support voluntary routes into policing such as Specials and Cadets.',
        ),
        commitment(
          'TM2',
          'Hold the MPS to account on inclusion',
          "Hold the Commissioner to account for inclusion and equality in the MPS and oversee the EHRC's fairness-at-work recommendations being put into effect.",
        ),
        commitment(
          'TM3',
          'Oversight of police complaints handling',
          'Create an oversight framework that lets the Deputy Mayor hold the Commissioner to account for how police complaints are handled.',
        ),
        commitment(
          'TM4',
          'Invest in policing technology',
          'Fund the technology a modern police force needs, such as mobile data tablets, body-worn video, digital forensics and core IT.',
        ),
        commitment(
          'TM5',
          'Evaluate the BCU pathfinder',
          'Assess the results of the Basic Command Unit pathfinder before deciding whether to extend it across London.',
        ),
        commitment(
          'TM6',
          'Resource the Wildlife Crime Unit',
          'Make sure the MPS Wildlife Crime Unit keeps enough resources to do its job and to help Boroughs meet their duty to protect the environment.',
        ),
      ],
    },
    {
      ref: 'SP',
      kind: 'theme',
      title: 'Strategic policing',
      text: 'Terrorism, serious and organised crime, civil emergencies, public order, cyber emergencies and child sexual abuse.',
      note: 'States intentions (for example on counter-terrorism funding, public order costs and cyber preparedness) but makes no formal commitments.',
    },
  ],
};

export const betterCriminalJustice: PlanNodeDocument = {
  ref: 'better-criminal-justice',
  kind: 'chapter',
  title: 'A better criminal justice service for London',
  text: 'Putting victims first across the justice system, cutting reoffending and linking justice with health services.',
  children: [
    measureArea(
      'better-criminal-justice',
      1,
      'Victims at the heart of justice',
      'Make victims the central concern of the criminal justice service.',
    ),
    measureArea('better-criminal-justice', 2, 'Tackling reoffending', 'Reduce the number of people who offend again.'),
    aim(
      'better-criminal-justice',
      1,
      'Better service for victims',
      "Improve the service victims receive, including closer compliance with the Victims' Code of Practice.",
    ),
    aim(
      'better-criminal-justice',
      2,
      'Higher victim satisfaction with justice',
      'Raise how satisfied victims are with the way the justice process treats them.',
    ),
    aim(
      'better-criminal-justice',
      3,
      'Less offending by target groups',
      'Cut offending by three groups: female offenders, persistent offenders and young adults.',
    ),
    {
      ref: 'CJ',
      kind: 'theme',
      title: 'Putting victims at the heart of the criminal justice service',
      text: 'Better rights, services and experience for victims and witnesses as cases move through the system.',
      children: [
        commitment(
          'CJ1',
          "Appoint a Victims' Commissioner",
          "Appoint London's first Victims' Commissioner and push for better compliance with the national Code of Practice for Victims of Crime.",
        ),
        commitment(
          'CJ2',
          "Victims' services that meet all needs",
          "Commission services that cover the full range of victims' needs and keep reviewing how well they reach London's diverse communities.",
        ),
        commitment(
          'CJ3',
          'Close gaps in victim satisfaction',
          'Work to narrow differences between communities in victim satisfaction with the MPS, and launch a new justice-wide satisfaction survey to find similar gaps.',
        ),
        commitment(
          'CJ4',
          'Expand restorative justice',
          'Expand restorative justice using the newly created London Restorative Justice Service.',
        ),
        commitment(
          'CJ5',
          'Online crime-tracking portal',
          'Help bring in a new online portal that lets people follow the progress of crimes reported to the MPS.',
        ),
        commitment(
          'CJ6',
          'Joined-up victim and witness services',
          "Link up the services that support victims and witnesses through the justice process and fit them better to Londoners' needs.",
        ),
        commitment(
          'CJ7',
          'Faster justice and body-worn video evidence',
          'Urge every part of the criminal justice service to deliver justice more quickly and to use body-worn video evidence in court as it is rolled out.',
        ),
      ],
    },
    {
      ref: 'RO',
      kind: 'theme',
      title: 'Reducing reoffending',
      text: 'Breaking cycles of offending among female offenders, persistent offenders and young adults.',
      children: [
        commitment(
          'RO1',
          'Whole-system approaches to persistent offenders',
          'Keep developing and testing new whole-system ways of dealing with persistent offenders so that practice is more consistent and effective across London.',
        ),
        commitment(
          'RO2',
          'Review community sentences',
          'Review how community sentences are used in London and help offenders keep to community orders, for example through more electronic monitoring.',
        ),
        commitment(
          'RO3',
          'Prison pathfinder of integrated services',
          'Deliver a new prison pathfinder that brings joined-up services into prisons, with the Ministry of Justice, HM Prison and Probation Service, the National Probation Service, the London CRC and local authorities.',
        ),
        commitment(
          'RO4',
          'Services, skills and jobs for offenders',
          'Bring the GLA, local authorities and partners together to widen access to services for offenders and their families, including help with skills and jobs.',
        ),
        commitment(
          'RO5',
          'A distinct approach for young adults',
          'Deliver a young-adult approach across criminal justice agencies that keeps services continuous as people move from youth to adult provision.',
        ),
        commitment(
          'RO6',
          'Divert low-risk women from prosecution',
          "Steer low-risk women away from formal criminal justice through police-led triage, and press partners to fund wider access to specialist women's centres.",
        ),
      ],
    },
    {
      ref: 'CJH',
      kind: 'theme',
      title: 'Criminal justice and health',
      text: 'Joint work between health and justice services, in custody and beyond.',
      children: [
        commitment(
          'H1',
          'Health and justice co-commissioning',
          'Commission jointly across health and justice to gain efficiencies, above all for sexual violence and child sexual exploitation.',
        ),
        commitment(
          'H2',
          'Review custody healthcare',
          'Review how well healthcare in police custody works, including the model of provision and clinical governance.',
        ),
        commitment(
          'H3',
          'Review drug programmes and custody testing',
          'Review how effective Drug Intervention Programmes and drug testing in police custody are, so that money spent on substance misuse is used well.',
        ),
        commitment(
          'H4',
          'Fewer children and vulnerable people in custody',
          'Keep fewer children and vulnerable adults in custody by diverting them in better, lasting ways that also open up access to health services.',
        ),
        commitment(
          'H5',
          'Continuity of care between settings',
          'Shape local health commissioning so that services line up and care carries on as people move between settings, especially those who are vulnerable.',
        ),
      ],
    },
  ],
};
