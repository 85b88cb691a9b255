import type { RespondentProfileDimension, SurveyReportQuery } from '@gotong/graphql-client';
import { useFormatNumber, useFormatPercent } from '~/components/surveys/format';
import { dynamicKey, useT } from '~/lib/i18n';

type ProfileTable = NonNullable<NonNullable<SurveyReportQuery['survey']>['report']>['profile'][number];

/** Where each profile question's answers are worded (the survey form's own labels). */
const valueKeyPrefix: Record<RespondentProfileDimension, string> = {
  GENDER: 'surveys.gender',
  AGE_BAND: 'surveys.ageBand',
  EDUCATION: 'surveys.education',
  OCCUPATION: 'surveys.occupation',
};

/** The report's respondent profile: one table per question, each value with its count and share of all responses. */
export function ProfileTables({ tables }: { tables: readonly ProfileTable[] }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  const formatPercent = useFormatPercent();
  return (
    <div className="report-profile">
      {tables.map((table) => (
        <table className="table" key={table.dimension}>
          <caption>{t(dynamicKey(`reports.profile.${table.dimension}`))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.profile.value')}</th>
              <th scope="col">{t('reports.profile.count')}</th>
              <th scope="col">{t('reports.profile.share')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.value ?? 'none'}>
                <th scope="row">{row.value ? t(dynamicKey(`${valueKeyPrefix[table.dimension]}.${row.value}`)) : t('reports.profile.notStated')}</th>
                <td data-label={t('reports.profile.count')}>{formatNumber(row.count, 0)}</td>
                <td data-label={t('reports.profile.share')}>{formatPercent(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
