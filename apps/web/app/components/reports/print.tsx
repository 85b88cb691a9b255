import { useEffect, useState } from 'react';
import { useT } from '~/lib/i18n';

/** Opens the browser's print dialog; shown once the page is interactive (without JavaScript, the browser's own menu prints). */
export function PrintButton({ label }: { label: string }) {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  if (!interactive) return null;
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}

/** The block a printed report is signed in: place and date, the head of the agency, name and employee number. */
export function ReportSignature({ agency }: { agency: string }) {
  const t = useT();
  return (
    <section aria-labelledby="report-signature" className="report-signature">
      <h2 id="report-signature">{t('reports.signature.title')}</h2>
      <dl>
        <div>
          <dt>{t('reports.signature.place')}</dt>
          <dd className="signature-line" />
        </div>
        <div>
          <dt>{t('reports.signature.role', { agency })}</dt>
          <dd className="signature-space" />
        </div>
        <div>
          <dt>{t('reports.signature.name')}</dt>
          <dd className="signature-line" />
        </div>
        <div>
          <dt>{t('reports.signature.id')}</dt>
          <dd className="signature-line" />
        </div>
      </dl>
    </section>
  );
}
