import { apiTokenScopes, createApiTokenSchema, defaultTimeZone, endOfDayInZone } from '@gotong/domain';
import { CreateApiTokenDocument, MyApiTokensDocument, RevokeApiTokenDocument, type ApiTokenScope } from '@gotong/graphql-client';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Field, FieldMessages, useFieldWiring } from '~/components/field';
import { AppForm, ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { dynamicKey, useFormatDate, useT, withElements } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.apiTokens');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const after = new URL(request.url).searchParams.get('setelah');
  const { apiTokens } = await graphql({ request, context }, MyApiTokensDocument, { first: 20, after });
  return { apiTokens, defaultExpiry: new Date(Date.now() + 90 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10) };
}

function tokenInput(formData: FormData) {
  const scopes = formData.getAll('scopes').filter((scope): scope is ApiTokenScope => (apiTokenScopes as readonly unknown[]).includes(scope));
  const day = textOf(formData, 'expiresAt');
  // A day typed in the form ends at the end of that day in Jakarta (WIB).
  return { name: textOf(formData, 'name') ?? '', scopes, expiresAt: day ? (endOfDayInZone(day, defaultTimeZone)?.toISOString() ?? day) : '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent');
  if (intent === 'revoke') {
    const { revokeApiToken } = await graphql({ request, context }, RevokeApiTokenDocument, { input: { id: textOf(formData, 'id') ?? '' } });
    if (revokeApiToken.errors.length > 0) return failure(formData, fromUserErrors(revokeApiToken.errors, intent));
    return redirect(withNotice('/profil/token-api', 'accounts.apiTokens.revoked'));
  }
  const parsed = validate(createApiTokenSchema, tokenInput(formData));
  if (!parsed.data) return failure(formData, { intent: 'create', fieldErrors: parsed.fieldErrors });
  const input = { ...parsed.data, scopes: parsed.data.scopes as ApiTokenScope[], expiresAt: parsed.data.expiresAt.toISOString() };
  const { createApiToken } = await graphql({ request, context }, CreateApiTokenDocument, { input });
  if (!createApiToken.secret || !createApiToken.apiToken) return failure(formData, fromUserErrors(createApiToken.errors, 'create'));
  // Answered, not redirected: the secret exists only in this response.
  return data({ created: { name: createApiToken.apiToken.name, secret: createApiToken.secret } }, { headers: { 'Cache-Control': 'no-store' } });
}

/** The scope checkboxes as one group, with the group's error under its legend. */
function ScopeChoices() {
  const t = useT();
  const { id, error, errorId, describedBy } = useFieldWiring('scopes', undefined);
  return (
    <fieldset className={['field', error ? 'field-invalid' : ''].filter(Boolean).join(' ')} id={id} aria-describedby={describedBy}>
      <legend>{t('accounts.apiTokens.scopes')}</legend>
      <FieldMessages error={error} errorId={errorId} />
      {apiTokenScopes.map((scope) => (
        <div key={scope} className="field field-checkbox">
          <input type="checkbox" id={`${id}-${scope}`} name="scopes" value={scope} defaultChecked={scope === 'READ'} />
          <label htmlFor={`${id}-${scope}`}>{t(dynamicKey(`accounts.apiTokens.scope${scope}`))}</label>
        </div>
      ))}
    </fieldset>
  );
}

export default function ApiTokens() {
  const t = useT();
  const formatDate = useFormatDate();
  const { apiTokens, defaultExpiry } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const created = answer && 'created' in answer ? answer.created : null;
  return (
    <div className="two-columns">
      <section className="narrow" aria-labelledby="tokens-title">
        <p>
          <Link to="/profil">{t('accounts.profile.title')}</Link>
        </p>
        <h1 id="tokens-title">{t('accounts.apiTokens.title')}</h1>
        <Notice />
        <p>{withElements(t('accounts.apiTokens.intro'), { guide: <Link to="/api-mitra">{t('accounts.apiTokens.guide')}</Link> })}</p>
        {created ? (
          <div className="notice" role="status">
            <h2>{t('accounts.apiTokens.secretTitle', { name: created.name })}</h2>
            <p>{t('accounts.apiTokens.secretOnce')}</p>
            <p>
              <code className="secret" aria-label={t('accounts.apiTokens.secretTitle', { name: created.name })}>
                {created.secret}
              </code>
            </p>
          </div>
        ) : null}
        <h2>{t('accounts.apiTokens.create')}</h2>
        <AppForm intent="create" schema={createApiTokenSchema} toInput={tokenInput}>
          <Field name="name" label={t('accounts.apiTokens.name')} hint={t('accounts.apiTokens.nameHint')} required />
          <ScopeChoices />
          <Field name="expiresAt" type="date" label={t('accounts.apiTokens.expiresAt')} hint={t('accounts.apiTokens.expiresHint')} defaultValue={defaultExpiry} required />
          <button type="submit" className="button">
            {t('accounts.apiTokens.submit')}
          </button>
        </AppForm>
      </section>
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title">{t('accounts.apiTokens.list')}</h2>
        {apiTokens.edges.length === 0 ? (
          <EmptyState>{t('accounts.apiTokens.none')}</EmptyState>
        ) : (
          <ul className="card-list">
            {apiTokens.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <p>
                  <strong>{node.name}</strong>
                </p>
                <p className="meta">
                  {t('accounts.apiTokens.details', {
                    scopes: node.scopes.join(', '),
                    expires: formatDate(node.expiresAt),
                    lastUsed: node.lastUsedAt ? t('accounts.apiTokens.lastUsed', { date: formatDate(node.lastUsedAt) }) : t('accounts.apiTokens.neverUsed'),
                  })}
                </p>
                <ButtonForm intent="revoke" hidden={{ id: node.id }} className="button button-small button-danger" label={t('accounts.apiTokens.revokeLabel', { name: node.name })}>
                  {t('accounts.apiTokens.revoke')}
                </ButtonForm>
              </li>
            ))}
          </ul>
        )}
        <Pagination pageInfo={apiTokens.pageInfo} />
      </section>
    </div>
  );
}
