import { VERSION } from '../version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Defines a tag unless it already is. Loading the kit twice (two script tags, or two versions)
 * must never throw: the first definition wins and the second is ignored with a warning.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    console.warn(
      `Stagekit: <${tag}> is already defined by Stagekit ${existing.version ?? '(unknown version)'}; ` +
        `the copy from Stagekit ${constructor.version ?? VERSION} is ignored.`,
    );
  }
}
