// `npm test`: a quiet build, then every vitest project with one dot a test (failures in full); arguments go to vitest,
// and with arguments or VERBOSE=1 vitest's usual reporter lists each file.
import { spawnSync } from 'node:child_process';
import { buildQuietly, checkRuntime, root, verbose } from './quiet-build.mjs';

checkRuntime('test');
buildQuietly();
const args = process.argv.slice(2);
const reporter = verbose || args.length > 0 ? [] : ['--reporter=dot'];
const tests = spawnSync('npx', ['vitest', 'run', ...reporter, ...args], { cwd: root, stdio: 'inherit' });
process.exit(tests.status ?? 1);
