import type { RiskSummary } from './riskTypes.js';

/** The risk form's fields as text, as the person types them. */
export interface RiskFormFields {
  ref: string;
  title: string;
  owner: string;
  cause: string;
  consequence: string;
  inherentLikelihood: string;
  inherentImpact: string;
  residualLikelihood: string;
  residualImpact: string;
  treatment: string;
  controls: string;
  actions: string;
  boards: string;
  milestones: string;
  findings: string;
  scoreNote: string;
}

export const BLANK_RISK: RiskFormFields = {
  ref: '',
  title: '',
  owner: '',
  cause: '',
  consequence: '',
  inherentLikelihood: '3',
  inherentImpact: '3',
  residualLikelihood: '3',
  residualImpact: '3',
  treatment: '',
  controls: '',
  actions: '',
  boards: 'audit-panel',
  milestones: '',
  findings: '',
  scoreNote: '',
};

export function formFieldsOf(risk: RiskSummary): RiskFormFields {
  return {
    ref: risk.ref,
    title: risk.title,
    owner: risk.owner,
    cause: risk.cause,
    consequence: risk.consequence,
    inherentLikelihood: String(risk.inherent.likelihood),
    inherentImpact: String(risk.inherent.impact),
    residualLikelihood: String(risk.residual.likelihood),
    residualImpact: String(risk.residual.impact),
    treatment: risk.treatment,
    controls: risk.controls.join('\n'),
    actions: risk.actions.map((a) => `${a.text} | ${a.owner} | ${a.dueOn}`).join('\n'),
    boards: risk.boards.join(', '),
    milestones: risk.milestones.map((m) => `${m.plan} ${m.ref}`).join('\n'),
    findings: risk.findings.map((f) => `${f.inspection} ${f.ref}`).join('\n'),
    scoreNote: risk.scoreNote ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** "plan-key REF" per line: the last word is the ref, the rest the key. */
function pairs(text: string): [string, string][] {
  return lines(text).map((line) => {
    const at = line.lastIndexOf(' ');
    return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1)];
  });
}

/** The fields as the API takes them; the API checks them and names the field it refuses. */
export function riskBody(f: RiskFormFields) {
  return {
    title: f.title,
    owner: f.owner,
    cause: f.cause,
    consequence: f.consequence,
    inherent: { likelihood: Number(f.inherentLikelihood), impact: Number(f.inherentImpact) },
    residual: { likelihood: Number(f.residualLikelihood), impact: Number(f.residualImpact) },
    treatment: f.treatment,
    controls: lines(f.controls),
    actions: lines(f.actions).map((line) => {
      const [text = '', owner = '', dueOn = ''] = line.split('|').map((part) => part.trim());
      return { text, owner, dueOn };
    }),
    boards: f.boards
      .split(',')
      .map((b) => b.trim())
      .filter((b) => b !== ''),
    milestones: pairs(f.milestones).map(([plan, ref]) => ({ plan, ref })),
    findings: pairs(f.findings).map(([inspection, ref]) => ({ inspection, ref })),
    scoreNote: f.scoreNote.trim() === '' ? null : f.scoreNote.trim(),
  };
}
