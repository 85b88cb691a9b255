import type { IdeaKind, IdeaStatus, Locale, PlatformRole } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerNodeShape } from '../../core/node.js';
import type { RowRecords } from '../../core/raw-connection.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationRecord } from '../organizations/organization-record.js';
import { Service } from '../services/service.entity.js';
import { ServiceRecord } from '../services/service-record.js';
import { Idea } from './idea.entity.js';

// Plain read models of the idea feed. Hydrating entities through the ORM cost a feed page more than everything else
// (docs/decisions/012-idea-feed-read-path.md); these carry the columns the entity loads, under the entity's property
// names, so the Idea and User types and every field resolver read them as they read entities. A page reads only the
// columns its selection needs (ADR 034, idea-reads.ts): a record holds the properties of the columns it is given.

type Reader = readonly [property: string, read: (value: unknown) => unknown];

const same = (value: unknown) => value;
const date = (value: unknown): Date => new Date(value as string);
const dateOrNull = (value: unknown): Date | null => (value === null ? null : date(value));
const orNull = (value: unknown) => value ?? null;

type Plan = readonly (readonly [key: string, property: string, read: (value: unknown) => unknown])[];

/** Reads a record's `columns` from rows under `prefix`, with the keys built once for each list of columns. */
class RowReader {
  private readonly plans = new WeakMap<readonly string[], Map<string, Plan>>();

  constructor(private readonly readers: Record<string, Reader>) {}

  assign(target: object, row: Record<string, unknown>, prefix: string, columns: readonly string[]): void {
    const record = target as Record<string, unknown>;
    for (const [key, property, read] of this.planOf(prefix, columns)) record[property] = read(row[key]);
  }

  private planOf(prefix: string, columns: readonly string[]): Plan {
    let byPrefix = this.plans.get(columns);
    if (!byPrefix) this.plans.set(columns, (byPrefix = new Map()));
    let plan = byPrefix.get(prefix);
    if (!plan) {
      plan = columns.map((column) => [prefix + column, ...this.readers[column]] as const);
      byPrefix.set(prefix, plan);
    }
    return plan;
  }
}

const personReaders: Record<string, Reader> = {
  id: ['id', same],
  created_at: ['createdAt', date],
  updated_at: ['updatedAt', date],
  email: ['email', same],
  display_name: ['displayName', same],
  platform_role: ['platformRole', same],
  bio: ['bio', same],
  locale: ['locale', same],
  deleted_at: ['deletedAt', dateOrNull],
  email_confirmed_at: ['emailConfirmedAt', dateOrNull],
  suspended_until: ['suspendedUntil', dateOrNull],
  suspension_reason: ['suspensionReason', orNull],
};
const personReader = new RowReader(personReaders);

/** A person as a feed row reads them (resolved by the User type). */
export class PersonRecord {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  bio: string;
  locale: Locale;
  deletedAt: Date | null;
  emailConfirmedAt: Date | null;
  suspendedUntil: Date | null;
  suspensionReason: string | null;

  /** Every column: what a record read without a known selection holds. */
  static readonly columns: readonly string[] = Object.keys(personReaders);

  /** `columns` (all by default) of the `users` row that `row` holds under `prefix`; always with the id. */
  constructor(row: Record<string, unknown>, prefix: string, columns: readonly string[] = PersonRecord.columns) {
    personReader.assign(this, row, prefix, columns);
  }
}

type Related = { id: string } | null;

const ideaReaders: Record<string, Reader> = {
  id: ['id', same],
  created_at: ['createdAt', date],
  updated_at: ['updatedAt', date],
  kind: ['kind', same],
  status: ['status', same],
  title: ['title', same],
  body: ['body', same],
  body_html: ['bodyHtml', same],
  tags: ['tags', same],
  vote_count: ['voteCount', same],
  hot_score: ['hotScore', same],
  decision_reason: ['decisionReason', same],
  decided_at: ['decidedAt', dateOrNull],
  innovation_id: ['innovationId', same],
  hidden_at: ['hiddenAt', dateOrNull],
};
const ideaReader = new RowReader(ideaReaders);

/** An idea as a feed row reads it (resolved by the Idea type); its author, organisation, agency and service are given as read. */
export class IdeaRecord {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  kind: IdeaKind;
  status: IdeaStatus;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  author: PersonRecord;
  organization: Related;
  agency: Related;
  service: Related;
  voteCount: number;
  hotScore: number;
  decisionReason: string | null;
  decidedAt: Date | null;
  mergedInto: Related;
  innovationId: string | null;
  hiddenAt: Date | null;
  /** Its visible comments and whether the viewer voted, when the page read them (the fields then need no loader). */
  commentCount?: number;
  viewerHasVoted?: boolean;

  /** Every column of `ideas` but its relations' keys: what a record read without a known selection holds. */
  static readonly columns: readonly string[] = Object.keys(ideaReaders);

  /** `columns` (all by default) of the `ideas` row that `row` holds under `prefix`, with its relations as given. */
  constructor(
    row: Record<string, unknown>,
    prefix: string,
    related: { author: PersonRecord; organization: Related; agency: Related; service: Related; mergedInto: Related },
    columns: readonly string[] = IdeaRecord.columns,
  ) {
    ideaReader.assign(this, row, prefix, columns);
    this.author = related.author;
    this.organization = related.organization;
    this.agency = related.agency;
    this.service = related.service;
    this.mergedInto = related.mergedInto;
  }
}

/** Which columns and relations of an idea a row holds (see IdeaReads in idea-reads.ts); all of them when not said. */
export type RowShape = {
  ideaColumns: readonly string[];
  authorColumns: readonly string[];
  relations: ReadonlySet<'organization' | 'agency' | 'service'>;
};

const keyOnly = (id: unknown): Related => (id === null || id === undefined ? null : { id: id as string });

/**
 * The idea a row holds under `idea__` (and `merged_into_id`), with its author, organisation, agency and service under
 * `author__`, `organization__`, `agency__` and `service__`; with `shape`, only the columns and relations it names,
 * a relation not read being its key alone (`organization_id`, `agency_id`, `service_id`, as `{ id }`).
 */
export function readIdeaRow(em: EntityManager, records: RowRecords, row: Record<string, unknown>, shape?: RowShape): IdeaRecord {
  const mergedIntoId = row.merged_into_id as string | null;
  const reads = (relation: 'organization' | 'agency' | 'service') => !shape || shape.relations.has(relation);
  const agency = reads('agency') ? records.read(Organization, OrganizationRecord, row, 'agency__') : keyOnly(row.agency_id);
  return new IdeaRecord(
    row,
    'idea__',
    {
      author: new PersonRecord(row, 'author__', shape?.authorColumns),
      organization: reads('organization') ? records.read(Organization, OrganizationRecord, row, 'organization__') : keyOnly(row.organization_id),
      agency,
      // An idea's service is always its agency's (post-idea.ts).
      service: reads('service') ? records.read(Service, ServiceRecord, row, 'service__', { agency }) : keyOnly(row.service_id),
      mergedInto: mergedIntoId ? em.getReference(Idea, mergedIntoId) : null,
    },
    shape?.ideaColumns,
  );
}

registerNodeShape(PersonRecord, 'User');
registerNodeShape(IdeaRecord, 'Idea');
