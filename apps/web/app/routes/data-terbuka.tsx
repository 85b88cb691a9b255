import { openDataDatasets, openDataLicence, openDataPath } from '@gotong/domain';
import type { MetaFunction } from '@remix-run/node';
import { dynamicKey, useT, withElements } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.openData', 'meta.openData.description');

/** The open-data downloads (served by the API as streams), their licence and what is left out. */
export default function OpenDataPage() {
  const t = useT();
  return (
    <>
      <header className="page-heading">
        <div>
          <h1>{t('openData.title')}</h1>
          <p className="lead">{t('openData.intro')}</p>
        </div>
      </header>

      <section aria-labelledby="open-data-licence" className="section panel">
        <h2 id="open-data-licence">{t('openData.licence.title')}</h2>
        <p>
          {withElements(t('openData.licence.text', { attribution: t('openData.licence.attribution') }), {
            licence: (
              <a href={openDataLicence.url} rel="license">
                {openDataLicence.name}
              </a>
            ),
          })}
        </p>
        <h3>{t('openData.privacy.title')}</h3>
        <p>{t('openData.privacy.text')}</p>
        <p className="meta">{t('openData.format')}</p>
      </section>

      <section aria-labelledby="open-data-datasets" className="section">
        <h2 id="open-data-datasets">{t('openData.dataset')}</h2>
        <ul className="card-list">
          {openDataDatasets.map((dataset) => {
            const title = t(dynamicKey(`openData.${dataset.name}.title`));
            return (
              <li key={dataset.name} className="card">
                <h3>{title}</h3>
                <p>{t(dynamicKey(`openData.${dataset.name}.description`))}</p>
                <ul className="inline-list">
                  {dataset.formats.map((format) => (
                    <li key={format}>
                      <a href={openDataPath(dataset.name, format)} download aria-label={t('openData.downloadAs', { dataset: title, format: format.toUpperCase() })}>
                        {format.toUpperCase()}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
