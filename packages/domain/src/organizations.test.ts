import { describe, expect, it } from 'vitest';
import { actsForOrganization, canGrantRole, canManageOrganization, memberRoles, slugify } from './organizations.js';

describe('organisation roles', () => {
  it('lets owners and admins manage members, officers act, members neither', () => {
    expect(memberRoles.filter((role) => canManageOrganization(role))).toEqual(['OWNER', 'ADMIN']);
    expect(memberRoles.filter((role) => actsForOrganization(role))).toEqual(['OWNER', 'ADMIN', 'OFFICER']);
    expect(canManageOrganization(null)).toBe(false);
    expect(actsForOrganization(undefined)).toBe(false);
  });

  it('lets only an owner grant the owner role', () => {
    const grants = memberRoles.flatMap((granter) => memberRoles.filter((role) => canGrantRole(granter, role)).map((role) => `${granter}>${role}`));
    expect(grants).toEqual([
      'OWNER>OWNER', 'OWNER>ADMIN', 'OWNER>OFFICER', 'OWNER>MEMBER',
      'ADMIN>ADMIN', 'ADMIN>OFFICER', 'ADMIN>MEMBER',
    ]);
    expect(canGrantRole(null, 'MEMBER')).toBe(false);
  });
});

describe('slugify', () => {
  it('makes readable addresses from Indonesian names', () => {
    expect(slugify('Dinas Kependudukan & Pencatatan Sipil Kota Bandung')).toBe('dinas-kependudukan-pencatatan-sipil-kota-bandung');
    expect(slugify('  Café Inovasí — Desa  ')).toBe('cafe-inovasi-desa');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});
