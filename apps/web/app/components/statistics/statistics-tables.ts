import { ideaStatuses } from '@gotong/domain';
import type { StatisticsQuery } from '@gotong/graphql-client';
import { formatNumber } from '@gotong/messages/format';
import { formatMonth } from '~/lib/dates';
import { dynamicKey, type Locale, type Translate } from '~/lib/i18n';

/**
 * The tables of /statistik, built once from the API's figures and used twice: the page shows them (and draws its
 * charts from them), the CSV route writes them. Numbers are rounded here, so both show exactly the same values.
 */

type Stats = StatisticsQuery['stats'];

/** A month or a label: the CSV writes `value`, the page shows `text`. */
export type Cell = string | number | null | { value: string; text: string };
/** A numeric column has its number of decimals. */
export type Column = { label: string; decimals?: number };
export type Chart =
  | { kind: 'bars'; label: number; value: number }
  | { kind: 'columns'; label: number; values: number[] }
  | { kind: 'lines'; series: number; x: number; value: number };
export type StatisticsTable = { id: string; title: string; summary: string; columns: Column[]; rows: Cell[][]; chart: Chart };

export const tableIds = ['gagasan-status', 'gagasan-bulan', 'inovasi-tahap', 'inovasi-lama-tahap', 'usulan-status', 'pelatihan-bulan', 'ikm-instansi', 'ikm-layanan', 'jawaban-instansi'] as const;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A pooled IKM with its grade ("85,42 (B)"), or `none` without responses. */
export function ikmText(locale: Locale, figure: { ikm: number | null; grade: string | null }, none: string): string {
  return figure.ikm === null ? none : `${formatNumber(locale, figure.ikm, 2)} (${figure.grade})`;
}

export function cellText(locale: Locale, cell: Cell, column: Column): string {
  if (cell === null) return '–';
  if (typeof cell === 'number') return formatNumber(locale, cell, column.decimals ?? 0);
  return typeof cell === 'string' ? cell : cell.text;
}

export function cellValue(cell: Cell): string | number {
  if (cell === null) return '';
  return typeof cell === 'object' ? cell.value : cell;
}

