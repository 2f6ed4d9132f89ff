import './lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// This file runs in its own page, where nothing has defined the tags yet.
describe('autoloader', () => {
  it('defines an element the first time its tag appears, and only then', async () => {
    const present = await fixture(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    expect(customElements.get('stagekit-cao-lookup')).to.equal(undefined);
    await import('../../packages/elements/src/autoloader.js');
    // The first load fetches the whole module graph from the dev server: allow it time.
    await waitUntil(() => customElements.get('stagekit-cao-lookup'), 'the tag already on the page was not defined', { timeout: 8000 });
    await waitUntil(() => present.shadowRoot?.querySelector('input[role="combobox"]'), 'no render', { timeout: 8000 });

    const later = document.createElement('stagekit-cao-lookup');
    later.setAttribute('storage', 'memory');
    document.body.append(later);
    await waitUntil(() => later.shadowRoot?.querySelector('input[role="combobox"]'), 'an element added later did not upgrade');
    later.remove();
  });

  it('also defines the schedule planner when its tag appears, and not before', async () => {
    await import('../../packages/elements/src/autoloader.js');
    expect(customElements.get('stagekit-schedule-planner')).to.equal(undefined);
    const planner = document.createElement('stagekit-schedule-planner');
    planner.setAttribute('storage', 'memory');
    document.body.append(planner);
    await waitUntil(() => customElements.get('stagekit-schedule-planner'), 'the planner was not defined', { timeout: 8000 });
    await waitUntil(() => planner.shadowRoot?.querySelector('.grid button[data-date], ol.list'), 'the planner did not render its calendar', { timeout: 8000 });
    planner.remove();
  });
});
