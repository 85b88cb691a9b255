import type { ViewerFieldsFragment } from '@gotong/graphql-client';

export type NavigationItem = { to: string; labelKey: string; visibleTo?: (viewer: ViewerFieldsFragment | null) => boolean };

/** The header's main navigation; a feature adds its one line. */
export const navigation: NavigationItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/organisasi', labelKey: 'nav.organizations' },
  { to: '/admin/verifikasi', labelKey: 'nav.verification', visibleTo: (viewer) => viewer?.platformRole === 'ADMIN' },
];
