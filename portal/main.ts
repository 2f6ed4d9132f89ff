// The portal uses Stagekit exactly as an integrator would: through the package's public exports.
import 'stagekit/cao-lookup/define.js';

const chosen = document.querySelector<HTMLElement>('#chosen');
const english = document.documentElement.lang === 'en';

document.querySelector('stagekit-cao-lookup')?.addEventListener('stagekit-cao-select', (event) => {
  const { cao } = event.detail;
  if (!chosen) return;
  chosen.textContent = english
    ? `You chose ${cao.name}. The details above show the amount, the conditions and the source.`
    : `Je koos ${cao.name}. Hierboven zie je het bedrag, de voorwaarden en de bron.`;
});