export function statisticsTables(stats: Stats, t: Translate, locale: Locale): StatisticsTable[] {
  const month = (value: string): Cell => ({ value, text: formatMonth(locale, value) });
  const column = (key: string, decimals?: number): Column => ({ label: t(dynamicKey(`statistics.column.${key}`)), decimals });
  const chart = (key: string) => t(dynamicKey(`statistics.chart.${key}.title`));
  const count = (status: string) => stats.ideas.byStatus.find((entry) => entry.status === status)?.count ?? 0;
  const peak = stats.ideas.byMonth.reduce<{ month: string; count: number } | null>((best, entry) => (!best || entry.count > best.count ? entry : best), null);
  const stays = stats.innovations.byStage.reduce((sum, entry) => sum + entry.completedStays, 0);
  const longest = stats.innovations.byStage.reduce<(typeof stats.innovations.byStage)[number] | null>(
    (best, entry) => (entry.medianDays !== null && (!best || entry.medianDays > (best.medianDays ?? 0)) ? entry : best),
    null,
  );
  const overall = stats.satisfaction.overall;
  const best = stats.satisfaction.byService.reduce<(typeof stats.satisfaction.byService)[number] | null>(
    (top, entry) => (entry.ikm !== null && (!top || entry.ikm > (top.ikm ?? 0)) ? entry : top),
    null,
  );
  const ikm = (value: number | null) => (value === null ? null : round(value, 2));
  const responseStep = (step: string) => stats.responses.find((entry) => entry.step === step);
  const stepName = (step: string) => {
    const name = t(dynamicKey(`responses.step.${step}`));
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  return [
    {
      id: 'gagasan-status',
      title: chart('ideasByStatus'),
      summary: t('statistics.chart.ideasByStatus.summary', { total: stats.ideas.total, accepted: count('ACCEPTED'), declined: count('DECLINED'), open: count('OPEN') }),
      columns: [column('status'), column('count', 0)],
      rows: ideaStatuses.map((status) => [t(dynamicKey(`ideas.status.${status}`)), count(status)]),
      chart: { kind: 'bars', label: 0, value: 1 },
    },
    {
      id: 'gagasan-bulan',
      title: chart('ideasByMonth'),
      summary: t('statistics.chart.ideasByMonth.summary', {
        total: stats.ideas.total,
        months: stats.ideas.byMonth.length,
        peak: peak ? formatMonth(locale, peak.month) : '',
        peakCount: peak?.count ?? 0,
      }),
      columns: [column('month'), column('count', 0)],
      rows: stats.ideas.byMonth.map((entry) => [month(entry.month), entry.count]),
      chart: { kind: 'columns', label: 0, values: [1] },
    },
    {
      id: 'inovasi-tahap',
      title: chart('innovationsByStage'),
      summary: t('statistics.chart.innovationsByStage.summary', {
        total: stats.innovations.total,
        institutionalized: stats.innovations.byStage.find((entry) => entry.stage === 'INSTITUTIONALIZED')?.count ?? 0,
      }),
      columns: [column('stage'), column('count', 0)],
      rows: stats.innovations.byStage.map((entry) => [t(`stage.${entry.stage}`), entry.count]),
      chart: { kind: 'bars', label: 0, value: 1 },
    },
    {
      id: 'inovasi-lama-tahap',
      title: chart('stageDurations'),
      summary: t('statistics.chart.stageDurations.summary', {
        stays,
        longest: longest ? t(`stage.${longest.stage}`) : '',
        longestDays: longest?.medianDays !== null && longest?.medianDays !== undefined ? formatNumber(locale, round(longest.medianDays, 1), 1) : '',
      }),
      columns: [column('stage'), column('stays', 0), column('medianDays', 1)],
      rows: stats.innovations.byStage.map((entry) => [t(`stage.${entry.stage}`), entry.completedStays, entry.medianDays === null ? null : round(entry.medianDays, 1)]),
      chart: { kind: 'bars', label: 0, value: 2 },
    },
    {
      id: 'usulan-status',
      title: chart('pilotProposals'),
      summary: t('statistics.chart.pilotProposals.summary', { total: stats.pilotProposals.total }),
      columns: [column('status'), column('count', 0)],
      rows: stats.pilotProposals.byStatus.map((entry) => [t(dynamicKey(`proposals.status.${entry.status}`)), entry.count]),
      chart: { kind: 'bars', label: 0, value: 1 },
    },
    {
      id: 'pelatihan-bulan',
      title: chart('courses'),
      summary: t('statistics.chart.courses.summary', { enrollments: stats.courses.enrollments, completions: stats.courses.completions }),
      columns: [column('month'), column('enrollments', 0), column('completions', 0)],
      rows: stats.courses.byMonth.map((entry) => [month(entry.month), entry.enrollments, entry.completions]),
      chart: { kind: 'columns', label: 0, values: [1, 2] },
    },
    {
      id: 'ikm-instansi',
      title: chart('ikmByAgency'),
      summary: t('statistics.chart.ikmByAgency.summary', {
        responses: overall.responseCount,
        surveys: overall.surveyCount,
        ikm: overall.ikm === null ? '' : formatNumber(locale, overall.ikm, 2),
        grade: overall.grade ?? '',
      }),
      columns: [column('agency'), column('month'), column('surveys', 0), column('responses', 0), column('ikm', 2), column('grade')],
      rows: stats.satisfaction.byAgency.map((entry) => [entry.agency.name, month(entry.month), entry.surveyCount, entry.responseCount, ikm(entry.ikm), entry.grade]),
      chart: { kind: 'lines', series: 0, x: 1, value: 4 },
    },
    {
      id: 'ikm-layanan',
      title: chart('ikmByService'),
      summary: t('statistics.chart.ikmByService.summary', {
        rows: stats.satisfaction.byService.length,
        best: best?.service.name ?? '',
        bestIkm: best?.ikm !== null && best?.ikm !== undefined ? formatNumber(locale, best.ikm, 2) : '',
      }),
      columns: [column('service'), column('month'), column('surveys', 0), column('responses', 0), column('ikm', 2), column('grade')],
      rows: stats.satisfaction.byService.map((entry) => [entry.service.name, month(entry.month), entry.surveyCount, entry.responseCount, ikm(entry.ikm), entry.grade]),
      chart: { kind: 'lines', series: 0, x: 1, value: 4 },
    },
    {
      id: 'jawaban-instansi',
      title: chart('responses'),
      summary: t('statistics.chart.responses.summary', {
        addressed: responseStep('ACKNOWLEDGE')?.started ?? 0,
        answered: responseStep('REPLY')?.met ?? 0,
        resolved: responseStep('RESOLVE')?.met ?? 0,
      }),
      columns: [column('responseStep'), column('clocksStarted', 0), column('clocksMet', 0), column('onTimePercent', 1), column('medianWorkingDays', 1)],
      rows: stats.responses.map((entry) => [
        stepName(entry.step),
        entry.started,
        entry.met,
        entry.shareOnTime === null ? null : round(entry.shareOnTime * 100, 1),
        entry.medianWorkingDays === null ? null : round(entry.medianWorkingDays, 1),
      ]),
      chart: { kind: 'bars', label: 0, value: 3 },
    },
  ];
}

/** The address's filter as a query string for the CSV links ("" when unfiltered). */
export function filterSearch(chosen: { agencyId: string | null; serviceId: string | null; from: string; to: string }): string {
  const search = new URLSearchParams();
  if (chosen.agencyId) search.set('instansi', chosen.agencyId);
  if (chosen.serviceId) search.set('layanan', chosen.serviceId);
  if (chosen.from) search.set('dari', chosen.from);
  if (chosen.to) search.set('sampai', chosen.to);
  const text = search.toString();
  return text ? `?${text}` : '';
}
