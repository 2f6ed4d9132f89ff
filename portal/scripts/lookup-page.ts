// The CAO lookup page. The element itself comes from the CDN autoloader, as on an integrator's page;
// this only reacts to its public event. (The type import adds Stagekit's event types, no code.)
import type {} from 'stagekit';

const chosen = document.querySelector<HTMLElement>('#chosen');
const english = document.documentElement.lang === 'en';

document.querySelector('stagekit-cao-lookup')?.addEventListener('stagekit-cao-select', (event) => {
  const { cao } = event.detail;
  if (!chosen) return;
  chosen.textContent = english
    ? `You chose ${cao.name}. The details above show the amount, the conditions and the source.`
    : `Je koos ${cao.name}. Hierboven zie je het bedrag, de voorwaarden en de bron.`;
});
