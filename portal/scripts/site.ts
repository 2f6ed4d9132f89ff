/// <reference types="vite/client" />
// Runs on every portal page: offline use (service worker), the offline notice, and a language switch
// that keeps what the address carries (e.g. `?prefill-type=` on the report page).
const english = document.documentElement.lang === 'en';

const OFFLINE = english
  ? 'You are offline. Pages you opened before still work, and what you fill in stays on this device. Sending waits until you are online.'
  : 'Je bent offline. Pagina’s die je eerder opende, werken nog. Wat je invult, blijft op dit apparaat. Versturen kan pas als je weer online bent.';
const BACK_ONLINE = english ? 'You are online again.' : 'Je bent weer online.';

const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
let wasOffline = false;
function showConnection(): void {
  if (!notice) return;
  const offline = !navigator.onLine;
  notice.textContent = offline ? OFFLINE : wasOffline ? BACK_ONLINE : '';
  notice.toggleAttribute('data-offline', offline);
  wasOffline ||= offline;
}
addEventListener('online', showConnection);
addEventListener('offline', showConnection);
showConnection();

const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
if (languageSwitch && (location.search || location.hash)) {
  const target = new URL(languageSwitch.href);
  target.search = location.search;
  target.hash = location.hash;
  languageSwitch.href = target.href;
}

// The service worker (Workbox, generated at build time) keeps every page and widget for offline use.
// Not in the dev server, where the files change all the time, and not from a page shown inside another
// page's frame: that is no visit to the portal (and in WebKitGTK a frame's install blocked the next frame).
if ('serviceWorker' in navigator && import.meta.env.PROD && window.top === window) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(new URL(/* @vite-ignore */ '../sw.js', import.meta.url), { scope: new URL(/* @vite-ignore */ '../', import.meta.url).pathname }).catch(() => {
      // Without a service worker the portal still works online; nothing to tell the user.
    });
  });
}
