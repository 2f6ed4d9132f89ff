import './lit-warnings.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, nothing } from 'lit';
import type { MessageLoader } from '@stagekit/core';
import { StagekitElement } from '../../packages/elements/src/internal/stagekit-element.js';

// The base element's texts: when a language's texts cannot be loaded (offline on a first visit, or
// a frame that was removed), the element says so once and does not ask again on every render.

const asked = { nl: 0, en: 0 };
let offline = true;
const texts: MessageLoader<'hello'> = {
  nl: async () => {
    asked.nl++;
    if (offline) throw new Error('offline');
    return { hello: 'Hallo' };
  },
  en: async () => {
    asked.en++;
    if (offline) throw new Error('offline');
    return { hello: 'Hello' };
  },
};

class TextsElement extends StagekitElement {
  override render() {
    const t = this.messages(texts);
    if (!t) return this.messagesFailed ? html`<p role="alert">Stagekit kon zijn teksten niet laden. / Stagekit could not load its texts.</p>` : nothing;
    return html`<p>${t('hello')}</p>`;
  }
}
customElements.define('stagekit-test-texts', TextsElement);

const shown = (el: Element) => el.shadowRoot!.textContent!.trim();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('StagekitElement texts', () => {
  it('asks once for texts that failed, until it is connected again or the language changes', async () => {
    const el = await fixture<TextsElement>(html`<stagekit-test-texts lang="nl"></stagekit-test-texts>`);
    await waitUntil(() => shown(el).includes('could not load'), 'the failure is shown');
    await pause(300);
    // Asking again on every render was a loop without end: the page froze.
    expect(asked.nl).to.equal(1);
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await waitUntil(() => asked.en === 1, 'English is asked for');
    await pause(100);
    expect(asked.en).to.equal(1);

    offline = false;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => shown(el) === 'Hello', 'connected again, the texts load');
    expect(asked.en).to.equal(2);
    expect(asked.nl).to.equal(1);
  });
});
