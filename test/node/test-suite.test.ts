// The browser suite's own rules: every test file fails on Lit's warnings, and Lit is its development build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const browserTests = new URL('../browser/', import.meta.url);

describe('browser test suite', () => {
  it('every browser test file imports lit-warnings first', () => {
    const files = readdirSync(browserTests).filter((name) => name.endsWith('.test.ts'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const firstImport = readFileSync(new URL(file, browserTests), 'utf8').match(/^import .*$/m)?.[0];
      assert.equal(firstImport, "import './lit-warnings.js';", file);
    }
  });

  it("web-test-runner resolves Lit's development build", () => {
    const config = readFileSync(new URL('../../web-test-runner.config.mjs', import.meta.url), 'utf8');
    assert.match(config, /exportConditions: \[[^\]]*'development'/);
  });
});
