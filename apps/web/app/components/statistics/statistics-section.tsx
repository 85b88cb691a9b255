import { EmptyState } from '~/components/empty-state';
import { useLocale, useT } from '~/lib/i18n';
import { BarChart, ColumnChart, LineChart, seriesClass, type Series } from './charts';
import { formatNumber } from '@gotong/messages/format';
import { cellText, cellValue, type StatisticsTable } from './statistics-tables';

/** The IKM's grade boundaries (PermenPANRB 14/2017), drawn across its charts. */
const gradeBoundaries = [88.31, 76.61, 65];

function Legend({ names }: { names: string[] }) {
  return (
    <ul className="chart-legend">
      {names.map((name, index) => (
        <li key={name}>
          <span className={`chart-swatch ${seriesClass(index)}`} />
          {name}
        </li>
      ))}
    </ul>
  );
}

function TableChart({ table, labelledBy }: { table: StatisticsTable; labelledBy: string }) {
  const locale = useLocale();
  const { chart, columns, rows } = table;
  const text = (row: StatisticsTable['rows'][number], index: number) => cellText(locale, row[index]!, columns[index]!);
  const format = (value: number) => formatNumber(locale, value, 0);
  if (chart.kind === 'bars') {
    const bars = rows.flatMap((row) => (typeof row[chart.value] === 'number' ? [{ label: text(row, chart.label), value: row[chart.value] as number, valueText: text(row, chart.value) }] : []));
    return <BarChart bars={bars} labelledBy={labelledBy} />;
  }
  if (chart.kind === 'columns') {
    const series: Series[] = chart.values.map((index) => ({ name: columns[index]!.label, values: rows.map((row) => row[index] as number) }));
    return (
      <>
        <ColumnChart labels={rows.map((row) => text(row, chart.label))} series={series} labelledBy={labelledBy} format={format} />
        {series.length > 1 ? <Legend names={series.map((entry) => entry.name)} /> : null}
      </>
    );
  }
  const months = [...new Set(rows.map((row) => String(cellValue(row[chart.x]!))))].sort();
  const monthText = new Map(rows.map((row) => [String(cellValue(row[chart.x]!)), text(row, chart.x)]));
  const names = [...new Set(rows.map((row) => text(row, chart.series)))];
  const series: Series[] = names.map((name) => ({
    name,
    values: months.map((month) => {
      const row = rows.find((candidate) => text(candidate, chart.series) === name && String(cellValue(candidate[chart.x]!)) === month);
      return row && typeof row[chart.value] === 'number' ? (row[chart.value] as number) : null;
    }),
  }));
  return (
    <>
      <LineChart labels={months.map((month) => monthText.get(month)!)} series={series} domain={[25, 100]} guides={gradeBoundaries} labelledBy={labelledBy} format={format} />
      <Legend names={names} />
    </>
  );
}

/** Headline numbers (the home page's and /statistik's), each a term and its value. */
export function FigureList({ figures }: { figures: [label: string, value: string][] }) {
  return (
    <dl className="figures">
      {figures.map(([label, value]) => (
        <div key={label} className="figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One chart of /statistik: its title, a sentence that sums it up, the chart, its data table (keyboard reachable) and its CSV. */
export function StatisticsSection({ table, search }: { table: StatisticsTable; search: string }) {
  const t = useT();
  const locale = useLocale();
  const id = `statistik-${table.id}`;
  return (
    <section className="section statistics-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{table.title}</h2>
      <p id={`${id}-summary`}>{table.summary}</p>
      {table.rows.length > 0 ? (
        <>
          <div className="chart-frame">
            <TableChart table={table} labelledBy={`${id}-title ${id}-summary`} />
          </div>
          <details className="statistics-data">
            <summary>{t('statistics.table.show', { title: table.title })}</summary>
            {/* Focusable, so that a keyboard reaches the table and a screen reader announces it by its caption. */}
            <div className="statistics-table" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
              <table className="table">
                <caption id={`${id}-caption`}>{table.title}</caption>
                <thead>
                  <tr>
                    {table.columns.map((column) => (
                      <th key={column.label} scope="col" className={column.decimals === undefined ? undefined : 'numeric'}>
                        {column.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {row.map((cell, index) => {
                        const column = table.columns[index]!;
                        const content = cellText(locale, cell, column);
                        return index === 0 ? (
                          <th key={index} scope="row" data-label={column.label}>
                            {content}
                          </th>
                        ) : (
                          <td key={index} data-label={column.label} className={column.decimals === undefined ? undefined : 'numeric'}>
                            {content}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          <p>
            <a href={`/statistik/${table.id}.csv${search}`} download={`statistik-${table.id}.csv`}>
              {t('statistics.table.download', { title: table.title })}
            </a>
          </p>
        </>
      ) : (
        <EmptyState>{t('statistics.empty')}</EmptyState>
      )}
    </section>
  );
}
