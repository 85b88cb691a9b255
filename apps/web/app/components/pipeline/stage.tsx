import { stageLabels, type InnovationStage } from '@gotong/domain';
import { useLocale } from '~/lib/i18n';

/** A stage's name in the page's language, from the shared pipeline rules. */
export function useStageLabel(): (stage: InnovationStage) => string {
  const locale = useLocale();
  return (stage) => stageLabels[stage][locale];
}

export function StageBadge({ stage }: { stage: InnovationStage }) {
  const label = useStageLabel();
  return <span className={`stage-badge stage-${stage.toLowerCase().replace(/_/g, '-')}`}>{label(stage)}</span>;
}
