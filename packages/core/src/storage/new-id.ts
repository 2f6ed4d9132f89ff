/** A lower-case id that is unique enough for drafts, files and calendar UIDs (also outside secure contexts). */
export function newId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return random.toLowerCase();
}
