// Generates src/policy/sdk-surface.generated.ts from the installed @anthropic-ai/sdk declarations.
// Run with `npm run generate:surface`; tests/policy/surface-catalog.test.ts fails when the output is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Node, Project, ts } from 'ts-morph';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_PATH = join(root, 'src/policy/sdk-surface.generated.ts');

const require = createRequire(join(root, 'package.json'));
const sdkDir = dirname(require.resolve('@anthropic-ai/sdk'));

/** Methods the catalog reads request params from: Messages bodies and batch requests. */
const PARAM_METHOD_PATTERN = /^(beta\.)?messages\.(create|stream|parse|countTokens|toolRunner|thread|batches\.create)$/;

function extendsApiResource(type) {
  const seen = new Set();
  const stack = [type];
  while (stack.length > 0) {
    const current = stack.pop();
    if (seen.has(current)) continue;
    seen.add(current);
    if (current.getSymbol()?.getName() === 'APIResource') return true;
    stack.push(...current.getBaseTypes());
  }
  return false;
}

function declaredInApiResourceBase(symbol) {
  return symbol.getDeclarations().every((d) => {
    const cls = d.getFirstAncestorByKind(ts.SyntaxKind.ClassDeclaration);
    return cls?.getName() === 'APIResource';
  });
}

/** The object types a parameter type stands for: through type parameters' constraints and unions. */
function objectTypes(type) {
  if (type.isTypeParameter()) {
    const constraint = type.getConstraint();
    return constraint ? objectTypes(constraint) : [];
  }
  if (type.isUnion()) return type.getUnionTypes().flatMap(objectTypes);
  return (type.isObject() || type.isIntersection()) && !type.isArray() ? [type] : [];
}

function stringLiterals(type) {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  return members.filter((t) => t.isStringLiteral()).map((t) => t.getLiteralValue());
}

