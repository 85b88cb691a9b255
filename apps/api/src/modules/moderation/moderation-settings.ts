import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/record-audit.js';
import { defaultReportThreshold, ModerationSettings } from './moderation-settings.entity.js';
import { authorize } from './moderation.permissions.js';
import type { UpdateModerationSettingsInput } from './moderation.type.js';

/** The one row's key: a second admin's first change updates it instead of adding another. */
const settingsId = '00000000-0000-4000-8000-000000000024';

/** The platform's moderation settings, the defaults until an admin changes them. */
export async function moderationSettings(em: EntityManager): Promise<{ reportThreshold: number }> {
  const settings = await em.findOne(ModerationSettings, { id: settingsId });
  return { reportThreshold: settings?.reportThreshold ?? defaultReportThreshold };
}

const settingsSchema = z.object({ reportThreshold: z.number().int().min(1).max(100) });

/** Admins change the report threshold; the change is audited. */
export async function updateModerationSettings(context: Context, input: UpdateModerationSettingsInput): Promise<{ reportThreshold: number }> {
  const admin = authorize(context, 'configure');
  const { reportThreshold } = validateInput(settingsSchema, input);
  await context.em.transactional(async (em) => {
    await em.upsert(ModerationSettings, { id: settingsId, reportThreshold, createdAt: new Date(), updatedAt: new Date() }, { onConflictFields: ['id'], onConflictMergeFields: ['reportThreshold', 'updatedAt'] });
    recordAudit(em, { actor: admin, action: 'moderation.settings', subjectType: 'ModerationSettings', subjectId: settingsId, note: `reportThreshold=${reportThreshold}` });
  });
  return { reportThreshold };
}
