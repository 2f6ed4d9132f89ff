// WCAG 2.2 AA 2.5.8 (target size, minimum): every checkbox and radio button in every widget is at
// least 24 × 24 CSS pixels, also at a phone's width, where a long label next to it could squeeze
// it. (Lighthouse found a 16.6 × 20 px checkbox in the planner that way.)
import './lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/cao-lookup/define.js';
import '../../packages/elements/src/compensation-checker/define.js';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/report-form/define.js';
import '../../packages/elements/src/schedule-planner/define.js';

const MINIMUM = 24;

const WIDGETS = {
  'stagekit-cao-lookup': html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`,
  'stagekit-compensation-checker': html`<stagekit-compensation-checker lang="nl"></stagekit-compensation-checker>`,
  'stagekit-agreement-builder': html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`,
  'stagekit-report-form': html`<stagekit-report-form storage="memory" meldpunt-name="Meldpunt" meldpunt-email="meldpunt@school.example"></stagekit-report-form>`,
  'stagekit-schedule-planner': html`<stagekit-schedule-planner storage="memory"></stagekit-schedule-planner>`,
};

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The checkboxes and radios on screen (not hidden). */
const shownControls = (el: Widget) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')].filter((control) => control.getClientRects().length > 0);

/** The checkboxes and radios on screen that are smaller than 24 × 24 px. */
function smallControls(el: Widget): string[] {
  return shownControls(el)
    .map((control) => ({ control, rect: control.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < MINIMUM - 0.01 || rect.height < MINIMUM - 0.01)
    .map(({ control, rect }) => `${control.id || control.name || control.type}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}`);
}

const controlCount = (el: Widget) => shownControls(el).length;

describe('target size of checkboxes and radio buttons (WCAG 2.2 AA)', () => {
  for (const [tag, template] of Object.entries(WIDGETS)) {
    it(`<${tag}> at 320 px wide: every checkbox and radio, on every step, is at least 24 × 24 px`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">${template}</div>`);
      const el = box.firstElementChild as Widget;
      await el.updateComplete;
      await waitUntil(() => (el.shadowRoot?.textContent ?? '').trim() !== '', `<${tag}> did not render`, { timeout: 8000 });
      // The lookup keeps its filters (a checkbox) behind a button.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')?.click();
      await el.updateComplete;
      const small = smallControls(el);
      let seen = controlCount(el);
      // Stepped widgets: every step the stepper lets the user open.
      for (const [index] of el.shadowRoot!.querySelectorAll('nav.stepper button.step').entries()) {
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav.stepper button.step')[index]?.click();
        await el.updateComplete;
        await new Promise((done) => setTimeout(done, 50));
        small.push(...smallControls(el));
        seen += controlCount(el);
      }
      expect(seen, `<${tag}> shows checkboxes or radios to measure`).to.be.greaterThan(0);
      expect([...new Set(small)], 'controls smaller than 24 × 24 px').to.deep.equal([]);
    });
  }
});
