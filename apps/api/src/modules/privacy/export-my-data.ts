import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { recordAudit } from '../audit/record-audit.js';
import { collectPersonalData } from './personal-data.js';

export async function exportMyData(context: Context): Promise<{ data: Record<string, unknown>; exportedAt: Date }> {
  const viewer = requireViewer(context);
  const data = await collectPersonalData(context.em, viewer.id);
  recordAudit(context.em, { actor: viewer, action: 'privacy.export', subjectType: 'User', subjectId: viewer.id });
  await context.em.flush();
  return { data, exportedAt: new Date() };
}