function walkResources(project) {
  const client = project.getSourceFileOrThrow(join(sdkDir, 'client.d.ts')).getClassOrThrow('Anthropic');
  const resources = [];
  const methodParams = {};
  const toolTypes = new Set();
  const visit = (path, type, node) => {
    const methods = [];
    for (const symbol of type.getProperties()) {
      const name = symbol.getName();
      if (name.startsWith('_') || name.startsWith('#') || declaredInApiResourceBase(symbol)) continue;
      const declaration = symbol.getDeclarations()[0];
      if (!declaration) continue;
      if (Node.isMethodDeclaration(declaration)) {
        if (declaration.hasModifier(ts.SyntaxKind.PrivateKeyword) || declaration.hasModifier(ts.SyntaxKind.ProtectedKeyword)) continue;
        methods.push(name);
        const methodPath = [...path, name].join('.');
        if (PARAM_METHOD_PATTERN.test(methodPath)) readParams(methodPath, symbol.getDeclarations().filter((d) => Node.isMethodDeclaration(d)));
        continue;
      }
      if (!Node.isPropertyDeclaration(declaration)) continue;
      const propertyType = symbol.getTypeAtLocation(node);
      if (propertyType.isClassOrInterface() && extendsApiResource(propertyType)) visit([...path, name], propertyType, node);
    }
    if (path.length > 0) resources.push({ path: path.join('.'), status: path[0] === 'beta' ? 'beta' : 'ga', methods: methods.sort() });
  };
  const readParams = (methodPath, declarations) => {
    const keys = new Set();
    for (const declaration of declarations) {
      for (const parameter of declaration.getParameters()) {
        if (parameter.getName() === 'options') continue;
        for (const member of objectTypes(parameter.getType().getNonNullableType())) {
          for (const property of member.getProperties()) keys.add(property.getName());
          const element = member.getProperty('tools')?.getTypeAtLocation(parameter).getNonNullableType().getArrayElementType();
          for (const tool of element ? (element.isUnion() ? element.getUnionTypes() : [element]) : []) {
            const typeProperty = tool.getProperty('type');
            if (typeProperty) for (const literal of stringLiterals(typeProperty.getTypeAtLocation(parameter))) toolTypes.add(literal);
          }
        }
      }
    }
    methodParams[methodPath] = [...keys].sort();
  };
  visit([], client.getType(), client);
  resources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sortedParams = Object.fromEntries(Object.entries(methodParams).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { resources, methodParams: sortedParams, toolTypes: [...toolTypes].sort() };
}

function aliasLiterals(project, file, name) {
  const alias = project.getSourceFileOrThrow(join(sdkDir, file)).getTypeAliasOrThrow(name);
  return [...new Set(stringLiterals(alias.getType()))].sort();
}

/** The SDK's deprecation tables live in its JavaScript, so they are read from there. */
function deprecationTables(project) {
  const deprecated = {};
  const thinkingWarnings = new Set();
  for (const file of ['resources/messages/messages.js', 'resources/beta/messages/messages.js', 'internal/data/deprecated-models.js', 'internal/data/models-to-warn-with-thinking-enabled.js']) {
    let text;
    try {
      text = readFileSync(join(sdkDir, file), 'utf8');
    } catch {
      continue;
    }
    const source = project.createSourceFile(join(root, '.tmp-surface', file), text, { overwrite: true, scriptKind: ts.ScriptKind.JS });
    source.forEachDescendant((node) => {
      if (!Node.isObjectLiteralExpression(node) && !Node.isArrayLiteralExpression(node)) return;
      const owner = node.getParent();
      const name = Node.isVariableDeclaration(owner)
        ? owner.getName()
        : Node.isBinaryExpression(owner)
          ? owner.getLeft().getText().replace(/^exports\./, '')
          : null;
      if (name === 'DEPRECATED_MODELS' && Node.isObjectLiteralExpression(node)) {
        for (const property of node.getProperties()) {
          if (!Node.isPropertyAssignment(property)) continue;
          const initializer = property.getInitializer();
          if (Node.isStringLiteral(initializer)) deprecated[property.getName().replace(/^['"]|['"]$/g, '')] = initializer.getLiteralValue();
        }
      } else if (name === 'MODELS_TO_WARN_WITH_THINKING_ENABLED' && Node.isArrayLiteralExpression(node)) {
        for (const element of node.getElements()) if (Node.isStringLiteral(element)) thinkingWarnings.add(element.getLiteralValue());
      }
    });
  }
  const sortedDeprecated = Object.fromEntries(Object.entries(deprecated).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { deprecated: sortedDeprecated, thinkingWarnings: [...thinkingWarnings].sort() };
}

const json = (value) => JSON.stringify(value, null, 2).replace(/"/g, "'");

/** The generated module's text; deterministic for one installed SDK. */
export function renderSurface() {
  const version = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')).version;
  const project = new Project({
    compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, types: [], allowJs: true, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Node10 },
    skipAddingFilesFromTsConfig: true,
  });
  project.addSourceFileAtPath(join(sdkDir, 'client.d.ts'));
  project.resolveSourceFileDependencies();
  const { resources, methodParams, toolTypes } = walkResources(project);
  const betas = aliasLiterals(project, 'resources/beta/beta.d.ts', 'AnthropicBeta');
  const models = aliasLiterals(project, 'resources/messages/messages.d.ts', 'Model');
  const { deprecated, thinkingWarnings } = deprecationTables(project);
  const resourceLines = resources.map(
    (r) => `  { path: '${r.path}', status: '${r.status}', methods: [${r.methods.map((m) => `'${m}'`).join(', ')}] },`,
  );
  return [
    `// Generated by \`npm run generate:surface\` from @anthropic-ai/sdk ${version}. Do not edit by hand.`,
    '',
    `export const SDK_VERSION = '${version}';`,
    '',
    '/** A resource of the client (`beta.messages.batches`), its methods, and its namespace. */',
    'export interface SdkResource {',
    '  readonly path: string;',
    "  readonly status: 'ga' | 'beta';",
    '  readonly methods: readonly string[];',
    '}',
    '',
    'export const SDK_RESOURCES: readonly SdkResource[] = [',
    ...resourceLines,
    '];',
    '',
    '/** Request param keys of the methods that take a Messages body (batch creation takes `requests`). */',
    `export const SDK_METHOD_PARAMS: Readonly<Record<string, readonly string[]>> = ${json(methodParams)};`,
    '',
    '/** Every tool `type` literal a Messages request accepts (GA and beta). */',
    `export const SDK_TOOL_TYPES: readonly string[] = ${json(toolTypes)};`,
    '',
    '/** The `AnthropicBeta` literals: beta flags the SDK knows. */',
    `export const SDK_BETA_FLAGS: readonly string[] = ${json(betas)};`,
    '',
    '/** The `Model` literals. */',
    `export const SDK_MODELS: readonly string[] = ${json(models)};`,
    '',
    '/** Model id -> end-of-life date, merged from every deprecation table the SDK ships. */',
    `export const SDK_DEPRECATED_MODELS: Readonly<Record<string, string>> = ${json(deprecated)};`,
    '',
    '/** Models the SDK warns about when `thinking.type` is `enabled`. */',
    `export const SDK_MODELS_TO_WARN_WITH_THINKING_ENABLED: readonly string[] = ${json(thinkingWarnings)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTPUT_PATH, renderSurface());
  console.log(`Wrote ${OUTPUT_PATH}`);
}
