// The embed page ("Insluiten"). The configurator is the portal's own element (not a Stagekit
// widget); its live preview is a real widget in the light DOM, defined by the CDN autoloader that the
// layout adds to this page, as on an integrator's page. The code it writes points to that same
// autoloader, by its absolute address (the element finds it on the page itself).
import '../embed/embed-configurator.ts';
