// The built portal's pages in English, in every engine: see ./portal-smoke.ts.
import { smokeTestPortal } from './portal-smoke.js';

smokeTestPortal('en');
