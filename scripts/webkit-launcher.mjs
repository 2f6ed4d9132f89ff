// WebKitGTK through WebKitWebDriver, with one repair: now and then the driver does not answer the
// navigation to about:blank that closes a test page (UND_ERR_HEADERS_TIMEOUT), after every result
// of that page has already arrived. That is a driver fault, not a test failure, so the launcher
// says so, ends the browser session and lets the next test file start a new one. A page whose tests
// did not report still fails through the runner's own timeouts.
import { webdriverLauncher } from '@web/test-runner-webdriver';

/** @param {Parameters<typeof webdriverLauncher>[0]} options */
export function sturdyWebkitLauncher(options) {
  const launcher = webdriverLauncher(options);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    try {
      return await stopSession(id);
    } catch (error) {
      console.warn(`\nWebKitWebDriver did not close a finished test page (${error?.message ?? error}); starting a new browser session for the next file.`);
      await launcher.stop();
      return {};
    }
  };
  return launcher;
}
