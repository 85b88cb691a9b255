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
// (docs/decisions/012-idea-feed-read-path.md); these carry every column the entity loads, under the entity's property
// names, so the Idea and User types and every field resolver read them as they read entities.

const date = (value: unknown): Date => new Date(value as string);
const dateOrNull = (value: unknown): Date | null => (value === null ? null : date(value));

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

  static readonly columns = [
    'id',
    'created_at',
    'updated_at',
    'email',
    'display_name',
    'platform_role',
    'bio',
    'locale',
    'deleted_at',
    'email_confirmed_at',
    'suspended_until',
    'suspension_reason',
  ];

  constructor(row: Record<string, unknown>, prefix: string) {
    this.id = row[`${prefix}id`] as string;
    this.createdAt = date(row[`${prefix}created_at`]);
    this.updatedAt = date(row[`${prefix}updated_at`]);
    this.email = row[`${prefix}email`] as string;
    this.displayName = row[`${prefix}display_name`] as string;
    this.platformRole = row[`${prefix}platform_role`] as PlatformRole;
    this.bio = row[`${prefix}bio`] as string;
    this.locale = row[`${prefix}locale`] as Locale;
    this.deletedAt = dateOrNull(row[`${prefix}deleted_at`]);
    this.emailConfirmedAt = dateOrNull(row[`${prefix}email_confirmed_at`]);
    this.suspendedUntil = dateOrNull(row[`${prefix}suspended_until`]);
    this.suspensionReason = (row[`${prefix}suspension_reason`] as string | null) ?? null;
  }
}

type Related = { id: string } | null;

/** An idea as a feed row reads it (resolved by the Idea type); its organisation, agency and service are given as loaded. */
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

  static readonly columns = [
    'id', 'created_at', 'updated_at', 'kind', 'status', 'title', 'body', 'body_html', 'tags', 'vote_count', 'hot_score',
    'decision_reason', 'decided_at', 'innovation_id', 'hidden_at',
  ];

  constructor(row: Record<string, unknown>, prefix: string, related: { author: PersonRecord; organization: Related; agency: Related; service: Related; mergedInto: Related }) {
    this.id = row[`${prefix}id`] as string;
    this.createdAt = date(row[`${prefix}created_at`]);
    this.updatedAt = date(row[`${prefix}updated_at`]);
    this.kind = row[`${prefix}kind`] as IdeaKind;
    this.status = row[`${prefix}status`] as IdeaStatus;
    this.title = row[`${prefix}title`] as string;
    this.body = row[`${prefix}body`] as string;
    this.bodyHtml = row[`${prefix}body_html`] as string;
    this.tags = row[`${prefix}tags`] as string[];
    this.voteCount = row[`${prefix}vote_count`] as number;
    this.hotScore = row[`${prefix}hot_score`] as number;
    this.decisionReason = row[`${prefix}decision_reason`] as string | null;
    this.decidedAt = dateOrNull(row[`${prefix}decided_at`]);
    this.innovationId = row[`${prefix}innovation_id`] as string | null;
    this.hiddenAt = dateOrNull(row[`${prefix}hidden_at`]);
    this.author = related.author;
    this.organization = related.organization;
    this.agency = related.agency;
    this.service = related.service;
    this.mergedInto = related.mergedInto;
  }
}

/**
 * The idea a row holds under `idea__` (and `merged_into_id`), with its author, organisation, agency and service under
 * `author__`, `organization__`, `agency__` and `service__`.
 */
export function readIdeaRow(em: EntityManager, records: RowRecords, row: Record<string, unknown>): IdeaRecord {
  const mergedIntoId = row.merged_into_id as string | null;
  const agency = records.read(Organization, OrganizationRecord, row, 'agency__');
  return new IdeaRecord(row, 'idea__', {
    author: new PersonRecord(row, 'author__'),
    organization: records.read(Organization, OrganizationRecord, row, 'organization__'),
    agency,
    // An idea's service is always its agency's (post-idea.ts).
    service: records.read(Service, ServiceRecord, row, 'service__', { agency }),
    mergedInto: mergedIntoId ? em.getReference(Idea, mergedIntoId) : null,
  });
}

registerNodeShape(PersonRecord, 'User');
registerNodeShape(IdeaRecord, 'Idea');
