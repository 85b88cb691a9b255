import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoPassword } from '../support/built-app.js';
import { startMailbox, tokenMailedTo, type Mailbox } from '../support/mailbox.js';

const run = promisify(execFile);

async function register(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto('/daftar');
  await page.getByLabel('Nama tampilan').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Kata sandi').fill(person.password);
  await page.getByLabel(/menyetujui/).check();
  await page.getByRole('button', { name: 'Daftar' }).click();
  await page.getByRole('heading', { name: `Selamat datang di Gotong, ${person.name}!` }).waitFor();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  await page.getByRole('link', { name: 'Masuk' }).waitFor();
}

/** The path and query of a link in a mail, opened on the test's app (the mail names the configured origin). */
const linkPath = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

describe('web: recovering, securing and leaving an account', () => {
  let mailbox: Mailbox;
  const environment: Record<string, string> = { EMAIL_POLL_MS: '200', REQUIRE_EMAIL_CONFIRMATION: '1' };
  beforeAll(async () => {
    mailbox = await startMailbox();
    environment.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`;
  });
  const journey = browserJourney(environment);
  afterAll(() => mailbox?.close());

  it('a new person confirms their email, resets a forgotten password from the mailed link, then changes the email', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    const person = { name: 'Lestari Pulih', email: 'lestari@warga.example.id', password: 'kata-sandi-lestari-1' };
    await register(page, person);
    await expect(page.getByText(`Kami mengirim tautan konfirmasi ke ${person.email}`).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Daftarkan organisasi Anda' }).isVisible()).resolves.toBe(true);

    await page.goto('/gagasan/baru');
    await page.getByLabel('Judul').fill('Halte bus tanpa atap di depan pasar');
    await page.getByLabel('Uraian').fill('Penumpang kehujanan setiap sore karena halte di depan pasar tidak beratap.');
    await page.getByRole('button', { name: 'Kirim gagasan' }).click();
    await page.getByText('Konfirmasikan email Anda dahulu').waitFor();

    const confirmation = await tokenMailedTo(mailbox, person.email, '/konfirmasi-email');
    await page.goto(linkPath('/konfirmasi-email', confirmation));
    await page.getByRole('button', { name: 'Konfirmasi email saya' }).click();
    await page.getByText('Email Anda terkonfirmasi. Terima kasih!').waitFor();
    await page.goto('/profil');
    await expect(page.getByText(/\(terkonfirmasi\)/).isVisible()).resolves.toBe(true);
    await signOut(page);

    await page.goto('/masuk');
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByText('Jika email itu terdaftar, tautan pengaturan ulang sudah kami kirim.').waitFor();
    const reset = await tokenMailedTo(mailbox, person.email, '/atur-ulang-sandi');

    await page.goto(linkPath('/atur-ulang-sandi', reset));
    await page.getByLabel('Email akun').fill('orang-lain@warga.example.id');
    await page.getByLabel('Kata sandi baru').fill('kata-sandi-baru-lestari');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByText('Tautan ini tidak berlaku').waitFor();
    await page.getByLabel('Email akun').fill(person.email);
    await page.getByLabel('Kata sandi baru').fill('kata-sandi-baru-lestari');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByText('Kata sandi baru tersimpan. Silakan masuk.').waitFor();
    await screenshot(page, 'password-reset-done');

    await page.goto(linkPath('/atur-ulang-sandi', reset));
    await page.getByLabel('Email akun').fill(person.email);
    await page.getByLabel('Kata sandi baru').fill('kata-sandi-ketiga-lestari');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByText('Tautan ini tidak berlaku').waitFor();

    await signIn(page, { email: person.email, password: 'kata-sandi-baru-lestari' });

    // A change of email takes effect only once the link sent to the new address is opened.
    const newEmail = 'lestari.baru@warga.example.id';
    await page.goto('/profil');
    await page.getByLabel('Email baru').fill(newEmail);
    await page.getByLabel('Kata sandi saat ini').nth(1).fill('kata-sandi-baru-lestari');
    await page.getByRole('button', { name: 'Kirim tautan konfirmasi' }).click();
    await page.getByText('Tautan konfirmasi dikirim ke alamat baru.').waitFor();
    await expect(page.getByText(`Menunggu konfirmasi alamat baru: ${newEmail}`).isVisible()).resolves.toBe(true);
    await expect(page.getByText(`Email: ${person.email}`).isVisible()).resolves.toBe(true);
    const change = await tokenMailedTo(mailbox, newEmail, '/konfirmasi-email');
    await page.goto(linkPath('/konfirmasi-email', change));
    await page.getByRole('button', { name: 'Konfirmasi email saya' }).click();
    await page.getByText('Email Anda terkonfirmasi. Terima kasih!').waitFor();
    await page.goto('/profil');
    await expect(page.getByText(`Email: ${newEmail}`).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('ending a session from the list, then changing the password, signs the other browsers out', async () => {
    const person = { email: 'budi@warga.id', password: demoPassword };
    const browsers = await Promise.all([1, 2, 3].map(() => openContext(journey.browser, journey.app.url)));
    for (const { page } of browsers) await signIn(page, person);
    const [mine, laptop, phone] = browsers.map(({ page }) => page);

    await mine.goto('/profil');
    await mine.getByRole('link', { name: 'Sesi masuk' }).click();
    await mine.getByRole('heading', { name: 'Sesi masuk' }).waitFor();
    await expect(mine.getByText('Sesi ini').isVisible()).resolves.toBe(true);
    const endButtons = mine.getByRole('button', { name: /^Akhiri sesi/ });
    const before = await endButtons.count();
    expect(before).toBeGreaterThanOrEqual(2);
    await endButtons.first().click();
    await mine.getByText('Sesi diakhiri.').waitFor();
    expect(await mine.getByRole('button', { name: /^Akhiri sesi/ }).count()).toBe(before - 1);
    await screenshot(mine, 'sessions');

    // The newest other session is the phone's (the list is newest first).
    await phone.goto('/profil');
    expect(new URL(phone.url()).pathname).toBe('/masuk');
    await laptop.goto('/profil');
    expect(new URL(laptop.url()).pathname).toBe('/profil');

    await mine.goto('/profil');
    await mine.getByLabel('Kata sandi saat ini').first().fill('bukan-sandinya');
    await mine.getByLabel('Kata sandi baru').fill('sandi-baru-budi-2026');
    await mine.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await mine.getByRole('alert').getByText('Email atau kata sandi salah.').waitFor();
    await mine.getByLabel('Kata sandi saat ini').first().fill(demoPassword);
    await mine.getByLabel('Kata sandi baru').fill('sandi-baru-budi-2026');
    await mine.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await mine.getByText('Kata sandi diganti. Semua sesi lain sudah diakhiri.').waitFor();

    await laptop.goto('/profil');
    expect(new URL(laptop.url()).pathname).toBe('/masuk');
    await mine.goto('/profil');
    expect(new URL(mine.url()).pathname).toBe('/profil');
    for (const { context, pageErrors } of browsers) {
      expect(pageErrors).toEqual([]);
      await context.close();
    }
  });

  it('an API token from /profil works from outside the browser within its scope, and not after it is revoked', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'dewi@warga.id', password: demoPassword });
    await page.goto('/profil/token-api');
    await page.getByLabel('Nama', { exact: true }).fill('Dasbor Kelurahan');
    await page.getByRole('button', { name: 'Buat token' }).click();
    const secret = (await page.getByLabel('Token baru: Dasbor Kelurahan').textContent())!.trim();
    expect(secret).toMatch(/^gtk_/);
    await page.reload();
    await expect(page.getByText(secret).count()).resolves.toBe(0);

    const call = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${journey.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] };
    };
    expect((await call('{ viewer { displayName } }')).data?.viewer.displayName).toBe('Dewi Lestari');
    const write = await call('mutation { logout { loggedOut } }');
    expect(write.errors?.[0]).toMatchObject({ message: 'This API token lacks the WRITE scope, which a mutation needs.', extensions: { code: 'FORBIDDEN' } });

    // The partner page's curl example, run as written with the token in $GOTONG_TOKEN.
    await page.goto('/api-mitra');
    const curl = (await page.locator('pre code').first().textContent())!;
    expect(curl).toContain(`curl -s ${journey.app.url}/graphql`);
    const { stdout } = await run('bash', ['-c', curl], { env: { ...process.env, GOTONG_TOKEN: secret }, timeout: 15_000 });
    const answer = JSON.parse(stdout) as { data: { viewer: { displayName: string }; ideas: { edges: unknown[] } } };
    expect(answer.data.viewer.displayName).toBe('Dewi Lestari');
    expect(answer.data.ideas.edges).toHaveLength(3);
    await screenshot(page, 'partner-api');

    await page.goto('/profil/token-api');
    await page.getByRole('button', { name: 'Cabut token Dasbor Kelurahan' }).click();
    await page.getByText('Token dicabut.').waitFor();
    const revoked = await call('{ viewer { displayName } }');
    expect(revoked.errors?.[0]).toMatchObject({ message: 'This API token is unknown, expired or revoked.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('downloads one’s data, gives and withdraws a consent, and deletes the account from /profil', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { acceptDownloads: true });
    const person = { name: 'Yusuf Pamit', email: 'yusuf@warga.example.id', password: 'kata-sandi-yusuf-1' };
    await register(page, person);
    await page.goto('/profil');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh data saya (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gotong-data-saya-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { account: { email: string }; consents: { purpose: string }[] };
    expect(exported.account.email).toBe(person.email);
    expect(exported.consents.map((consent) => consent.purpose)).toEqual(['PRIVACY_POLICY']);

    await page.getByRole('button', { name: 'Berikan persetujuan: Profil publik' }).click();
    await page.getByText('Persetujuan tersimpan.').waitFor();
    await expect(page.getByText(/Diberikan .* \(kebijakan versi 2026-11-01\)/).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Tarik persetujuan: Profil publik' }).click();
    await page.getByText(/^Ditarik /).waitFor();

    await expect(page.getByText('Yang tetap ada, dianonimkan sebagai “Pengguna terhapus”').isVisible()).resolves.toBe(true);
    await page.getByLabel('Kata sandi Anda, untuk konfirmasi').fill('bukan-sandi-yusuf');
    await page.getByRole('button', { name: 'Hapus akun saya selamanya' }).click();
    await page.getByRole('alert').getByText('Email atau kata sandi salah.').waitFor();
    await page.getByLabel('Kata sandi Anda, untuk konfirmasi').fill(person.password);
    await page.getByRole('button', { name: 'Hapus akun saya selamanya' }).click();
    await page.getByText('Akun Anda sudah dihapus.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/masuk');
    await expect(page.getByRole('link', { name: 'Masuk' }).isVisible()).resolves.toBe(true);

    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Kata sandi').fill(person.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('works without JavaScript and at 320 px: forgot password, an API token, a consent; nothing scrolls sideways', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const fitsTheScreen = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.goto('/lupa-sandi');
    await page.getByLabel('Email').fill('bukan-email');
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByRole('alert').getByText('Alamat email tidak valid.').waitFor();
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe('bukan-email');
    await page.getByLabel('Email').fill('agus@warga.id');
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByText('Jika email itu terdaftar, tautan pengaturan ulang sudah kami kirim.').waitFor();
    expect(await fitsTheScreen()).toBe(true);

    await signIn(page, { email: 'rina@warga.id', password: demoPassword });
    await page.goto('/profil/token-api');
    await page.getByLabel('Nama', { exact: true }).fill('Integrasi tanpa JavaScript');
    await page.getByLabel('WRITE: mengubah (mutasi)').check();
    await page.getByRole('button', { name: 'Buat token' }).click();
    await expect(page.getByLabel('Token baru: Integrasi tanpa JavaScript').textContent()).resolves.toMatch(/^gtk_/);
    expect(await fitsTheScreen()).toBe(true);

    await page.goto('/profil');
    await page.getByRole('button', { name: 'Berikan persetujuan: Email pemberitahuan' }).click();
    await page.getByText('Persetujuan tersimpan.').waitFor();
    await expect(page.getByRole('button', { name: 'Tarik persetujuan: Email pemberitahuan' }).isVisible()).resolves.toBe(true);
    expect(await fitsTheScreen()).toBe(true);
    for (const path of ['/profil/sesi', '/api-mitra', '/selamat-datang', '/atur-ulang-sandi?token=abc', '/konfirmasi-email?token=abc']) {
      await page.goto(path);
      expect({ path, fits: await fitsTheScreen() }).toEqual({ path, fits: true });
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
