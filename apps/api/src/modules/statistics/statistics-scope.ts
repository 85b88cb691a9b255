import { defaultTimeZone } from '@gotong/domain';
import { GraphQLError } from 'graphql';
import { idOfType } from '../../core/global-id.js';
import type { StatisticsScope, StatsFilter } from './statistics.type.js';

function idFilter(globalId: string | null | undefined, typeName: string, argument: string): string | null {
  if (!globalId) return null;
  const id = idOfType(globalId, typeName);
  if (!id) throw new GraphQLError(`"filter.${argument}" is not a ${typeName} id.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
  return id;
}

export function scopeOf(filter: StatsFilter | null | undefined): StatisticsScope {
  return {
    agencyId: idFilter(filter?.agencyId, 'Organization', 'agencyId'),
    serviceId: idFilter(filter?.serviceId, 'Service', 'serviceId'),
    from: filter?.from ?? null,
    to: filter?.to ?? null,
  };
}

/** SQL conditions joined with `and`, with their parameters in order. */
export class Conditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.sql.push(sql);
    this.params.push(...params);
    return this;
  }

  /** The scope's agency and service, on these columns (a column left out is not narrowed). */
  owner(scope: StatisticsScope, columns: { agency?: string; service?: string }): this {
    if (scope.agencyId && columns.agency) this.add(`${columns.agency} = ?`, scope.agencyId);
    if (scope.serviceId && columns.service) this.add(`${columns.service} = ?`, scope.serviceId);
    return this;
  }

  /** The scope's period, on this instant column. */
  during(scope: StatisticsScope, column: string): this {
    if (scope.from) this.add(`${column} >= ?`, scope.from);
    if (scope.to) this.add(`${column} < ?`, scope.to);
    return this;
  }

  get where(): string {
    return this.sql.length ? this.sql.join(' and ') : 'true';
  }
}

/** Months are calendar months in WIB (the platform's zone for what spans organisations), as YYYY-MM. */
export const monthOf = (column: string) => `to_char(${column} at time zone '${defaultTimeZone}', 'YYYY-MM')`;

const monthKey = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: defaultTimeZone, year: 'numeric', month: '2-digit' }).format(date).slice(0, 7);

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** At most this many months in a series (twenty years): a wide period still gives a bounded answer. */
const maxMonths = 240;

/**
 * Every month of a series, gaps as zero: from the period's first month (or the first with data) to its last (the
 * month before `to`, or the last with data), the latest `maxMonths` of them.
 */
export function monthSeries<T>(scope: StatisticsScope, present: Map<string, T>, empty: () => T): { month: string; value: T }[] {
  const known = [...present.keys()].sort();
  const first = scope.from ? monthKey(scope.from) : known[0];
  const last = scope.to ? monthKey(new Date(scope.to.getTime() - 1)) : known.at(-1);
  if (!first || !last || first > last) return [];
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months.slice(-maxMonths).map((month) => ({ month, value: present.get(month) ?? empty() }));
}
