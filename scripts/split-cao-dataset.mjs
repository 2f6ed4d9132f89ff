// Writes every record of the bundled CAO dataset as a dataset of one (packages/core/data/cao/<id>.json),
// so a widget that needs one CAO (the vacancy badge) fetches a few KB instead of the whole file.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const data = fileURLToPath(new URL('../packages/core/data/', import.meta.url));
const dataset = JSON.parse(readFileSync(`${data}cao-dataset.json`, 'utf8'));
rmSync(`${data}cao`, { recursive: true, force: true });
mkdirSync(`${data}cao`, { recursive: true });
for (const record of dataset.records) {
  const single = { $schema: dataset.$schema, version: dataset.version, date: dataset.date, records: [record] };
  writeFileSync(`${data}cao/${record.id}.json`, JSON.stringify(single));
}
console.log(`split-cao-dataset: ${dataset.records.length} records`);
