/**
 * Lasting notices about attributes, one list per attribute: when the page corrects an attribute (or
 * removes it), its notice goes away; the notices about other attributes stay.
 */
export type AttributeNotices = ReadonlyMap<string, readonly string[]>;

/** The notices after `checked` attributes were read again and `found` are their problems now. */
export function replaceAttributeNotices(current: AttributeNotices, checked: Iterable<string>, found: ReadonlyMap<string, readonly string[]>): AttributeNotices {
  const next = new Map(current);
  for (const name of checked) next.delete(name);
  for (const [name, texts] of found) if (texts.length) next.set(name, texts);
  return next;
}

/** An attribute's value as a message quotes it: a page may set a megabyte; the user reads 80 characters. */
export function quotedValue(value: string): string {
  return Array.from(value).slice(0, 80).join('');
}

/** Which check of each attribute is the newest: the words load asynchronously, and a slow check must not undo a newer one. */
export class AttributeChecks {
  private readonly newest = new Map<string, object>();

  /** Starts a check of these attributes; the answer says, later, whether it is still the newest for one. */
  start(names: Iterable<string>): (name: string) => boolean {
    const token = {};
    for (const name of names) this.newest.set(name, token);
    return (name) => this.newest.get(name) === token;
  }
}
