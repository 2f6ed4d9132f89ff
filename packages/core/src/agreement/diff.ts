import { AGREEMENT_FIELDS, fieldDefinition } from './fields.js';
import type { Agreement, AgreementFields } from './model.js';
import { canonicalValue } from './values.js';

export type FieldChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: string;
  kind: FieldChangeKind;
  before?: string;
  after?: string;
}

const FORM_ORDER = new Map(AGREEMENT_FIELDS.map((field, index) => [field.id, index]));

/** What changed between two versions, in form order. Changes of spelling only ("32,5" → "32.5") are no change. */
export function diffFields(before: AgreementFields, after: AgreementFields): FieldChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const id of ids) {
    const field = fieldDefinition(id);
    const old = canonicalValue(field, before[id] ?? '');
    const now = canonicalValue(field, after[id] ?? '');
    if (old === now) continue;
    if (!old) changes.push({ field: id, kind: 'added', after: after[id] });
    else if (!now) changes.push({ field: id, kind: 'removed', before: before[id] });
    else changes.push({ field: id, kind: 'changed', before: before[id], after: after[id] });
  }
  return changes.sort((a, b) => (FORM_ORDER.get(a.field) ?? 1e9) - (FORM_ORDER.get(b.field) ?? 1e9));
}

export interface VersionChanges {
  version: number;
  /** What changed compared with the version before. */
  changes: FieldChange[];
}

/** For every version after the first, what changed since the one before; newest first. */
export function versionChanges(agreement: Agreement): VersionChanges[] {
  const versions = [...agreement.history.map((entry) => ({ version: entry.version, fields: entry.fields })), { version: agreement.version, fields: agreement.fields }];
  const list: VersionChanges[] = [];
  for (let index = 1; index < versions.length; index += 1) {
    list.push({ version: versions[index]!.version, changes: diffFields(versions[index - 1]!.fields, versions[index]!.fields) });
  }
  return list.reverse();
}
