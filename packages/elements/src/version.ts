/** Kept equal to package.json's version (a test checks it); shown when two copies meet on a page. */
export const VERSION = '0.1.0';
