// `npm run build`: emits dist/ (ES modules + .d.ts) from src/ with the TypeScript compiler, and
// copies the theme stylesheets.
import { cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
cpSync('src/themes', 'dist/themes', { recursive: true });
