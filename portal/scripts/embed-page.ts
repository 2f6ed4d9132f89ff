// The embed page ("Insluiten"). The configurator is the portal's own element (not a Stagekit
// widget); its live preview is a real widget in the light DOM, defined by the CDN autoloader that the
// layout adds to this page, as on an integrator's page. The code it writes points to that same
// autoloader, by its absolute address.
import '../embed/embed-configurator.ts';

const configurator = document.querySelector('portal-embed-configurator');
const autoloader = document.querySelector<HTMLScriptElement>('script[type="module"][src$="cdn/autoloader.js"]');
if (configurator && autoloader?.src && !configurator.hasAttribute('autoloader-src')) {
  configurator.setAttribute('autoloader-src', autoloader.src);
}
