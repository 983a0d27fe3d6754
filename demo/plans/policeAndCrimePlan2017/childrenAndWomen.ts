/** The plan's high-harm chapters on keeping children and young people safe and on violence against women and girls. */
import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';
import { commitment, aim, measureArea } from './planParts.js';

export const childrenYoungPeople: PlanNodeDocument = {
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

export const vawg: PlanNodeDocument = {
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
