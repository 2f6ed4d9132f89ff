import { z } from 'zod/mini';
import { REPORT_FORMAT } from './model.js';
import { reportPayloadSchema, reportWireSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of the wire format, made from the zod schemas with zod 4's
 * `toJSONSchema`, which works with zod/mini schemas. Zod's length, pattern, size and enum checks
 * carry over; refinements (a real calendar day, no date after `created`, unique ids, the envelope's
 * id equal to the report's, the size of `data`) cannot, so the schema says them in `description`,
 * `uniqueItems`, `if`/`then` and `anyOf` where JSON Schema can. The decrypted envelope is
 * `$defs.ReportPayload`. Published as packages/core/data/report-schema-v1.json (a test keeps the
 * file equal to this).
 */
export function reportWireJsonSchema(): Record<string, unknown> {
  // The ids (Report, AttachmentMeta, Envelope) and descriptions are set with z.meta in schema.ts.
  const options = { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw', reused: 'inline' } as const;
  const wire = z.toJSONSchema(reportWireSchema, options) as Record<string, unknown> & { $defs?: Record<string, unknown> };
  const payload = z.toJSONSchema(reportPayloadSchema, options) as Record<string, unknown> & { $defs?: Record<string, unknown> };
  const { $schema: _schema, $defs: payloadDefs, ...payloadRoot } = payload;
  const { $schema, $defs, ...root } = wire;
  return {
    $schema,
    $id: `urn:stagekit:schema:${REPORT_FORMAT.replace('/', ':')}`,
    ...root,
    $defs: { ...$defs, ...payloadDefs, ReportPayload: { description: 'The decrypted envelope: the report and its attachments\' metadata.', ...payloadRoot } },
  };
}
