/**
 * What the CAO lookup says when something is wrong (its dataset fails or has broken records, an
 * attribute is invalid, the browser keeps nothing), in Dutch at B1 level. Apart from the lookup's
 * other texts: a page where all is well never downloads these.
 */
export const caoProblemMessagesNl = {
  'error.dataset-unreachable': 'De lijst met cao\'s kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.',
  'error.dataset-timeout': 'De lijst met cao\'s laadt niet: na {seconds} seconden is er nog geen antwoord. Probeer het opnieuw.',
  'error.dataset-webpage': 'Het bestand met cao\'s kon niet worden gelezen: de link geeft een webpagina, geen JSON-bestand. Meld dit aan de beheerder van deze website.',
  'error.dataset-not-json': 'Het bestand met cao\'s kon niet worden gelezen: het is geen JSON-bestand. Meld dit aan de beheerder van deze website.',
  'error.dataset-invalid': 'Het bestand met cao\'s is geen cao-dataset van Stagekit. Meld dit aan de beheerder van deze website. Fout: {problem}',
  rejectedNotice: {
    one: '1 cao uit de lijst wordt niet getoond, omdat er een fout in staat. De andere cao\'s werken wel.',
    other: '{count} cao\'s uit de lijst worden niet getoond, omdat er een fout in staat. De andere cao\'s werken wel.',
  },
  rejectedItem: 'Nummer {number} ({id}): {problems}',
  rejectedMore: { one: 'En nog 1 andere cao met een fout.', other: 'En nog {count} andere cao\'s met een fout.' },
  storageFallback: 'Je recente zoekopdrachten worden niet bewaard: de browser staat opslaan nu niet toe (bijvoorbeeld in een privévenster, of omdat een ander tabblad een oudere versie van deze pagina open heeft). Alles werkt verder gewoon.',
  storageSaveFailed: 'Je recente zoekopdrachten konden niet worden bewaard (misschien is de opslag vol). Ze staan alleen in deze pagina. Zoeken werkt gewoon.',
  storageRejected: 'Een bewaarde zoekopdracht kon niet worden gelezen. Die is overgeslagen en niet gewist.',
  invalidLevel: 'Het opleidingsniveau "{value}" bestaat niet. Je ziet nu alle niveaus.',
  invalidDate: 'De datum "{value}" is niet geldig (gebruik JJJJ-MM-DD). De cao\'s worden bekeken op de datum van vandaag.',
  rejectedItemNoId: 'Nummer {number}: {problems}',
};

export type CaoProblemMessageKey = keyof typeof caoProblemMessagesNl;
