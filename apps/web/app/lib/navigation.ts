import type { ViewerFieldsFragment } from '@gotong/graphql-client';
import type { MessageKey } from '@gotong/messages/format';

export type NavigationItem = { to: string; labelKey: MessageKey; visibleTo?: (viewer: ViewerFieldsFragment | null) => boolean };

/** The header's main navigation; a feature adds its one line. */
export const navigation: NavigationItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/gagasan', labelKey: 'nav.ideas' },
  { to: '/forum', labelKey: 'nav.forum' },
  { to: '/inovasi', labelKey: 'nav.innovations' },
  { to: '/organisasi', labelKey: 'nav.organizations' },
  { to: '/pelatihan', labelKey: 'courses.nav' },
  { to: '/survei', labelKey: 'surveys.nav' },
  { to: '/layanan', labelKey: 'services.nav' },
  { to: '/usulan-pilot', labelKey: 'proposals.nav', visibleTo: (viewer) => viewer !== null },
  { to: '/cari', labelKey: 'nav.search' },
  { to: '/moderasi', labelKey: 'nav.moderation', visibleTo: (viewer) => viewer?.platformRole === 'MODERATOR' || viewer?.platformRole === 'ADMIN' },
  { to: '/admin/verifikasi', labelKey: 'nav.verification', visibleTo: (viewer) => viewer?.platformRole === 'ADMIN' },
  { to: '/admin', labelKey: 'admin.nav', visibleTo: (viewer) => viewer?.platformRole === 'ADMIN' },
];
