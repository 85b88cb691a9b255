import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn, subscribed } from '../support/browser.js';
import { api, demoCitizen, demoPassword } from '../support/built-app.js';


describe('web: the notification centre', () => {
  const journey = browserJourney();

  it('a follower sees a new comment arrive live, marks all read and turns that kind off', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, demoCitizen);
    const citizenToken = (await api(journey.app, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: demoCitizen })).login.token;
    const idea = (await api(journey.app, `{ ideas(first: 1) { edges { node { id title } } } }`)).ideas.edges[0].node;
    await api(journey.app, `mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`, { input: { subjectId: idea.id } }, citizenToken);
    await api(journey.app, `mutation { markNotificationsRead(input: {}) { unreadCount } }`, {}, citizenToken);

    // The header's badge and the list each subscribe.
    const live = subscribed(page, 'NotificationAdded', 2);
    await page.goto('/notifikasi');
    await page.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    await live;
    await expect(page.getByTestId('unread-count').count()).resolves.toBe(0);

    const neighbour = (
      await api(journey.app, `mutation ($input: RegisterInput!) { register(input: $input) { token } }`, {
        input: { email: 'tetangga@warga.example.id', password: 'kata-sandi-tetangga', displayName: 'Agus Tetangga', acceptPrivacyPolicy: true },
      })
    ).register.token;
    await api(journey.app, `mutation ($input: AddCommentInput!) { addComment(input: $input) { errors { code } } }`, { input: { subjectId: idea.id, body: 'Saya juga mengalaminya minggu lalu.' } }, neighbour);

    // No reload: the badge and the list follow the WebSocket.
    await page.getByTestId('unread-count').filter({ hasText: '1' }).waitFor();
    await page.getByText(`Agus Tetangga berkomentar di “${idea.title}” yang Anda ikuti`).waitFor();
    await screenshot(page, 'notifications-live');

    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByText('Semua notifikasi ditandai sudah dibaca.').waitFor();
    await expect(page.getByTestId('unread-count').count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Pengaturan notifikasi' }).click();
    await page.getByLabel('Komentar baru pada yang saya ikuti').selectOption({ label: 'Jangan beri tahu' });
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByText('Pengaturan notifikasi disimpan.').waitFor();
    await expect(page.getByLabel('Komentar baru pada yang saya ikuti').inputValue()).resolves.toBe('OFF');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("a partner reads the agency's review of its proposal in words, with the note, linked to the proposal", async () => {
    const login = async (email: string) => (await api(journey.app, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: demoPassword } })).login.token;
    const agencyToken = await login('hendra@dukcapil.bandung.go.id');
    const proposals = (await api(journey.app, `{ pilotProposals(first: 20) { edges { node { id title status } } } }`, {}, agencyToken)).pilotProposals.edges;
    const proposal = proposals.map((edge: { node: Record<string, string> }) => edge.node).find((node: Record<string, string>) => node.status === 'UNDER_REVIEW');
    const reviewed = await api(
      journey.app,
      `mutation ($input: ReviewPilotProposalInput!) { reviewPilotProposal(input: $input) { errors { code } } }`,
      { input: { proposalId: proposal.id, status: 'CHANGES_REQUESTED', note: 'Mohon lampirkan alur data ke SIAK terpusat.' } },
      agencyToken,
    );
    expect(reviewed.reviewPilotProposal.errors).toEqual([]);

    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'andi@nusantaradigital.co.id', password: demoPassword });
    await page.goto('/notifikasi');
    const link = page.getByRole('link', { name: `Usulan uji coba Anda “${proposal.title}” telah ditinjau: Perlu perbaikan` });
    await expect(link.getAttribute('href')).resolves.toBe(`/usulan-pilot/${proposal.id}`);
    await page.getByText('Mohon lampirkan alur data ke SIAK terpusat.').waitFor();

    await page.goto('/notifikasi/pengaturan');
    for (const label of ['Tinjauan usulan uji coba organisasi saya', 'Usulan uji coba yang masuk ke instansi saya', 'Usulan diterima yang menunggu inovasinya dibuat', 'Perubahan pelatihan yang saya ikuti']) {
      await expect(page.getByLabel(label).inputValue()).resolves.toBe('IN_APP');
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
