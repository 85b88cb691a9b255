import type { InnovationStage } from '@gotong/domain';
import { useT } from '~/lib/i18n';

/** A stage's name in the page's language. */
export function useStageLabel(): (stage: InnovationStage) => string {
  const t = useT();
  return (stage) => t(`stage.${stage}`);
}

export function StageBadge({ stage }: { stage: InnovationStage }) {
  const label = useStageLabel();
  return <span className={`stage-badge stage-${stage.toLowerCase().replace(/_/g, '-')}`}>{label(stage)}</span>;
}
