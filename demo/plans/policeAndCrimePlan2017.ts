/**
 * The Mayor's Police and Crime Plan 2017-21 as demo data: two ambitions, five chapters, their
 * aims and action areas, and all 90 "We commit to" bullets. Commitment refs (PS1, CJ3, VW12 …)
 * are the IDs assigned in the reference notes; the plan itself does not number them. Names,
 * numbers and dates are facts from the plan; every sentence is a paraphrase.
 */
import type { PlanDocument, PlanNodeDocument } from '../../src/domain/plans/planDocument.js';

const commitment = (ref: string, title: string, text: string): PlanNodeDocument => ({
  ref,
  kind: 'commitment',
  title,
  text,
});

const aim = (chapter: string, n: number, title: string, text: string): PlanNodeDocument => ({
  ref: `${chapter}-aim-${n}`,
  kind: 'aim',
  title,
  text,
});

const measureArea = (chapter: string, n: number, title: string, text: string): PlanNodeDocument => ({
  ref: `${chapter}-measure-${n}`,
  kind: 'measure-area',
  title,
  text,
});

const betterPoliceService: PlanNodeDocument = {
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

const betterCriminalJustice: PlanNodeDocument = {
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

const childrenYoungPeople: PlanNodeDocument = {
  ref: 'children-young-people',
  kind: 'chapter',
  title: 'Keeping children and young people safe',
  text: 'A priority on protecting young Londoners, tackling knife crime and gangs, preventing offending and helping young offenders change course.',
  children: [
    measureArea(
      'children-young-people',
      1,
      'Safeguarding young Londoners',
      'Protect and safeguard young people, particularly when they are victims of crime.',
    ),
    measureArea(
      'children-young-people',
      2,
      'Knife crime and violence',
      'Tackle knife crime and other violence committed by and against young people.',
    ),
    measureArea('children-young-people', 3, 'Gang violence', 'Deal thoroughly with gang violence.'),
    measureArea(
      'children-young-people',
      4,
      'Preventing offending',
      'Stop young people being drawn into crime and entering the criminal justice system for the first time.',
    ),
    measureArea('children-young-people', 5, 'Youth reoffending', 'Reduce reoffending by young people.'),
    aim(
      'children-young-people',
      1,
      'Fewer young victims',
      'Lower the likelihood of young people becoming victims of crime.',
    ),
    aim(
      'children-young-people',
      2,
      'Fewer first-time entrants',
      'Cut first-time entry of young people into the criminal justice system.',
    ),
    aim('children-young-people', 3, 'Less knife crime', 'Cut knife crime, both in volume and in repeat victimisation.'),
    aim('children-young-people', 4, 'Less gun crime', 'Cut gun crime, including discharges of firearms.'),
    aim(
      'children-young-people',
      5,
      'More victims of child sexual abuse reporting',
      'Help more young victims of sexual abuse or exploitation to report what happened.',
    ),
    {
      ref: 'CY-PROTECT',
      kind: 'theme',
      title: 'Protecting young Londoners from crime',
      text: 'Schools, safeguarding and child sexual exploitation.',
      children: [
        commitment(
          'CY1',
          'More specialist schools officers',
          'Put more specialist officers in schools, focused on keeping young people safe.',
        ),
        commitment(
          'CY2',
          'Map youth crime hotspots',
          'Build, with the MPS, an evidence base on where young Londoners are least safe so that operations are targeted there, and match City Safe Havens to those hotspots where possible.',
        ),
        commitment(
          'CY3',
          'Oversee HMIC child protection recommendations',
          "Oversee delivery of HMIC's child protection recommendations with the College of Policing and the National Police Chiefs' Council, and strengthen oversight for the future.",
        ),
        commitment(
          'CY4',
          'Fund the London Safeguarding Children Board',
          'Continue funding the London Safeguarding Children Board and cooperate with the Safeguarding Children and Adult Boards in each Borough.',
        ),
        commitment(
          'CY5',
          'Less custody as a place of safety',
          'Review local authority accommodation, the appropriate adult scheme and the supply of secure mental health beds so that fewer young people end up in police cells as a place of safety.',
        ),
        commitment(
          'CY6',
          'Spot CSE risk earlier; two Child Houses',
          'Invest with Boroughs in identifying young people at risk of CSE sooner, including through social media and other open-source intelligence, fund more youth ISVAs and jointly commission two Child Houses with NHS England.',
        ),
      ],
    },
    {
      ref: 'CY-KNIFE',
      kind: 'theme',
      title: 'Tackling knife crime and violence',
      text: 'A London strategy on knife crime, help for victims and fair use of police powers.',
      children: [
        commitment(
          'CY7',
          'A Knife Crime Strategy for London',
          'Write and deliver a new London Knife Crime Strategy that unites police, partners and communities, reduces access to weapons and improves help for victims and their families.',
        ),
        commitment(
          'CY8',
          'Hospital support for knife crime victims',
          'Keep funding and extend support in London hospitals for victims of knife and gang crime, and continue the Information Sharing to Tackle Violence (ISTV) programme with the NHS.',
        ),
        commitment(
          'CY9',
          'Fair, intelligence-led stop and search',
          'Back targeted, intelligence-led stop and search against knife crime while scrutinising the MPS to make sure it is used fairly and effectively.',
        ),
        commitment(
          'CY10',
          'Tougher sentences for knife possession',
          'Press for tougher community sentences for knife possession and make sure knife offenders get suitable services in custody to stop them reoffending.',
        ),
      ],
    },
    {
      ref: 'CY-GANGS',
      kind: 'theme',
      title: 'Addressing the problem of gang violence in London',
      text: 'Local anti-gang work, support to leave gangs and a review of the MPS approach.',
      children: [
        commitment(
          'CY11',
          'Local anti-gang strategies and seed funding',
          'Help Boroughs tackle gangs locally by funding anti-gang strategies through the LCPF and giving seed funding to community groups in the worst-affected areas.',
        ),
        commitment(
          'CY12',
          'Co-invest in specialist support services',
          'Co-invest in specialist advocacy, mentoring, health, housing and employment support alongside NHS England and the London Community Rehabilitation Company.',
        ),
        commitment(
          'CY13',
          'Youth workers in Major Trauma Centres',
          'Continue funding youth workers and IDVAs based in Major Trauma Centres, and roll the scheme out to key A&E units in Boroughs where knife crime is high.',
        ),
        commitment(
          'CY14',
          'Review the Gangs Matrix and county lines',
          'Review the MPS approach to gangs, including the Gangs Matrix, tackle county lines drug networks with Boroughs, and review, and if needed lobby to strengthen, the law on adults who groom young people into crime.',
        ),
      ],
    },
    {
      ref: 'CY-PREVENT',
      kind: 'theme',
      title: 'Preventing young people from getting involved in crime',
      text: 'Keeping young people, especially looked-after children, out of the justice system.',
      children: [
        commitment(
          'CY15',
          'Fewer arrests of looked-after children',
          "Get the MPS, youth offending teams and children's social care working to one approach that prevents crime and lowers arrest and charge rates for looked-after children.",
        ),
        commitment(
          'CY16',
          'Closer scrutiny of youth custody numbers',
          'Step up scrutiny of how many young people are taken into police custody, and press the MPS to use custody only where it is truly needed.',
        ),
        commitment(
          'CY17',
          'Scrutinise triage and out-of-court disposals',
          'Check that triage and out-of-court disposals are used well for young people, while pressing for high-harm, high-risk offenders to receive suitable sentences.',
        ),
        commitment(
          'CY18',
          'Underage alcohol sales and drug programmes',
          'Work with the MPS and businesses so the ban on selling alcohol to minors is better enforced, and evaluate Drug Interventions Programmes to guide future investment.',
        ),
      ],
    },
    {
      ref: 'CY-REHAB',
      kind: 'theme',
      title: 'Helping young offenders turn their lives around',
      text: 'Alternatives to custody, better custody and rehabilitation, and routes into work.',
      children: [
        commitment(
          'CY19',
          'Youth justice outcomes for London',
          'Agree a set of London youth justice outcomes with partners, and look again at community services and spending on robust alternatives to custody.',
        ),
        commitment(
          'CY20',
          'Review youth custody; pilot a secure school',
          'Review custodial provision in London, study the feasibility of a better custody model for young offenders and work with the Youth Custody Service and the MoJ on a pilot secure school.',
        ),
        commitment(
          'CY21',
          'Trauma-informed rehabilitation services',
          'Commission rehabilitation on trauma-informed lines, in step with CAMHS and jointly with health partners.',
        ),
        commitment(
          'CY22',
          'Pathways into apprenticeships and jobs',
          'Work with London employers to open up routes into apprenticeships and jobs.',
        ),
        commitment(
          'CY23',
          'Services in the prolific offender pilot',
          "Buy in new services for MOPAC's prolific offender pilot, under which several agencies give repeat offenders intensive support.",
        ),
        commitment(
          'CY24',
          'Monitor equalities data; consider Lammy Review',
          "Track equalities data on young people who come to MPS notice or enter the criminal justice service, and weigh the Lammy Review's recommendations.",
        ),
      ],
    },
  ],
};

const vawg: PlanNodeDocument = {
  ref: 'vawg',
  kind: 'chapter',
  title: 'Tackling violence against women and girls',
  text: 'A priority on preventing violence against women and girls, supporting survivors and pursuing offenders.',
  children: [
    measureArea('vawg', 1, 'Protecting women and girls', 'Give women and girls better protection.'),
    measureArea('vawg', 2, 'Supporting survivors', 'Improve the support available to survivors.'),
    measureArea('vawg', 3, 'Targeting offenders', 'Focus action on offenders.'),
    aim(
      'vawg',
      1,
      'Domestic abuse: more reporting, fewer repeats',
      'See more domestic abuse victims come forward and fewer of them victimised again.',
    ),
    aim(
      'vawg',
      2,
      'Sexual violence: more reporting, fewer repeats',
      'See more sexual violence victims come forward and fewer of them victimised again.',
    ),
    aim(
      'vawg',
      3,
      'Lower attrition in VAWG cases',
      'Reduce the number of VAWG cases that drop out of the justice process.',
    ),
    aim(
      'vawg',
      4,
      'More reporting of harmful practices',
      "See more people affected by harmful practices such as FGM, forced marriage and 'honour'-based violence come forward.",
    ),
    {
      ref: 'VW-REDUCE',
      kind: 'theme',
      title: 'Reducing violence against women and girls',
      text: 'Strategy, data, prevention, harmful practices, transport safety and trafficking.',
      children: [
        commitment(
          'VW1',
          'Refresh the VAWG Strategy',
          "Update London's VAWG Strategy with the VAWG sector so that policy keeps pace with changing need and demand.",
        ),
        commitment(
          'VW2',
          'Look beneath VAWG crime figures',
          'Commission analysis behind reported figures for rape, sexual violence and domestic abuse so that changes in the numbers can be read with confidence.',
        ),
        commitment(
          'VW3',
          'Publish VAWG data by Borough',
          'Publish detailed VAWG data comparing Boroughs and communities to drive improvement and share good practice.',
        ),
        commitment(
          'VW4',
          'Attitudes campaign and school prevention pilot',
          'Launch a London-wide campaign with statutory and voluntary partners to challenge harmful views about women and girls, and run a whole-school VAWG prevention pilot from the early years.',
        ),
        commitment(
          'VW5',
          'Training on harmful practices',
          'Expand training for front-line professionals such as nurses, midwives and social workers so they can spot people at risk of harmful practices and help survivors.',
        ),
        commitment(
          'VW6',
          'Tackle sexual harassment on transport',
          'Support TfL, the MPS, British Transport Police and the City of London Police against unwanted sexual behaviour on public transport, and make taxis and private hire vehicles as safe as possible.',
        ),
        commitment(
          'VW7',
          'Partnerships against trafficking and modern slavery',
          'Back the MPS and partners in strengthening and creating multi-agency partnerships against human trafficking and modern slavery.',
        ),
      ],
    },
    {
      ref: 'VW-SUPPORT',
      kind: 'theme',
      title: 'Improving support for survivors',
      text: 'First contact, specialist services, accommodation and advocacy for survivors.',
      children: [
        commitment(
          'VW8',
          'Better first contact with survivors',
          'Make sure the MPS gives officers enhanced training on first contact with survivors and uses body-worn video to improve how domestic abuse cases are handled.',
        ),
        commitment(
          'VW9',
          'Scrutinise VAWG officer workloads',
          'Examine the caseloads of officers who work on VAWG cases.',
        ),
        commitment(
          'VW10',
          'New sexual violence service model',
          'Support survivors whether or not they seek a criminal justice outcome, and design a new model of sexual violence services with rape crisis providers, Sexual Assault Referral Centres and partners.',
        ),
        commitment(
          'VW11',
          'Sustain Rape Crisis and SARC funding',
          "Maintain current investment in Rape Crisis centres and London's Sexual Assault Referral Centres.",
        ),
        commitment(
          'VW12',
          'More referrals to the havens',
          'Raise the number of rape and serious sexual assault victims referred to the havens.',
        ),
        commitment(
          'VW13',
          'More refuges and safe accommodation',
          "Work with the GLA, councils, housing providers and the voluntary sector to add refuges and safe housing through the Mayor's capital funding, and explore commissioning refuges across London.",
        ),
        commitment(
          'VW14',
          'Fund ISVA and IDVA advocacy',
          'Co-fund advocates who support sexual violence survivors through the justice process and keep funding Independent Domestic Violence Advocates in London.',
        ),
        commitment(
          'VW15',
          'Services for survivors within the justice system',
          'Make it easier for victims going through the justice system, including those in custody, to use the domestic abuse and sexual violence services MOPAC commissions.',
        ),
        commitment(
          'VW16',
          'London-wide response to prostitution',
          "Work with statutory partners on a London-wide strategy for prostitution, and commission an audit of the MPS's handling of trafficking and prostitution.",
        ),
      ],
    },
    {
      ref: 'VW-OFFENDERS',
      kind: 'theme',
      title: 'Targeting offenders',
      text: 'Stronger evidence, a focus on the highest-risk perpetrators and better use of disposals and tagging.',
      children: [
        commitment(
          'VW17',
          'Better evidence for prosecutors',
          'Improve, with the CPS and MPS, the evidence that reaches prosecutors, drawing on innovations such as body-worn video.',
        ),
        commitment(
          'VW18',
          'Target the highest-risk perpetrators',
          'Ensure the MPS knows who the highest-risk perpetrators are in each Borough and across London, and commission a more effective way of tackling them with probation and other partners.',
        ),
        commitment(
          'VW19',
          'Review disposals in the Strategy refresh',
          'Use the VAWG Strategy refresh to review every type of disposal, share good practice and make the most of the options available.',
        ),
        commitment(
          'VW20',
          "Offenders as a 'cohort of interest'",
          "Ask criminal justice partners to treat domestic abusers and sexual offenders as a 'cohort of interest', in the way prolific offenders are already managed.",
        ),
        commitment(
          'VW21',
          'GPS tagging and sobriety tagging pilot',
          'Help offenders keep to their licence conditions, for example with GPS tagging, and evaluate the domestic abuse sobriety tagging pilot before deciding on a London-wide roll-out.',
        ),
      ],
    },
  ],
};

const hatredExtremism: PlanNodeDocument = {
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

export const policeAndCrimePlan2017: PlanDocument = {
  key: 'police-and-crime-plan-2017-21',
  title: 'Police and Crime Plan 2017-21',
  kind: 'police-and-crime-plan',
  owner: "Mayor's Office for Policing and Crime (MOPAC)",
  firstYear: '2017-18',
  lastYear: '2020-21',
  summary:
    "The Mayor's four-year plan for policing and crime in London, built around two ambitions, two chapters on the police and criminal justice services and three priorities of high harm. It drops the MOPAC 7 and sets no numerical crime-reduction targets, looking instead for positive progress across a five-theme set of measures.",
  nodeKinds: [
    { key: 'ambition', label: 'Ambition', plural: 'Ambitions' },
    { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
    { key: 'theme', label: 'Theme', plural: 'Themes' },
    { key: 'commitment', label: 'Commitment', plural: 'Commitments' },
    { key: 'aim', label: 'Aim', plural: 'Aims' },
    { key: 'measure-area', label: 'Action area', plural: 'Action areas' },
  ],
  nodes: [
    {
      ref: 'A1',
      kind: 'ambition',
      title: 'A safer city for everyone',
      text: 'Make London safer for every resident, whoever they are and wherever in the city they live.',
    },
    {
      ref: 'A2',
      kind: 'ambition',
      title: 'Extra protection for the most vulnerable',
      text: "Give added protection and support to London's most vulnerable people and places.",
    },
    betterPoliceService,
    betterCriminalJustice,
    childrenYoungPeople,
    vawg,
    hatredExtremism,
  ],
};
