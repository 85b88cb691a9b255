import { useSearchParams } from '@remix-run/react';
import { isKnownMessage, useT } from '~/lib/i18n';
import { noticeParameter } from '~/lib/notice';

/** The confirmation of the last action, from the address (only known message keys are shown). */
export function Notice({ values }: { values?: Record<string, string> }) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const key = searchParams.get(noticeParameter);
  if (!key || !isKnownMessage(key)) return null;
  return (
    <div className="notice" role="status">
      {t(key, values)}
    </div>
  );
}
