import { useT } from '~/lib/i18n';
import { useFormatNumber } from './format';

type Point = { id: string; period: string; ikm: number };

const width = 640;
const height = 200;
const top = 16;
const bottom = 40;

/**
 * The IKM of each closed survey as bars on the 25..100 scale, with the grade boundaries drawn across. Decoration
 * for sighted readers: its label says the same values, and the table beside it is the full record.
 */
export function IkmChart({ points }: { points: Point[] }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  if (points.length === 0) return null;
  const slot = width / points.length;
  const barWidth = Math.min(64, slot * 0.6);
  const y = (ikm: number) => top + ((100 - ikm) / 75) * (height - top - bottom);
  const label = t('services.page.chartLabel', { values: points.map((point) => `${point.period}: ${formatNumber(point.ikm, 2)}`).join('; ') });
  return (
    <figure className="ikm-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {[88.31, 76.61, 65].map((boundary) => (
          <line key={boundary} x1={0} x2={width} y1={y(boundary)} y2={y(boundary)} className="ikm-chart-boundary" />
        ))}
        {points.map((point, index) => {
          const x = index * slot + (slot - barWidth) / 2;
          return (
            <g key={point.id}>
              <rect x={x} y={y(point.ikm)} width={barWidth} height={y(25) - y(point.ikm)} className="ikm-chart-bar" />
              <text x={x + barWidth / 2} y={y(point.ikm) - 4} textAnchor="middle" className="ikm-chart-value">
                {formatNumber(point.ikm, 2)}
              </text>
              <text x={x + barWidth / 2} y={height - bottom + 16} textAnchor="middle" className="ikm-chart-label">
                {point.period.length > 24 ? `${point.period.slice(0, 23)}…` : point.period}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('services.page.chart')}</figcaption>
    </figure>
  );
}
