// Builds the CDN folder (packages/elements/cdn): one Vite build per entry of vite.cdn.config.ts.
import { spawnSync } from 'node:child_process';

const entries = ['autoloader', 'cao-lookup', 'compensation-checker', 'schedule-planner', 'agreement-builder', 'report-form'];
entries.forEach((entry, index) => {
  const result = spawnSync('npx', ['vite', 'build', '-c', 'vite.cdn.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, CDN_ENTRY: entry, CDN_EMPTY: index === 0 ? '1' : '0' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
});
console.log(`build-cdn: ${entries.join(', ')}`);
