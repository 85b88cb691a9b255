import { catalogue } from '@gotong/messages';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { provideDictionary } from './i18n';
import { pageMeta } from './meta';

const routes = fileURLToPath(new URL('../routes', import.meta.url));

describe('page titles and descriptions', () => {
  beforeAll(() => {
    provideDictionary('id', catalogue.id);
    provideDictionary('en', catalogue.en);
  });

  it("are worded in the page's language, with the loader's data", () => {
    const idea = { key: 'meta.idea', values: { title: 'Lampu taman' } } as const;
    expect(pageMeta([{ id: 'root', data: { locale: 'en' } }], idea)).toEqual([
      { title: 'Idea: Lampu taman · Gotong' },
      { name: 'description', content: catalogue.en['meta.description'] },
    ]);
    expect(pageMeta([{ id: 'root', data: { locale: 'id' } }], idea)[0]).toEqual({ title: 'Gagasan: Lampu taman · Gotong' });
    expect(pageMeta([], 'meta.surveys', 'surveys.intro')[1]).toEqual({ name: 'description', content: catalogue.id['surveys.intro'] });
  });

  it('come from pageMeta on every route that renders a page', () => {
    const pages = readdirSync(routes).filter((file) => file.endsWith('.tsx') && /export default function/.test(readFileSync(`${routes}/${file}`, 'utf8')));
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter((file) => !/export const meta: MetaFunction(<typeof loader>)? = \(\{[^}]*matches[^}]*\}\) => pageMeta\(/.test(readFileSync(`${routes}/${file}`, 'utf8')))).toEqual([]);
  });
});
