// The built portal's pages in English, in every engine: see ./portal-smoke.ts.
import './lit-warnings.js';
import { smokeTestPortal } from './portal-smoke.js';

smokeTestPortal('en');
