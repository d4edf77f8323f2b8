import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** `npm start`: the demo (gallery + playground), TypeScript served as-is through esbuild. */
export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  open: '/demo/',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  watch: !process.env.CI,
};
