/** The public pages the policy rests on (copies in shared/sources); rule docs cite them by these names. */
export const POLICY_SOURCES = {
  zdrApi: 'Claude API docs, "Zero Data Retention" (eligibility table)',
  dataResidency: 'Claude API docs, "Data residency" (inference_geo)',
  zdrScope: 'Anthropic support, "I have a zero data retention agreement with Anthropic. What products does it apply to?"',
  claudeCodeZdr: 'Claude Code docs, "Zero Data Retention" (models unavailable under ZDR)',
  claudeCodeDataUsage: 'Claude Code docs, "Data usage" (retention, telemetry, error reporting and /feedback)',
} as const;
