import { isOpenDataDataset, openDataDatasets, openDataLicence, openDataPath, type OpenDataFormat } from '@gotong/domain';
import type { Request } from 'express';
import { sendCsv, sendJson, type HttpRoutes } from '../../core/downloads.js';
import { openDataSources } from './open-data-datasets.js';

const attribution = 'Gotong: platform inovasi pelayanan publik';

/** Where the downloads' links point (the request's own origin, as the site is served behind its proxy). */
function originOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** GET /data-terbuka/<dataset>.<csv|json>: public, the same for everyone, under CC BY 4.0 (stated in the Link header and the JSON). */
export const openDataDownloads: HttpRoutes = (router, contextFor) => {
  router.get('/data-terbuka/:file', async (request, response, next) => {
    const match = /^([a-z-]+)\.(csv|json)$/.exec(request.params.file ?? '');
    const name = match?.[1] ?? '';
    const format = match?.[2] as OpenDataFormat | undefined;
    if (!format || !isOpenDataDataset(name) || !openDataDatasets.find((dataset) => dataset.name === name)!.formats.some((offered) => offered === format)) {
      next();
      return;
    }
    try {
      const context = await contextFor(request);
      const source = openDataSources[name];
      const rows = source.rows({ context, format, origin: originOf(request) });
      const download = { filename: `gotong-${name}.${format}`, licence: openDataLicence };
      if (format === 'csv') {
        await sendCsv(response, { ...download, columns: source.columns, rows });
      } else {
        const meta = { dataset: name, licence: openDataLicence, attribution, source: `${originOf(request)}${openDataPath(name, format)}`, generatedAt: new Date().toISOString() };
        await sendJson(response, { ...download, meta, rows });
      }
    } catch (error) {
      next(error);
    }
  });
};
