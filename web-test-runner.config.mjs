// Browser tests in three engines, all from Debian packages (no browser downloads):
// Chromium (chrome launcher), Firefox ESR (puppeteer, WebDriver BiDi) and WebKitGTK's MiniBrowser
// (WebKitWebDriver). BROWSERS=chromium,firefox,webkit picks them; scripts/test.mjs runs all three.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim());
// WTR_COVERAGE=1 (set by scripts/test.mjs): Chromium's V8 coverage of packages/, as istanbul JSON for
// scripts/coverage.mjs, which merges it with the node tests' coverage and checks the thresholds.
const coverage = process.env.WTR_COVERAGE === '1';
const CHROMIUM_ARGS = [
  '--no-sandbox', // required when running as root (CI runs as root)
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // For the leak test (test/browser/memory.test.ts): window.gc() and exact heap sizes.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS } }),
  );
}
if (wanted.includes('firefox')) {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  browsers.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } }));
}
if (wanted.includes('webkit')) {
  const { sturdyWebkitLauncher } = await import('./scripts/webkit-launcher.mjs');
  browsers.push(
    sturdyWebkitLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without this, webdriverio asks for BiDi, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      },
    }),
  );
}

export default {
  files: 'test/browser/**/*.test.ts',
  // "development": Lit's development build, whose warnings fail the tests (test/browser/lit-warnings.ts).
  nodeResolve: { exportConditions: ['stagekit-source', 'development', 'browser', 'import', 'default'] },
  concurrency: 1,
  // Two at a time: three browsers on two cores made WebKitWebDriver miss its answers now and then.
  concurrentBrowsers: 2,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180_000),
  testFramework: { config: { timeout: 10_000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  middleware: [(await import('./test/fixtures/datasets/dataset-faults-middleware.mjs')).datasetFaultsMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    (await import('./test/fixtures/report/receiver-plugin.mjs')).reportReceiverPlugin(),
  ],
  browsers,
  coverage,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    report: true,
    reportDir: 'test-results/coverage/browser',
    reporters: ['json'],
  },
  reporters: [defaultReporter(), countingReporter(process.env.WTR_COUNT_FILE)],
};
