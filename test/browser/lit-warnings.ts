// Lit's development build (web-test-runner resolves the "development" export condition) warns
// about mistakes: an update scheduled while updating, a class field hiding a reactive property,
// APIs about to go. Each such warning fails the test during which it appeared; only the notice
// that development mode is on is allowed. Every browser test file imports this module first.
const warnings: string[] = [];
const warn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text)) warnings.push(text);
  warn(...args);
};

afterEach(function () {
  if (!warnings.length) return;
  const found = warnings.splice(0);
  throw new Error(`Lit warned during "${this.currentTest?.fullTitle() ?? 'a test'}": ${found.join(' | ')}`);
});

export {};
