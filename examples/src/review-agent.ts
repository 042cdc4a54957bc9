import { createSdkMcpServer, query, tool } from '@anthropic-ai/claude-agent-sdk';
import { attachBridgeSession } from '@anthropic-ai/claude-agent-sdk/bridge';
import { z } from 'zod';

// The firm's own clause lookup, served in-process: client-side MCP, not a finding.
const clauses = createSdkMcpServer({
  name: 'clauses',
  tools: [tool('lookup', 'Looks up a clause by id', { id: z.string() }, async ({ id }) => ({ content: [{ type: 'text', text: id }] }))],
});

/** A Claude Code agent that reviews a contract in the repository. */
export async function reviewContract(path: string) {
  const session = query({
    prompt: `Review the contract in ${path} and list the risky clauses.`,
    options: {
      model: 'fable',
      betas: ['context-1m-2025-08-07'],
      env: { ...process.env, CLAUDE_CODE_USE_VERTEX: '1' },
      mcpServers: { clauses, files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '.'] } },
    },
  });
  for await (const message of session) console.log(message);
}

/** Hands the review to a Claude Code cloud session, which ZDR organisations cannot use. */
export async function continueInTheCloud(sessionId: string, ingressToken: string) {
  return attachBridgeSession({ sessionId, ingressToken, apiBaseUrl: 'https://api.anthropic.com' });
}
