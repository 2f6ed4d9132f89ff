/**
 * The part of the Custom Elements Manifest that the Docs pages show: what an integrator can use.
 * `packages/elements/custom-elements.json` also lists private and protected fields, static members
 * and, for every attribute, the property behind it; Storybook would show each of those as a row.
 * Here an element keeps its attributes, events, CSS parts and custom properties, and only the
 * public instance properties that no attribute already covers (`plan`, `agreement`, `input`, …).
 */
export interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
  [key: string]: unknown;
}

export interface ManifestDeclaration extends ManifestItem {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
  slots?: ManifestItem[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[]; exports?: unknown[] }[];
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The manifest with each element's members cut down to its public, attribute-less properties. */
export function publicApi(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.tagName) return declaration;
        const attributeFields = new Set((declaration.attributes ?? []).flatMap((attribute) => [attribute.fieldName ?? attribute.name, camelCase(attribute.name)]));
        const members = (declaration.members ?? []).filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            (member.privacy === undefined || member.privacy === 'public') &&
            !member.attribute &&
            !attributeFields.has(member.name),
        );
        return { ...declaration, members };
      }),
    })),
  };
}

/** Every element (tag name → declaration), for the design-token story. */
export function elementsOf(manifest: Manifest): ManifestDeclaration[] {
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
}
