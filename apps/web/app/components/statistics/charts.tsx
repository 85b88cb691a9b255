import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/**
 * Charts drawn on the server as SVG (ADR 025): d3-scale places, d3-shape draws lines, React writes the markup, so a page
 * shows its charts without JavaScript. Each chart is named by the heading and summary beside it (`labelledBy`); the
 * data table under it is the full record for screen readers.
 */

const width = 400;
const seriesClasses = ['series-0', 'series-1', 'series-2', 'series-3', 'series-4', 'series-5'];
export const seriesClass = (index: number) => seriesClasses[index % seriesClasses.length]!;

type ChartProps = { labelledBy: string };

export type Bar = { label: string; value: number; valueText: string };

/** One horizontal bar per row, its label above it and its value at its end: readable at 320 px. */
export function BarChart({ bars, labelledBy }: ChartProps & { bars: Bar[] }) {
  const rowHeight = 44;
  const height = bars.length * rowHeight;
  const y = scaleBand<number>()
    .domain(bars.map((_, index) => index))
    .range([0, height]);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((bar) => bar.value))])
    .range([0, width - 56]);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="chart" role="img" aria-labelledby={labelledBy}>
      {bars.map((bar, index) => {
        const top = y(index) ?? 0;
        return (
          <g key={bar.label}>
            <text x={0} y={top + 15} className="chart-label">
              {bar.label}
            </text>
            <rect x={0} y={top + 21} width={Math.max(bar.value > 0 ? 2 : 0, x(bar.value))} height={16} className="chart-bar series-0" />
            <text x={x(bar.value) + 6} y={top + 34} className="chart-value">
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type Series = { name: string; values: (number | null)[] };

const plotTop = 12;
const plotBottom = 36;
const plotLeft = 40;
const plotHeight = 200;

/** Every `step`-th label, so that month names do not run into each other. */
const labelStep = (count: number) => Math.max(1, Math.ceil(count / 6));

function ValueAxis({ ticks, y, format }: { ticks: number[]; y: (value: number) => number; format: (value: number) => string }) {
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={plotLeft} x2={width} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={plotLeft - 6} y={y(tick) + 4} textAnchor="end" className="chart-tick">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

function CategoryAxis({ labels, x }: { labels: string[]; x: (index: number) => number }) {
  const step = labelStep(labels.length);
  return (
    <g>
      {labels.map((label, index) =>
        index % step === 0 ? (
          <text key={label} x={x(index)} y={plotHeight - plotBottom + 18} textAnchor="middle" className="chart-tick">
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** Columns per month, one per series side by side, on a value axis from zero. */
export function ColumnChart({ labels, series, labelledBy, format }: ChartProps & { labels: string[]; series: Series[]; format: (value: number) => string }) {
  const x = scaleBand<number>()
    .domain(labels.map((_, index) => index))
    .range([plotLeft, width])
    .paddingInner(0.2);
  const inner = scaleBand<number>()
    .domain(series.map((_, index) => index))
    .range([0, x.bandwidth()]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...series.flatMap((entry) => entry.values.map((value) => value ?? 0)))])
    .range([plotHeight - plotBottom, plotTop])
    .nice();
  const ticks = y.ticks(4).filter(Number.isInteger);
  return (
    <svg viewBox={`0 0 ${width} ${plotHeight}`} className="chart" role="img" aria-labelledby={labelledBy}>
      <ValueAxis ticks={ticks} y={y} format={format} />
      {series.map((entry, seriesIndex) =>
        entry.values.map((value, index) =>
          value ? (
            <rect
              key={`${seriesIndex}-${index}`}
              x={(x(index) ?? 0) + (inner(seriesIndex) ?? 0)}
              y={y(value)}
              width={inner.bandwidth()}
              height={y(0) - y(value)}
              className={`chart-bar ${seriesClass(seriesIndex)}`}
            />
          ) : null,
        ),
      )}
      <CategoryAxis labels={labels} x={(index) => (x(index) ?? 0) + x.bandwidth() / 2} />
    </svg>
  );
}

/** Lines over months on a fixed value range (the IKM's 25..100), with marks at `guides` (the grade boundaries). */
export function LineChart({
  labels,
  series,
  domain,
  guides,
  labelledBy,
  format,
}: ChartProps & { labels: string[]; series: Series[]; domain: [number, number]; guides: number[]; format: (value: number) => string }) {
  const x = scalePoint<number>()
    .domain(labels.map((_, index) => index))
    .range([plotLeft, width - 8])
    .padding(0.5);
  const y = scaleLinear().domain(domain).range([plotHeight - plotBottom, plotTop]);
  const path = line<number | null>()
    .defined((value) => value !== null)
    .x((_, index) => x(index) ?? 0)
    .y((value) => y(value ?? domain[0]));
  return (
    <svg viewBox={`0 0 ${width} ${plotHeight}`} className="chart" role="img" aria-labelledby={labelledBy}>
      <ValueAxis ticks={y.ticks(3)} y={y} format={format} />
      {guides.map((guide) => (
        <line key={guide} x1={plotLeft} x2={width} y1={y(guide)} y2={y(guide)} className="chart-guide" />
      ))}
      {series.map((entry, seriesIndex) => (
        <g key={entry.name} className={seriesClass(seriesIndex)}>
          <path d={path(entry.values) ?? undefined} className="chart-line" />
          {entry.values.map((value, index) => (value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r={4} className="chart-point" />))}
        </g>
      ))}
      <CategoryAxis labels={labels} x={(index) => x(index) ?? 0} />
    </svg>
  );
}
