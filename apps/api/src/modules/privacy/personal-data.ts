import type { EntityManager } from '@mikro-orm/postgresql';

/** One module's part of a person's data export: plain JSON, bounded by what one person can have created. */
export type PersonalDataExporter = (em: EntityManager, userId: string) => Promise<unknown>;

const exporters = new Map<string, PersonalDataExporter>();

/** Each module that keeps personal data registers what it holds about a person (UU 27/2022 right of access). */
export function registerPersonalDataExporter(section: string, exporter: PersonalDataExporter): void {
  exporters.set(section, exporter);
}

export async function collectPersonalData(em: EntityManager, userId: string): Promise<Record<string, unknown>> {
  const sections: Record<string, unknown> = {};
  for (const [section, exporter] of exporters) sections[section] = await exporter(em, userId);
  return sections;
}

/** What a module does to its own rows when a person deletes their account (contributions stay, anonymised). */
export type AccountDeletionHook = (em: EntityManager, userId: string) => Promise<void>;

const deletionHooks: AccountDeletionHook[] = [];

export function onAccountDeletion(hook: AccountDeletionHook): void {
  deletionHooks.push(hook);
}

export async function runAccountDeletionHooks(em: EntityManager, userId: string): Promise<void> {
  for (const hook of deletionHooks) await hook(em, userId);
}
