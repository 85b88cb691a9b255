import type { Context } from '../../context.js';
import { keysetRows, sendCsv, type HttpRoutes } from '../../core/downloads.js';
import { idOfType } from '../../core/global-id.js';
import { findSurvey } from './find-survey.js';
import { maySeeSurveyReport } from './surveys.permissions.js';

const answerColumns = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
const columns = [...answerColumns, 'gender', 'age_band', 'education', 'occupation'] as const;
type ResponseRow = Record<(typeof columns)[number], number | string | null> & { id?: string };

/**
 * A survey's responses, anonymised: the nine answers and the profile, in the order of their random ids (not the
 * order they came in), with no suggestion, time, respondent or key, so no row can be tied to a suggestion or a person.
 */
function responseRows(context: Context, surveyId: string) {
  return keysetRows<ResponseRow>(async (after, limit) => {
    const rows: (ResponseRow & { id: string })[] = await context.em.execute(
      `select id, ${answerColumns.map((column, index) => `(answers->>${index})::int as ${column}`).join(', ')}, gender, age_band, education, occupation
         from survey_responses where survey_id = ? ${after ? 'and id > ?' : ''} order by id limit ?`,
      [surveyId, ...(after ? [after.id] : []), limit],
    );
    return rows;
  });
}

/** GET /survei/:id/jawaban.csv: the same visibility as the report (public once closed, the agency's officers any time). */
export const surveyDownloads: HttpRoutes = (router, contextFor) => {
  router.get('/survei/:id/jawaban.csv', async (request, response, next) => {
    try {
      const context = await contextFor(request);
      const id = idOfType(request.params.id ?? '', 'Survey');
      const survey = id ? await findSurvey(context, id) : null;
      if (!survey || !(await maySeeSurveyReport(context, survey))) {
        response.sendStatus(404);
        return;
      }
      await sendCsv(response, { filename: `skm-${survey.service.slug}-${survey.id.slice(0, 8)}.csv`, columns, rows: responseRows(context, survey.id) });
    } catch (error) {
      next(error);
    }
  });
};
