// `npm start`: a quiet build, then Gotong in this process with a few plain lines instead of JSON logs
// (LOG_LEVEL=info brings the logs back).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildQuietly, checkRuntime, root } from './quiet-build.mjs';

checkRuntime('start');
buildQuietly();
process.env.LOG_LEVEL ??= 'warn';
const { main } = await import(pathToFileURL(path.join(root, 'apps/api/dist/main.js')).href);
await main({ banner: true });
