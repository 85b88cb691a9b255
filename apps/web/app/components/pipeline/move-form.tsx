import { nextStage, pipelineStages, type InnovationStage } from '@gotong/domain';
import { Link, useActionData } from '@remix-run/react';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { useT } from '~/lib/i18n';
import { requirementHref } from './requirement-links';
import { useStageLabel } from './stage';

export type MoveFailure = { intent?: string; unmet?: { code: string; label: string }[] };

export const moveIntent = (innovationId: string) => `move-${innovationId}`;

/**
 * Moves an innovation to one of the stages the rules allow, the next one forward first. A move its gate refuses is
 * answered once: the list of what is still missing, each item linking to where it is filled in.
 */
export function MoveForm({
  innovation,
}: {
  innovation: { id: string; title: string; stage: InnovationStage; allowedMoves: readonly InnovationStage[]; service: { slug: string } | null };
}) {
  const t = useT();
  const stageLabel = useStageLabel();
  const intent = moveIntent(innovation.id);
  const actionData = useActionData<MoveFailure>();
  const unmet = actionData?.intent === intent ? (actionData.unmet ?? []) : [];
  const forward = nextStage(innovation.stage);
  const stageIndex = (stage: string) => (pipelineStages as readonly string[]).indexOf(stage);
  // A move back to an earlier stage undoes work: it is confirmed first.
  const confirmBackward = (formData: FormData) => {
    const to = String(formData.get('to') ?? '');
    return stageIndex(to) >= 0 && stageIndex(innovation.stage) > stageIndex(to) ? t('move.confirmBack', { stage: stageLabel(to as InnovationStage) }) : null;
  };
  return (
    <AppForm intent={intent} className="move-form" aria-label={t('move.submitFor', { title: innovation.title })} confirmation={confirmBackward}>
      <input type="hidden" name="innovationId" value={innovation.id} />
      {unmet.length > 0 ? (
        <div className="gate-refusal" role="alert">
          <p>{t('move.refused')}</p>
          <ul>
            {unmet.map((item) => (
              <li key={item.code}>
                <Link to={requirementHref(item.code, innovation)}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field name="to" label={t('move.to')} defaultValue={forward && innovation.allowedMoves.includes(forward) ? forward : undefined}>
        {(control) => (
          <select {...control}>
            {innovation.allowedMoves.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="note" label={t('move.note')} hint={t('move.noteHint')} optional>
        {(control) => <textarea rows={2} {...control} />}
      </Field>
      <button type="submit" className="button button-small">
        {t('move.submit')}
      </button>
    </AppForm>
  );
}
