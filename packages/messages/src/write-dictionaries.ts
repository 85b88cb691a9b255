import { mkdirSync, writeFileSync } from 'node:fs';
import { catalogue } from './catalogue.js';
import { locales } from './define.js';

// One JSON file per language, so a browser downloads only the language of its page.
const folder = new URL('./dictionaries/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const locale of locales) writeFileSync(new URL(`${locale}.json`, folder), JSON.stringify(catalogue[locale]));
