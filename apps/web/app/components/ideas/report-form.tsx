import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { useT } from '~/lib/i18n';

/** "Report" opens a small form for the reason; the page's action sends it to the moderators. */
export function ReportForm({ subjectId }: { subjectId: string }) {
  const t = useT();
  return (
    <details className="report">
      <summary>{t('report.action')}</summary>
      <AppForm intent={`report:${subjectId}`}>
        <Field name="reason" label={t('report.reason')} />
        <button type="submit" className="button button-small button-secondary">
          {t('report.submit')}
        </button>
      </AppForm>
    </details>
  );
}
