import { pilotProposalContentSchema, type PilotProposalContent, type PilotProposalStatus } from '@gotong/domain';
import { z, type ZodType } from 'zod';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { linesOf, oneFieldList, textOf } from '~/lib/forms';
import { useT } from '~/lib/i18n';

const contentFormSchema = pilotProposalContentSchema.extend({
  kpis: oneFieldList(pilotProposalContentSchema.shape.kpis),
  team: oneFieldList(pilotProposalContentSchema.shape.team),
});

export const newProposalSchema = contentFormSchema.extend({ proposerId: z.string().min(1, { message: 'required' }) });
export const editProposalSchema = contentFormSchema.extend({ note: z.string().trim().max(2000, { message: 'tooLong' }).optional() });

/** Rupiah as people type them: "150.000.000", "Rp 150000000"; anything else is not a number. */
function rupiahOf(formData: FormData, name: string): number | undefined {
  const typed = textOf(formData, name);
  if (typed === undefined) return undefined;
  const digits = typed.replace(/^rp\.?/i, '').replace(/[.\s]/g, '');
  return /^-?\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

function numberOf(formData: FormData, name: string): number | undefined {
  const typed = textOf(formData, name);
  return typed === undefined ? undefined : Number(typed);
}

/** The form's fields as the schemas above (and submitPilotProposal) take them: KPIs and team one per line. */
export function proposalFormInput(formData: FormData) {
  return {
    proposerId: textOf(formData, 'proposerId'),
    title: textOf(formData, 'title') ?? '',
    summary: textOf(formData, 'summary') ?? '',
    budgetRupiah: rupiahOf(formData, 'budgetRupiah'),
    durationWeeks: numberOf(formData, 'durationWeeks'),
    kpis: linesOf(formData, 'kpis'),
    team: linesOf(formData, 'team'),
    note: textOf(formData, 'note'),
  };
}

/** Which button sent the form: "save draft" keeps it unsent; the other submits it. */
export const sendField = 'kirim';
export const saveDraftValue = 'draf';

type ProposalFormProps =
  | { proposers: readonly { id: string; name: string }[]; proposal?: undefined; status?: undefined }
  | { proposers?: undefined; proposal: PilotProposalContent; status: PilotProposalStatus };

/** The one proposal form: new (choose the proposing organisation) or editing (prefilled, with what changed). */
export function ProposalForm({ proposers, proposal, status }: ProposalFormProps) {
  const t = useT();
  const editing = proposal !== undefined;
  const schema: ZodType<unknown> = editing ? editProposalSchema : newProposalSchema;
  return (
    <AppForm intent="proposal" schema={schema} toInput={proposalFormInput}>
      {proposers ? (
        <Field name="proposerId" label={t('proposals.form.proposer')} defaultValue={proposers.length === 1 ? proposers[0]?.id : ''}>
          {(control) => (
            <select {...control}>
              {proposers.length > 1 ? <option value="">{t('proposals.form.chooseProposer')}</option> : null}
              {proposers.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field name="title" label={t('proposals.form.title')} defaultValue={proposal?.title} required maxLength={160} />
      <Field name="summary" label={t('proposals.form.summary')} hint={t('proposals.form.summaryHint')} defaultValue={proposal?.summary}>
        {(control) => <textarea rows={6} {...control} required />}
      </Field>
      <Field
        name="budgetRupiah"
        label={t('proposals.form.budget')}
        hint={t('proposals.form.budgetHint')}
        defaultValue={proposal ? String(proposal.budgetRupiah) : undefined}
        inputMode="numeric"
        required
      />
      <Field name="durationWeeks" label={t('proposals.form.duration')} defaultValue={proposal ? String(proposal.durationWeeks) : undefined} type="number" min={1} max={260} required />
      <Field name="kpis" label={t('proposals.form.kpis')} hint={t('proposals.form.kpisHint')} defaultValue={proposal?.kpis.join('\n')}>
        {(control) => <textarea rows={4} {...control} required />}
      </Field>
      <Field name="team" label={t('proposals.form.team')} hint={t('proposals.form.teamHint')} defaultValue={proposal?.team.join('\n')}>
        {(control) => <textarea rows={4} {...control} required />}
      </Field>
      {editing ? (
        <Field name="note" label={t('proposals.form.note')} hint={t('proposals.form.noteHint')} optional>
          {(control) => <textarea rows={3} {...control} />}
        </Field>
      ) : null}
      <div className="proposal-buttons">
        <button type="submit" name={sendField} value={saveDraftValue} className="button button-secondary">
          {t(status === 'CHANGES_REQUESTED' ? 'proposals.form.saveUnsent' : 'proposals.form.saveDraft')}
        </button>
        <button type="submit" name={sendField} value="ya" className="button">
          {t(status === 'CHANGES_REQUESTED' ? 'proposals.form.resubmit' : 'proposals.form.submit')}
        </button>
      </div>
    </AppForm>
  );
}
