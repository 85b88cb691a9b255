import { Link } from '@remix-run/react';
import { useT } from '~/lib/i18n';
import { useStageLabel } from './stage';
import { requirementHref } from './requirement-links';
import type { InnovationStage } from '@gotong/domain';

type Requirement = { code: string; label: string };
export type GateSummary = { stage: InnovationStage; requirements: readonly Requirement[]; missing: readonly Requirement[] };

/**
 * What the next stage's gate asks for, met or not. For those who may edit, each missing item links to where it is
 * filled in; for everyone else it is a plain list.
 */
export function GateChecklist({
  gate,
  innovation,
  linked,
  onEditor = false,
}: {
  gate: GateSummary | null;
  innovation: { id: string; service: { slug: string } | null };
  linked: boolean;
  onEditor?: boolean;
}) {
  const t = useT();
  const stageLabel = useStageLabel();
  if (!gate) return <h2 id="gate-title">{t('innovation.nextGate.none')}</h2>;
  return (
    <>
      <h2 id="gate-title">{t('innovation.nextGate', { stage: stageLabel(gate.stage) })}</h2>
      {gate.missing.length === 0 ? <p>{t('innovation.nextGate.met')}</p> : null}
      <ul className="gate-list">
        {gate.requirements.map((requirement) => {
          const missing = gate.missing.some((item) => item.code === requirement.code);
          return (
            <li key={requirement.code} className={missing ? 'missing' : 'met'}>
              <span aria-hidden="true">{missing ? '✗ ' : '✓ '}</span>
              <span className="visually-hidden">{missing ? t('gate.missing') : t('gate.met')} </span>
              {missing && linked ? <Link to={requirementHref(requirement.code, innovation, { onEditor })}>{requirement.label}</Link> : requirement.label}
            </li>
          );
        })}
      </ul>
    </>
  );
}
