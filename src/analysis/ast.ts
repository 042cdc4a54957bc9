import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

export type FunctionLike =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export type ClassLike = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Strips syntax that does not change a value: TS assertions, `!`, `satisfies`, optional chains. */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

export function isFunctionLike(node: TSESTree.Node): node is FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

export function isClassLike(node: TSESTree.Node): node is ClassLike {
  return node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression;
}

/** The name of a non-computed key (identifier, private name, string or number literal). */
export function plainKeyName(key: TSESTree.Node): string | null {
  switch (key.type) {
    case AST_NODE_TYPES.Identifier:
      return key.name;
    case AST_NODE_TYPES.PrivateIdentifier:
      return `#${key.name}`;
    case AST_NODE_TYPES.Literal:
      return typeof key.value === 'string' || typeof key.value === 'number' ? String(key.value) : null;
    default:
      return null;
  }
}

/** A call's argument at `index`, unless it is missing or spread. */
export function argumentOf(node: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Node | null {
  const found = node.arguments[index];
  return found && found.type !== AST_NODE_TYPES.SpreadElement ? found : null;
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Calls `visit` on every node below `root` (root included), without recursion. */
export function walkNodes(root: TSESTree.Node, visitorKeys: VisitorKeys, visit: (node: TSESTree.Node) => boolean | void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const keys = visitorKeys[node.type];
    if (!keys) continue;
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}
