import { AddJointLeaveDayDocument, JointLeaveDaysDocument, RemoveJointLeaveDayDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm, ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requirePlatformAdmin } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.daysOff');

/** The year in the address (?tahun=2027), else this year. */
function yearOf(request: Request): number {
  const asked = Number(new URL(request.url).searchParams.get('tahun'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getFullYear();
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const year = yearOf(request);
  const { jointLeaveDays, daysOff } = await graphql({ request, context }, JointLeaveDaysDocument, { year });
  return { year, jointLeaveDays, daysOff };
}

const addSchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid'), note: z.string().trim().min(3, 'tooShort').max(200, 'tooLong') });

function addInput(formData: FormData) {
  return { date: textOf(formData, 'date') ?? '', note: textOf(formData, 'note') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const formData = await verifiedFormData(request);
  const back = `/admin/hari-libur?tahun=${yearOf(request)}`;
  if (formData.get('intent') === 'remove') {
    const { removeJointLeaveDay } = await graphql({ request, context }, RemoveJointLeaveDayDocument, { input: { jointLeaveDayId: textOf(formData, 'id') ?? '' } });
    if (removeJointLeaveDay.errors.length) return failure(formData, fromUserErrors(removeJointLeaveDay.errors, 'remove'));
    return redirect(withNotice(back, 'responses.daysOff.removed'));
  }
  const parsed = validate(addSchema, addInput(formData));
  if (!parsed.data) return failure(formData, { intent: 'add', fieldErrors: parsed.fieldErrors });
  const { addJointLeaveDay } = await graphql({ request, context }, AddJointLeaveDayDocument, { input: parsed.data });
  if (addJointLeaveDay.errors.length) return failure(formData, fromUserErrors(addJointLeaveDay.errors, 'add'));
  return redirect(withNotice(`/admin/hari-libur?tahun=${parsed.data.date.slice(0, 4)}`, 'responses.daysOff.added'));
}

/** Platform admins: a year's days off (national holidays from the holiday library, decreed joint leave days), adding and removing the latter. */
export default function DaysOff() {
  const t = useT();
  const formatDate = useFormatDate();
  const { year, jointLeaveDays, daysOff } = useLoaderData<typeof loader>();
  const removable = new Map(jointLeaveDays.map((day) => [day.date, day.id]));
  // A calendar date shown as the day it is: noon in Jakarta never crosses into another day.
  const asDay = (date: string) => `${date}T05:00:00.000Z`;
  return (
    <>
      <h1>{t('responses.daysOff.title', { year })}</h1>
      <Notice />
      <Form method="get" className="filter-bar">
        <label htmlFor="days-off-year">{t('responses.daysOff.year')}</label>
        <input id="days-off-year" name="tahun" type="number" inputMode="numeric" min={2000} max={2100} defaultValue={year} key={year} />
        <button type="submit" className="button button-secondary">
          {t('responses.daysOff.show')}
        </button>
      </Form>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('responses.daysOff.date')}</th>
            <th scope="col">{t('responses.daysOff.name')}</th>
            <th scope="col">{t('responses.daysOff.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {daysOff.map((day) => (
            <tr key={day.date}>
              <th scope="row">
                <time dateTime={day.date}>{formatDate(asDay(day.date))}</time>
              </th>
              <td>{day.name}</td>
              <td>
                {t(`responses.daysOff.kind.${day.kind}`)}{' '}
                {removable.has(day.date) ? (
                  <ButtonForm intent="remove" hidden={{ id: removable.get(day.date)! }} className="button button-small button-danger" label={t('responses.daysOff.remove', { date: day.date })}>
                    {t('responses.daysOff.remove', { date: day.date })}
                  </ButtonForm>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add-leave-title" className="section narrow">
        <h2 id="add-leave-title">{t('responses.daysOff.add')}</h2>
        <AppForm intent="add" schema={addSchema} toInput={addInput}>
          <Field name="date" type="date" label={t('responses.daysOff.date')} required />
          <Field name="note" label={t('responses.daysOff.note')} required />
          <button type="submit" className="button">
            {t('responses.daysOff.submit')}
          </button>
        </AppForm>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorPage;
