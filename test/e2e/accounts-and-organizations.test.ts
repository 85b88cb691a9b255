import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoAdmin, demoCitizen } from '../support/built-app.js';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  // Exact: signed-in pages have links whose names contain "masuk" (sessions, the inbox) before the sign-out is done.
  await page.getByRole('link', { name: 'Masuk', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Keluar', exact: true }).waitFor({ state: 'detached' });
}

async function createOrganization(page: Page, name: string, kindLabel: string) {
  await page.goto('/organisasi/baru');
  await page.getByLabel('Nama organisasi').fill(name);
  await page.getByLabel('Jenis').selectOption({ label: kindLabel });
  await page.getByLabel('Deskripsi').fill(`${name} membantu warga memahami layanan publik.`);
  await page.getByRole('button', { name: 'Buat organisasi' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('web: accounts and organisations in a browser', () => {
  const journey = browserJourney();

  it('shows the demo content on the home page, in Indonesian', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('pelayanan publik');
    const organizations = page.getByRole('region', { name: 'Organisasi terverifikasi' });
    await expect(organizations.getByRole('link', { name: /Kependudukan dan Pencatatan Sipil/ }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Layanan publik' }).getByRole('heading', { name: 'Penerbitan KTP Elektronik' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'home');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a person registers, signs out, signs in, creates an organisation that lists them as owner, and signs out', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/');
    await page.getByRole('link', { name: 'Daftar' }).click();
    await page.getByLabel('Nama tampilan').fill('Rina Wulandari');
    await page.getByLabel('Email').fill('rina@warga.example.id');
    await page.getByLabel('Kata sandi').fill('kata-sandi-rina-2026');
    await page.getByLabel(/menyetujui/).check();
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByRole('heading', { name: 'Selamat datang di Gotong, Rina Wulandari!' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/selamat-datang');
    await expect(page.getByRole('link', { name: 'Rina Wulandari' }).isVisible()).resolves.toBe(true);

    await signOut(page);
    await signIn(page, { email: 'rina@warga.example.id', password: 'kata-sandi-rina-2026' });
    await expect(page.getByRole('link', { name: 'Rina Wulandari' }).isVisible()).resolves.toBe(true);

    await createOrganization(page, 'Komunitas Data Warga Bandung', 'LSM');
    expect(new URL(page.url()).pathname).toBe('/organisasi/komunitas-data-warga-bandung');
    await expect(page.getByText('Peran Anda: Pemilik').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Belum diverifikasi').first().isVisible()).resolves.toBe(true);
    const owner = page.getByRole('row', { name: /Rina Wulandari/ });
    await expect(owner.getByRole('cell', { name: 'Pemilik', exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'organization-page');

    await page.goto('/profil');
    await expect(page.getByRole('region', { name: 'Organisasi saya' }).getByRole('link', { name: 'Komunitas Data Warga Bandung' }).isVisible()).resolves.toBe(true);

    await signOut(page);
    await page.goto('/profil');
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a bad email as an error on its field, with and without JavaScript, keeping what was typed', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled });
      await page.goto('/daftar');
      await page.getByLabel('Nama tampilan').fill('Joko Susilo');
      await page.getByLabel('Email').fill('joko-bukan-email');
      await page.getByLabel('Kata sandi').fill('kata-sandi-joko-2026');
      await page.getByLabel(/menyetujui/).check();
      await page.getByRole('button', { name: 'Daftar' }).click();
      const email = page.getByLabel('Email');
      await page.getByText('Alamat email tidak valid.').first().waitFor();
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
      await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe('Alamat email tidak valid.');
      await expect(page.getByLabel('Nama tampilan').inputValue()).resolves.toBe('Joko Susilo');
      expect(new URL(page.url()).pathname).toBe('/daftar');
      if (!javaScriptEnabled) await screenshot(page, 'register-error-without-javascript');
      expect(pageErrors).toEqual([]);
      await context.close();
    }
  });

  it('refuses a form posted without its CSRF token', async () => {
    const response = await fetch(`${journey.app.url}/masuk`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: demoCitizen.email, password: demoCitizen.password }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('gotong_session');
  });

  it('switches the interface to English and back, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled });
      await page.goto('/organisasi');
      await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/organisasi');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Switch the language to Bahasa Indonesia' }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisasi' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      await context.close();
    }
  });

  it('a platform admin verifies a new organisation from the queue', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, demoCitizen);
    await createOrganization(page, 'Forum Warga Peduli Layanan', 'LSM');
    await signOut(page);

    await signIn(page, demoAdmin);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Verifikasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verifikasi organisasi' }).waitFor();
    await screenshot(page, 'verification-queue');
    await page.getByRole('link', { name: 'Forum Warga Peduli Layanan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Forum Warga Peduli Layanan' }).waitFor();
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await page.getByRole('heading', { name: 'Verifikasi Forum Warga Peduli Layanan?' }).waitFor();
    await page.getByRole('button', { name: 'Konfirmasi verifikasi' }).click();
    await page.getByText('Forum Warga Peduli Layanan telah diverifikasi.').waitFor();
    await expect(page.getByRole('link', { name: 'Forum Warga Peduli Layanan', exact: true }).count()).resolves.toBe(0);

    await page.goto('/organisasi/forum-warga-peduli-layanan');
    await expect(page.getByText('Terverifikasi', { exact: true }).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses the verification queue to a citizen (403) and sends an anonymous visitor to sign in', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url);
    const anonymous = await page.goto('/admin/verifikasi');
    expect(anonymous?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(new URL(page.url()).searchParams.get('kembali')).toBe('/admin/verifikasi');

    await page.getByLabel('Email').fill(demoCitizen.email);
    await page.getByLabel('Kata sandi').fill(demoCitizen.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Akses ditolak' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/verifikasi');
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Verifikasi' }).count()).resolves.toBe(0);

    const refused = await page.goto('/admin/verifikasi');
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole('button', { name: /^Verifikasi / }).count()).resolves.toBe(0);
    await context.close();
  });

  it('an agency owner adds and removes a member and adds a public service, with errors shown by field', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'hendra@dukcapil.bandung.go.id', password: demoAdmin.password });
    await page.goto('/organisasi/disdukcapil-kota-bandung');
    const addMember = page.locator('form', { has: page.getByRole('button', { name: 'Tambah anggota' }) });
    await addMember.getByLabel('Email anggota').fill(demoCitizen.email);
    await addMember.getByLabel('Peran').selectOption({ label: 'Petugas' });
    await addMember.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByText('Anggota ditambahkan.').waitFor();
    await expect(page.getByRole('row', { name: /Siti Rahayu/ }).getByRole('cell', { name: 'Petugas', exact: true }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Keluarkan Siti Rahayu' }).click();
    await page.getByText('Anggota dikeluarkan.').waitFor();
    await expect(page.getByRole('row', { name: /Siti Rahayu/ }).count()).resolves.toBe(0);

    const addService = page.locator('form', { has: page.getByRole('button', { name: 'Tambah layanan' }) });
    await addService.getByLabel('Nama layanan').fill('Legalisasi Dokumen Kependudukan');
    await addService.getByLabel(/Jumlah penerima layanan/).fill('0');
    await addService.getByRole('button', { name: 'Tambah layanan' }).click();
    await expect(addService.getByLabel(/Jumlah penerima layanan/).getAttribute('aria-invalid')).resolves.toBe('true');
    await addService.getByLabel(/Jumlah penerima layanan/).fill('5000');
    await addService.getByRole('button', { name: 'Tambah layanan' }).click();
    await page.getByText('Layanan ditambahkan.').waitFor();
    await expect(page.getByRole('region', { name: 'Layanan publik' }).getByRole('heading', { name: 'Legalisasi Dokumen Kependudukan' }).isVisible()).resolves.toBe(true);
    await page.getByRole('region', { name: 'Layanan publik' }).getByRole('link', { name: 'Legalisasi Dokumen Kependudukan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Legalisasi Dokumen Kependudukan' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a citizen an organisation without the member and service management', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url);
    await signIn(page, demoCitizen);
    await page.goto('/organisasi/disdukcapil-kota-bandung');
    await page.getByRole('heading', { level: 1, name: /Kependudukan/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Tambah anggota' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Tambah layanan' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Keluarkan / }).count()).resolves.toBe(0);
    await context.close();
  });

  it('answers an unknown organisation with the not-found page', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url);
    const response = await page.goto('/organisasi/tidak-ada-organisasi-ini');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('serves GraphiQL from its own bundle and runs a query with the session', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url);
    await signIn(page, demoCitizen);
    const schemaLoaded = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST');
    await page.goto('/graphiql');
    await page.locator('.graphiql-container').waitFor();
    await schemaLoaded;
    await page.getByRole('button', { name: /Execute query/i }).click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toContain('Siti Rahayu');
    await screenshot(page, 'graphiql');
    await context.close();
  });
});
