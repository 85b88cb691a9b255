import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoAdmin, demoPassword } from '../support/built-app.js';

const budi = { email: 'budi@warga.id', password: demoPassword };
const hendra = { email: 'hendra@dukcapil.bandung.go.id', password: demoPassword };

/** Nothing may scroll sideways on a 320 px wide screen. */
async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function changeRole(page: Page, person: string, linkName: string) {
  await page.goto('/admin/peran');
  await page.getByRole('search').getByLabel('Nama atau email').fill(person);
  await page.getByRole('search').getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: linkName }).click();
  await page.getByRole('button', { name: 'Ya, ubah peran' }).click();
}

describe('web: platform roles, the audit and moderation logs, services', () => {
  const journey = browserJourney();

  it('an admin grants the moderator role after confirming, the person moderates, then the admin revokes it', async () => {
    const admin = await openContext(journey.browser, journey.app.url);
    const citizen = await openContext(journey.browser, journey.app.url);
    await signIn(admin.page, demoAdmin);
    await signIn(citizen.page, budi);
    const moderationLink = () => citizen.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Moderasi' });
    await expect(moderationLink().count()).resolves.toBe(0);

    await admin.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Admin' }).click();
    await admin.page.getByRole('link', { name: 'Peran platform' }).click();
    await admin.page.getByRole('search').getByLabel('Nama atau email').fill('budi');
    await admin.page.getByRole('search').getByRole('button', { name: 'Cari' }).click();
    await admin.page.getByRole('link', { name: 'Jadikan Moderator: Budi Santoso' }).click();
    await admin.page.getByRole('heading', { name: 'Beri Budi Santoso (budi@warga.id) peran Moderator?' }).waitFor();
    await screenshot(admin.page, 'platform-role-confirm');
    await admin.page.getByRole('button', { name: 'Ya, ubah peran' }).click();
    await admin.page.getByText('Peran Budi Santoso sekarang Moderator.').waitFor();
    await expect(admin.page.getByRole('row', { name: /Budi Santoso/ }).getByRole('cell', { name: 'Moderator', exact: true }).isVisible()).resolves.toBe(true);
    await expectNoSidewaysScroll(admin.page);

    await citizen.page.reload();
    await moderationLink().click();
    await citizen.page.getByRole('link', { name: 'Log moderasi' }).click();
    await citizen.page.getByRole('heading', { level: 1, name: 'Log moderasi' }).waitFor();

    await changeRole(admin.page, 'budi', 'Cabut Moderator: Budi Santoso');
    await admin.page.getByText('Peran Budi Santoso sekarang Anggota.').waitFor();
    // A hard navigation in the middle of a client one (a redirect's loaders still loading) is reported as an AbortError.
    await Promise.all([admin.page.waitForLoadState('networkidle'), citizen.page.waitForLoadState('networkidle')]);
    const refused = await citizen.page.goto('/moderasi/log');
    expect(refused?.status()).toBe(403);

    await admin.page.goto('/admin/audit');
    await admin.page.getByLabel('Tindakan').selectOption({ label: 'Mencabut peran platform' });
    await admin.page.getByRole('button', { name: 'Saring' }).click();
    await admin.page.waitForURL(/tindakan=user.revokePlatformRole/);
    const revoked = admin.page.getByRole('row', { name: /Mencabut peran platform/ }).first();
    await expect(revoked.getByRole('cell', { name: 'Moderator', exact: true }).isVisible()).resolves.toBe(true);
    // The address changes a moment before the filtered rows are rendered: wait for the other actions' rows to go.
    await admin.page.getByRole('row', { name: /Memberi peran platform/ }).first().waitFor({ state: 'detached' });
    await expectNoSidewaysScroll(admin.page);
    await screenshot(admin.page, 'audit-log');

    expect([...admin.pageErrors, ...citizen.pageErrors]).toEqual([]);
    await admin.context.close();
    await citizen.context.close();
  });

  it('keeps the last admin: revoking it is refused with the reason', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, demoAdmin);
    await changeRole(page, 'admin@gotong.id', 'Cabut Admin:');
    await page.getByText('Platform harus tetap memiliki setidaknya satu admin').waitFor();
    await page.goto('/admin/peran?q=admin%40gotong.id');
    await expect(page.getByRole('row', { name: /admin@gotong.id/ }).getByRole('cell', { name: 'Admin', exact: true }).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the moderation log to moderators with filters, as cards on a narrow screen, and refuses citizens', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'moderator@gotong.id', password: demoPassword });
    await page.goto('/moderasi/log');
    await page.getByLabel('Keputusan').selectOption({ label: 'Disembunyikan' });
    await page.getByLabel('Dari tanggal').fill('2020-01-01');
    await page.getByRole('button', { name: 'Saring' }).click();
    await page.waitForURL(/keputusan=HIDE/);
    await expect(page.locator('table tbody tr').evaluateAll((rows) => rows.every((row) => row.textContent?.includes('Disembunyikan')))).resolves.toBe(true);
    await expectNoSidewaysScroll(page);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("lists services by agency with their latest IKM, and the agency's officer changes a service's population", async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Layanan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Layanan publik', exact: true }).waitFor();
    const agency = page.getByRole('region', { name: /Kependudukan dan Pencatatan Sipil Kota Bandung/ });
    await expect(agency.getByRole('link', { name: 'Penerbitan KTP Elektronik' }).isVisible()).resolves.toBe(true);
    await expectNoSidewaysScroll(page);
    await expect(page.getByText('Ubah layanan').count()).resolves.toBe(0);

    await signIn(page, hendra);
    await page.goto('/layanan/penerbitan-e-ktp-bandung');
    await page.getByText('Ubah layanan').click();
    await page.getByLabel('Jumlah penerima layanan per periode survei').fill('banyak');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(page.getByRole('alert').isVisible()).resolves.toBe(true);
    await page.getByLabel('Jumlah penerima layanan per periode survei').fill('40.000');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByText('Layanan diperbarui.').waitFor();
    await expect(page.getByText(/40\.000 orang \(sampel minimum 380\)/).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
