import { isPipelineStage, pipelineStages, type InnovationStage, type PipelineStage } from '@gotong/domain';
import { useT } from '~/lib/i18n';
import { useStageLabel } from './stage';

/** The stage the stepper marks as current: a paused innovation stands where it was paused; a discontinued one nowhere. */
function standingStage(stage: InnovationStage, pausedFrom: PipelineStage | null): PipelineStage | null {
  if (isPipelineStage(stage)) return stage;
  return stage === 'PAUSED' ? pausedFrom : null;
}

/** A step is done once passed (the last one also when reached: nothing follows it), current, or ahead. */
function stepState(step: PipelineStage, index: number, currentIndex: number): 'done' | 'current' | 'ahead' {
  if (index < currentIndex || (index === currentIndex && step === 'INSTITUTIONALIZED')) return 'done';
  return index === currentIndex ? 'current' : 'ahead';
}

/** The six stages in order: done ones ticked, the current one marked (aria-current), the rest ahead. */
export function StageStepper({ stage, pausedFrom }: { stage: InnovationStage; pausedFrom: PipelineStage | null }) {
  const t = useT();
  const stageLabel = useStageLabel();
  const current = standingStage(stage, pausedFrom);
  const currentIndex = current ? pipelineStages.indexOf(current) : -1;
  return (
    <ol className="stage-stepper" aria-label={t('stepper.label')}>
      {pipelineStages.map((step, index) => {
        const state = stepState(step, index, currentIndex);
        return (
          <li key={step} className={`stage-step stage-step-${state}`} aria-current={index === currentIndex ? 'step' : undefined}>
            <span className="stage-step-marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stage-step-label">
              {stageLabel(step)}
              <span className="visually-hidden"> ({t(`stepper.${state}`)})</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Milestones done as a bar with its figure in words. */
export function MilestoneProgress({ progress, count }: { progress: number; count: number }) {
  const t = useT();
  const percent = Math.round(progress * 100);
  if (count === 0) return <p className="meta">{t('progress.noMilestones')}</p>;
  return (
    <p className="milestone-progress">
      <label htmlFor="milestone-progress">{t('innovations.progress', { percent })}</label>
      <progress id="milestone-progress" max={100} value={percent}>
        {percent}%
      </progress>
    </p>
  );
}
