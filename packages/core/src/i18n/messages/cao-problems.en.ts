import type { Messages } from '../translate.js';
import type { CaoProblemMessageKey } from './cao-problems.nl.js';

/** The same in English. */
export const caoProblemMessagesEn: Messages<CaoProblemMessageKey> = {
  'error.dataset-unreachable': 'The list of CAOs could not be loaded. Check your internet connection and try again.',
  'error.dataset-timeout': 'The list of CAOs does not load: there is still no answer after {seconds} seconds. Please try again.',
  'error.dataset-webpage': 'The CAO file could not be read: the link gives a web page, not a JSON file. Please tell the manager of this website.',
  'error.dataset-not-json': 'The CAO file could not be read: it is not a JSON file. Please tell the manager of this website.',
  'error.dataset-invalid': 'The CAO file is not a Stagekit CAO dataset. Please tell the manager of this website. Error: {problem}',
  rejectedNotice: {
    one: '1 CAO from the list is not shown because it contains an error. The other CAOs still work.',
    other: '{count} CAOs from the list are not shown because they contain errors. The other CAOs still work.',
  },
  rejectedItem: 'Number {number} ({id}): {problems}',
  rejectedMore: { one: 'And 1 more CAO with an error.', other: 'And {count} more CAOs with an error.' },
  storageFallback: 'Your recent searches are not saved: this browser does not allow storage now (for example in a private window, or because another tab has an older version of this page open). Everything else works as usual.',
  storageSaveFailed: 'Your recent searches could not be saved (storage may be full). They stay on this page only. Searching works as usual.',
  storageRejected: 'A saved search could not be read. It was skipped and not deleted.',
  invalidLevel: 'The education level "{value}" does not exist. You now see all levels.',
  invalidDate: 'The date "{value}" is not valid (use YYYY-MM-DD). CAOs are checked against today\'s date.',
  rejectedItemNoId: 'Number {number}: {problems}',
};
