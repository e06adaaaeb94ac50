// npm run rules:test — runs every configs/<node>/tests/*.json against the node's rule set as the files resolve it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../../env/env.js';
import { loadConfiguredPlugins } from '../../plugins/loader.js';
import { ROOT } from '../../paths.js';
import { runDiskTests } from '../rule-tests/disk.js';
import { formatReport } from '../rule-tests/report.js';

const env = loadEnv(process.env);
const dir = path.resolve(ROOT, process.argv[2] ?? env.CONFIGS_DIR);
const plugins = await loadConfiguredPlugins(env.PLUGINS, path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'plugins'));
const { problems, suites } = await runDiskTests(dir, plugins);
const { text, failed } = formatReport(problems, suites);
console.log(text);
process.exitCode = failed > 0 ? 1 : 0;
