// Checks the built packages as an integrator receives them. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = (name: string) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
const targets = (exportsMap: Record<string, unknown>): string[] =>
  Object.values(exportsMap).flatMap((value) =>
    typeof value === 'string' ? [value] : Object.entries(value as Record<string, string>).filter(([condition]) => condition !== 'stagekit-source').map(([, path]) => path),
  );

for (const name of ['core', 'elements']) {
  test(`every export of ${name} points at a built file`, () => {
    const manifest = pkg(name);
    for (const target of targets(manifest.exports)) {
      if (target.includes('*')) continue;
      assert.ok(existsSync(join(root, 'packages', name, target)), `${name}: ${target}`);
    }
  });
}

test('the element package declares its side effects, manifest and version', async () => {
  const manifest = pkg('elements');
  assert.deepEqual(manifest.sideEffects, ['./dist/**/define.js', './dist/autoloader.js', './src/**/define.ts', './src/autoloader.ts', './cdn/**']);
  assert.equal(pkg('core').sideEffects, false);
  const cem = JSON.parse(readFileSync(join(root, 'packages/elements', manifest.customElements), 'utf8'));
  const tags = cem.modules.flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? []).map((d: { tagName?: string }) => d.tagName);
  for (const tag of ['stagekit-cao-lookup', 'stagekit-compensation-checker', 'stagekit-schedule-planner', 'stagekit-agreement-builder', 'stagekit-report-form']) assert.ok(tags.includes(tag), tag);
  const { VERSION } = await import('../../packages/elements/src/version.ts');
  assert.equal(VERSION, manifest.version);
});

test('the class entry defines nothing; the define entry does', () => {
  const dist = join(root, 'packages/elements/dist');
  assert.ok(!/\.define\(/.test(readFileSync(join(dist, 'index.js'), 'utf8')));
  for (const widget of ['cao-lookup', 'compensation-checker', 'schedule-planner', 'agreement-builder', 'report-form']) {
    assert.ok(!/\.define\(/.test(readFileSync(join(dist, `${widget}/${widget}.js`), 'utf8')), widget);
    assert.match(readFileSync(join(dist, `${widget}/define.js`), 'utf8'), new RegExp(`\\.define\\('stagekit-${widget}'\\)`));
    assert.ok(existsSync(join(dist, `${widget}/${widget}.d.ts`)), widget);
    assert.ok(existsSync(join(root, 'packages/elements/cdn', `${widget}.js`)), widget);
  }
});

test('the CDN build fetches the dataset instead of inlining it', () => {
  const cdn = join(root, 'packages/elements/cdn');
  assert.ok(existsSync(join(cdn, 'data/cao-dataset.json')));
  for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js'))) {
    assert.ok(!readFileSync(join(cdn, file), 'utf8').includes('cao-jeugdzorg'), file);
  }
});
