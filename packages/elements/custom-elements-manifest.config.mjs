/**
 * Custom Elements Manifest for the `stagekit` package. The analyzer reads this file from the working
 * directory (`packages/elements`), so `custom-elements-manifest analyze` needs no flags; flags given
 * on the command line still win.
 *
 * The `stagekit-manifest` plugin corrects what `--litelement` gets wrong for this code base:
 * - Reactive state (`state: true` in `static properties`), `attribute: false` properties, and
 *   private/protected members are not attributes.
 * - Lit lower-cases attribute names unless `attribute: '…'` says otherwise (`fooBar` → `foobar`).
 * - The generic `emit(name, detail)` helper of StagekitElement is not an event called `name`:
 *   events whose name is a variable (`new CustomEvent(name, …)`) are dropped.
 * - `@fires` tags without a type get it from the `StagekitEventMap` interface (src/internal/events.ts),
 *   the same map that types `emit()`, so the manifest cannot drift from what the compiler checks.
 *   A type written in the tag (`@fires {CustomEvent<X>} name - …`) is kept.
 * - `customElements.define(tag, constructor)` inside the generic `defineElement()` helper is not a
 *   definition of a tag called `tag`; `SomeElement.define('stagekit-x')` (StagekitElement's static
 *   `define`) is, and is listed as a `custom-element-definition` export of the module that calls it.
 */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function stagekitManifest({ eventMapInterface = 'StagekitEventMap' } = {}) {
  /** event name → type text, e.g. 'stagekit-error' → 'CustomEvent<StagekitErrorDetail>' */
  const eventTypes = new Map();
  /** `${modulePath}#${className}` → Map(property name → { state, attribute }) */
  const litProperties = new Map();
  /** `${modulePath}#${className}` → Set of event "names" that were really variables */
  const dynamicEventNames = new Map();
  /** module path → [{ tag, className }] for `ClassName.define('tag-name')` calls */
  const staticDefineCalls = new Map();

  const key = (modulePath, className) => `${modulePath}#${className}`;

  return {
    name: 'stagekit-manifest',

    analyzePhase({ ts, node, moduleDoc }) {
      // 1. The event map: interface StagekitEventMap { 'stagekit-x': CustomEvent<XDetail>; … }
      if (ts.isInterfaceDeclaration(node) && node.name.text === eventMapInterface) {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue;
          const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : member.name.getText();
          eventTypes.set(name, member.type.getText());
        }
        return;
      }

      // 2. `static properties = { foo: { state: true }, bar: { attribute: 'bar-baz' } }`
      if (ts.isClassDeclaration(node) && node.name) {
        const properties = new Map();
        for (const member of node.members) {
          const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || !member.name || member.name.getText() !== 'properties') continue;
          let object;
          if (ts.isPropertyDeclaration(member) && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
            object = member.initializer;
          } else if (ts.isGetAccessorDeclaration(member)) {
            const returned = member.body?.statements.find(ts.isReturnStatement)?.expression;
            if (returned && ts.isObjectLiteralExpression(returned)) object = returned;
          }
          for (const property of object?.properties ?? []) {
            if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const options = {};
            for (const option of property.initializer.properties) {
              if (!ts.isPropertyAssignment(option)) continue;
              const optionName = option.name.getText();
              const value = option.initializer;
              if (optionName === 'state') options.state = value.kind === ts.SyntaxKind.TrueKeyword;
              if (optionName === 'attribute') {
                if (value.kind === ts.SyntaxKind.FalseKeyword) options.attribute = false;
                else if (ts.isStringLiteralLike(value)) options.attribute = value.text;
              }
            }
            properties.set(property.name.getText(), options);
          }
        }
        litProperties.set(key(moduleDoc.path, node.name.text), properties);
        return;
      }

      // 3. `SomeElement.define('stagekit-x')`: StagekitElement's own way to register a tag.
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text !== 'customElements' &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        node.arguments[0].text.includes('-')
      ) {
        const calls = staticDefineCalls.get(moduleDoc.path) ?? [];
        calls.push({ tag: node.arguments[0].text, className: node.expression.expression.text });
        staticDefineCalls.set(moduleDoc.path, calls);
        return;
      }

      // 4. `new CustomEvent(name, …)` where `name` is a variable, not a string.
      if (ts.isNewExpression(node) && ['CustomEvent', 'Event'].includes(node.expression.getText())) {
        const first = node.arguments?.[0];
        if (!first || ts.isStringLiteralLike(first)) return;
        let parent = node.parent;
        while (parent && !(ts.isClassDeclaration(parent) && parent.name)) parent = parent.parent;
        if (!parent) return;
        const classKey = key(moduleDoc.path, parent.name.text);
        if (!dynamicEventNames.has(classKey)) dynamicEventNames.set(classKey, new Set());
        dynamicEventNames.get(classKey).add(first.getText());
      }
    },

    packageLinkPhase({ customElementsManifest }) {
      // Inheritance has been applied by now, so a subclass carries copies of its bases' items.
      // Look a class up by name to follow `inheritedFrom` back to where an item was declared.
      const declaredIn = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') declaredIn.set(declaration.name, module.path);
        }
      }
      const origin = (declaration, modulePath, item) =>
        item.inheritedFrom
          ? key(item.inheritedFrom.module ?? declaredIn.get(item.inheritedFrom.name), item.inheritedFrom.name)
          : key(modulePath, declaration.name);

      for (const module of customElementsManifest.modules) {
        // Definitions: drop `customElements.define(variable, …)`; add `X.define('tag-name')`.
        if (module.exports) {
          module.exports = module.exports.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'));
        }
        for (const { tag, className } of staticDefineCalls.get(module.path) ?? []) {
          const declaringModule = declaredIn.get(className);
          if (!declaringModule) continue;
          module.exports ??= [];
          if (!module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
            module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declaringModule } });
          }
        }

        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const members = declaration.members ?? [];
          const memberNamed = (name) => members.find((member) => member.name === name && !member.static);

          // Attributes
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => {
              const fieldName = attribute.fieldName ?? attribute.name;
              const member = memberNamed(fieldName);
              const options = litProperties.get(origin(declaration, module.path, attribute))?.get(fieldName) ?? {};
              const hidden = options.state || options.attribute === false || member?.privacy === 'private' || member?.privacy === 'protected';
              if (hidden) {
                if (member) delete member.attribute;
                return false;
              }
              if (options.attribute === undefined && attribute.name !== attribute.name.toLowerCase()) {
                attribute.name = attribute.name.toLowerCase();
                if (member) member.attribute = attribute.name;
              }
              return true;
            });
            if (declaration.attributes.length === 0) delete declaration.attributes;
          }

          // Events
          if (declaration.events) {
            declaration.events = declaration.events.filter(
              (event) => !dynamicEventNames.get(origin(declaration, module.path, event))?.has(event.name),
            );
            for (const event of declaration.events) {
              if (!event.type && eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
            }
            if (declaration.events.length === 0) delete declaration.events;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has `"customElements": "custom-elements.json"`; never rewrite it.
  packagejson: false,
  plugins: [stagekitManifest()],
};
