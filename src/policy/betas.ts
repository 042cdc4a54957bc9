import type { RuleName } from './rule-names.js';

/**
 * Who owns a beta flag (PRODUCT.md §3): flags of a feature belong to that feature's rule,
 * whether or not it is enabled; every other flag belongs to `no-beta-api`.
 */
export const BETA_FLAG_OWNERS: readonly { readonly prefix: string; readonly owner: RuleName }[] = [
  { prefix: 'files-api-', owner: 'no-files-api' },
  { prefix: 'message-batches-', owner: 'no-batches-api' },
  { prefix: 'skills-', owner: 'no-skills-api' },
  { prefix: 'context-management-', owner: 'no-context-management' },
  { prefix: 'mcp-client-', owner: 'no-mcp-connector' },
  { prefix: 'code-execution-', owner: 'no-code-execution' },
];

export function betaFlagOwner(flag: string): RuleName {
  for (const { prefix, owner } of BETA_FLAG_OWNERS) {
    if (flag.startsWith(prefix)) return owner;
  }
  return 'no-beta-api';
}

export const BETA_HEADER = 'anthropic-beta';
export const BROWSER_ACCESS_HEADER = 'anthropic-dangerous-direct-browser-access';
