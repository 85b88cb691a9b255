/**
 * Open data: what Gotong publishes for re-use, under CC BY 4.0, with no personal data. One list serves the API's
 * download routes and the web page that links them.
 */
export const openDataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const openDataDatasets = [
  { name: 'gagasan', formats: ['csv', 'json'] },
  { name: 'inovasi', formats: ['csv', 'json'] },
  { name: 'inovasi-tahapan', formats: ['csv', 'json'] },
  { name: 'inovasi-kpi', formats: ['csv', 'json'] },
  { name: 'survei', formats: ['csv', 'json'] },
] as const;

export type OpenDataDatasetName = (typeof openDataDatasets)[number]['name'];
export type OpenDataFormat = (typeof openDataDatasets)[number]['formats'][number];

/** The path of a dataset's download, e.g. /data-terbuka/gagasan.csv. */
export function openDataPath(name: OpenDataDatasetName, format: OpenDataFormat): string {
  return `/data-terbuka/${name}.${format}`;
}

export function isOpenDataDataset(name: string): name is OpenDataDatasetName {
  return openDataDatasets.some((dataset) => dataset.name === name);
}
