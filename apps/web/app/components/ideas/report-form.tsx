import type { ReportCategory } from '@gotong/graphql-client';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { useT } from '~/lib/i18n';

export const reportCategories = ['SPAM', 'ABUSE', 'PERSONAL_DATA', 'MISLEADING', 'OFF_TOPIC', 'OTHER'] as const satisfies readonly ReportCategory[];

/** "Report" opens a small form for what is wrong and why; the page's action sends it to the moderators. */
export function ReportForm({ subjectId }: { subjectId: string }) {
  const t = useT();
  return (
    <details className="report">
      <summary>{t('report.action')}</summary>
      <AppForm intent={`report:${subjectId}`}>
        <Field name="category" label={t('moderation.category')} defaultValue="SPAM">
          {(control) => (
            <select {...control}>
              {reportCategories.map((category) => (
                <option key={category} value={category}>
                  {t(`moderation.category.${category}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="reason" label={t('report.reason')} />
        <button type="submit" className="button button-small button-secondary">
          {t('report.submit')}
        </button>
      </AppForm>
    </details>
  );
}
