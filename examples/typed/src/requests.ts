// Request params built where the client is never seen.
export const longChat = {
  model: 'claude-opus-4-6',
  max_tokens: 2048,
  inference_geo: 'us' as const,
  messages: [{ role: 'user' as const, content: 'Continue the case notes.' }],
  context_management: { edits: [{ type: 'clear_tool_uses_20250919' as const }] },
};
