// The built portal's pages in Dutch, in every engine: see ./portal-smoke.ts.
import './lit-warnings.js';
import { smokeTestPortal } from './portal-smoke.js';

smokeTestPortal('nl');
