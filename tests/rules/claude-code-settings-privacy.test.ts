import rule from '../../src/rules/claude-code-settings-privacy.js';
import { asEslintRule, jsoncTester, jsonTester, LOCAL_SETTINGS, MANAGED_SETTINGS, MCP, SETTINGS } from '../support/json-rule-tester.js';

const THREE = '`DISABLE_TELEMETRY`, `DISABLE_ERROR_REPORTING` and `DISABLE_FEEDBACK_COMMAND`';
const THREE_NAMES = 'DISABLE_TELEMETRY, DISABLE_ERROR_REPORTING and DISABLE_FEEDBACK_COMMAND';
const THREE_SENDS = 'usage metrics (Statsig), error reports (Sentry) and `/feedback` transcripts (kept for five years)';
const ALL_OFF = '"DISABLE_TELEMETRY": "1", "DISABLE_ERROR_REPORTING": "1", "DISABLE_FEEDBACK_COMMAND": "1"';

jsonTester.run('claude-code-settings-privacy', asEslintRule(rule), {
  valid: [
    // The umbrella switch, or each of the three, in every spelling Claude Code reads as on.
    { code: '{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }', filename: SETTINGS },
    { code: `{ "env": { ${ALL_OFF} } }`, filename: SETTINGS },
    { code: '{ "env": { "DISABLE_TELEMETRY": "true", "DISABLE_ERROR_REPORTING": "yes", "DISABLE_FEEDBACK_COMMAND": "ON" } }', filename: MANAGED_SETTINGS },
    // The umbrella covers the rest of a partial list.
    { code: '{ "env": { "DISABLE_TELEMETRY": "1", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }', filename: SETTINGS },
    // A local file and a managed drop-in are merged over files that set the switches: absence there is fine.
    { code: '{ "permissions": { "allow": ["Bash(npm test)"] } }', filename: LOCAL_SETTINGS },
    { code: '{ "env": { "DEBUG": "1" } }', filename: LOCAL_SETTINGS },
    { code: '{ "model": "opus" }', filename: 'ClaudeCode/managed-settings.d/20-models.json' },
    // MCP configs carry no Claude Code env; a document that is not an object is not a settings file.
    { code: '{ "mcpServers": {} }', filename: MCP },
    { code: '[]', filename: SETTINGS },
    // requiredEnv: a custom list, or none; the survey switch is covered by DISABLE_TELEMETRY.
    { code: '{}', filename: SETTINGS, options: [{ requiredEnv: [] }] },
    { code: '{ "env": { "DISABLE_TELEMETRY": "1" } }', filename: SETTINGS, options: [{ requiredEnv: ['CLAUDE_CODE_DISABLE_FEEDBACK_SURVEY'] }] },
    // maxCleanupPeriodDays: at or under the bound; the default (30 days) under a larger bound; a wrong type skipped.
    { code: '{ "cleanupPeriodDays": 7, "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }', filename: SETTINGS, options: [{ maxCleanupPeriodDays: 7 }] },
    { code: '{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }', filename: SETTINGS, options: [{ maxCleanupPeriodDays: 30 }] },
    { code: '{ "cleanupPeriodDays": "90", "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }', filename: SETTINGS, options: [{ maxCleanupPeriodDays: 7 }] },
    { code: '{ "cleanupPeriodDays": 0 }', filename: SETTINGS, options: [{ requiredEnv: [], maxCleanupPeriodDays: 0 }] },
    { code: '{ "model": "opus" }', filename: LOCAL_SETTINGS, options: [{ maxCleanupPeriodDays: 1 }] },
    // No bound by default.
    { code: '{ "cleanupPeriodDays": 3650, "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }', filename: SETTINGS },
  ],
  invalid: [
    // No env at all: reported at the root object; suggestions add an `env`.
    {
      code: '{\n  "model": "opus"\n}',
      filename: SETTINGS,
      errors: [
        {
          messageId: 'privacySwitchesOff',
          line: 1,
          column: 1,
          data: { where: 'This settings file', missing: THREE, sends: THREE_SENDS },
          suggestions: [
            {
              messageId: 'setSwitches',
              data: { variables: THREE_NAMES },
              output:
                '{\n  "model": "opus",\n  "env": {\n    "DISABLE_TELEMETRY": "1",\n    "DISABLE_ERROR_REPORTING": "1",\n    "DISABLE_FEEDBACK_COMMAND": "1"\n  }\n}',
            },
            { messageId: 'setNonessentialTraffic', output: '{\n  "model": "opus",\n  "env": {\n    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1"\n  }\n}' },
          ],
        },
      ],
    },
    // An empty file object.
    {
      code: '{}',
      filename: MANAGED_SETTINGS,
      errors: [
        {
          messageId: 'privacySwitchesOff',
          suggestions: [
            { messageId: 'setSwitches', output: `{\n  "env": {\n    ${ALL_OFF.replaceAll(', ', ',\n    ')}\n  }\n}` },
            { messageId: 'setNonessentialTraffic', output: '{\n  "env": {\n    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1"\n  }\n}' },
          ],
        },
      ],
    },
    // An env missing some: reported once, at `env`; existing entries switched on, missing ones added, in the env's layout.
    {
      code: '{\n    "env": {\n        "DISABLE_TELEMETRY": "0",\n        "DEBUG": "1"\n    }\n}',
      filename: SETTINGS,
      errors: [
        {
          messageId: 'privacySwitchesOff',
          line: 2,
          column: 5,
          data: { where: '`env`', missing: THREE, sends: THREE_SENDS },
          suggestions: [
            {
              messageId: 'setSwitches',
              output:
                '{\n    "env": {\n        "DISABLE_TELEMETRY": "1",\n        "DEBUG": "1",\n        "DISABLE_ERROR_REPORTING": "1",\n        "DISABLE_FEEDBACK_COMMAND": "1"\n    }\n}',
            },
            {
              messageId: 'setNonessentialTraffic',
              output: '{\n    "env": {\n        "DISABLE_TELEMETRY": "0",\n        "DEBUG": "1",\n        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1"\n    }\n}',
            },
          ],
        },
      ],
    },
    // One missing: no umbrella suggestion; an inline env stays inline.
    {
      code: '{ "env": { "DISABLE_TELEMETRY": "1", "DISABLE_ERROR_REPORTING": "1" } }',
      filename: SETTINGS,
      errors: [
        {
          messageId: 'privacySwitchesOff',
          data: { where: '`env`', missing: '`DISABLE_FEEDBACK_COMMAND`', sends: '`/feedback` transcripts (kept for five years)' },
          suggestions: [
            {
              messageId: 'setSwitches',
              data: { variables: 'DISABLE_FEEDBACK_COMMAND' },
              output: '{ "env": { "DISABLE_TELEMETRY": "1", "DISABLE_ERROR_REPORTING": "1", "DISABLE_FEEDBACK_COMMAND": "1" } }',
            },
          ],
        },
      ],
    },
    // An empty env, and a value of the wrong type (not read as on; the suggestion writes the string).
    {
      code: '{ "env": {} }',
      filename: SETTINGS,
      options: [{ requiredEnv: ['DISABLE_TELEMETRY'] }],
      errors: [{ messageId: 'privacySwitchesOff', suggestions: [{ messageId: 'setSwitches', output: '{ "env": {\n  "DISABLE_TELEMETRY": "1"\n} }' }] }],
    },
    {
      code: '{ "env": { "DISABLE_TELEMETRY": 1 } }',
      filename: SETTINGS,
      options: [{ requiredEnv: ['DISABLE_TELEMETRY'] }],
      errors: [{ messageId: 'privacySwitchesOff', suggestions: [{ messageId: 'setSwitches', output: '{ "env": { "DISABLE_TELEMETRY": "1" } }' }] }],
    },
    // An env that is not an object: reported, no mechanical fix.
    {
      code: '{ "env": "DISABLE_TELEMETRY=1" }',
      filename: SETTINGS,
      errors: [{ messageId: 'privacySwitchesOff', data: { where: '`env`', missing: THREE, sends: THREE_SENDS }, suggestions: [] }],
    },
    // A local file that turns a switch back off is reported; what it leaves out is not.
    {
      code: '{ "env": { "DISABLE_TELEMETRY": "false" } }',
      filename: LOCAL_SETTINGS,
      errors: [{ messageId: 'privacySwitchesOff', data: { where: '`env`', missing: '`DISABLE_TELEMETRY`', sends: 'usage metrics (Statsig)' }, suggestions: [{ messageId: 'setSwitches', output: '{ "env": { "DISABLE_TELEMETRY": "1" } }' }] }],
    },
    // The last of duplicate keys is the one Claude Code reads.
    {
      code: '{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "0" } }',
      filename: SETTINGS,
      errors: [{ messageId: 'privacySwitchesOff', data: { where: '`env`', missing: THREE, sends: THREE_SENDS }, suggestions: 2 as never }],
    },
    // requiredEnv: a variable of its own, and the umbrella required by name.
    {
      code: '{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }',
      filename: SETTINGS,
      options: [{ requiredEnv: ['ACME_AUDIT_MODE'] }],
      errors: [{ messageId: 'privacySwitchesOff', data: { where: '`env`', missing: '`ACME_AUDIT_MODE`', sends: 'the traffic `ACME_AUDIT_MODE` turns off' }, suggestions: 1 as never }],
    },
    {
      code: `{ "env": { ${ALL_OFF} } }`,
      filename: SETTINGS,
      options: [{ requiredEnv: ['CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC'] }],
      errors: [{ messageId: 'privacySwitchesOff', data: { where: '`env`', missing: '`CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC`', sends: 'metrics, error reports, `/feedback` transcripts and surveys' }, suggestions: 1 as never }],
    },
    // maxCleanupPeriodDays: over the bound, at the member; not set and the 30-day default over it, at the root.
    {
      code: '{ "cleanupPeriodDays": 90, "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }',
      filename: SETTINGS,
      options: [{ maxCleanupPeriodDays: 14 }],
      errors: [
        {
          messageId: 'cleanupPeriodTooLong',
          column: 3,
          data: { days: '90', max: '14' },
          suggestions: [{ messageId: 'setCleanupPeriod', data: { max: '14' }, output: '{ "cleanupPeriodDays": 14, "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }' }],
        },
      ],
    },
    {
      code: '{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }',
      filename: MANAGED_SETTINGS,
      options: [{ maxCleanupPeriodDays: 7 }],
      errors: [
        {
          messageId: 'cleanupPeriodDefault',
          column: 1,
          data: { days: '30', max: '7' },
          suggestions: [{ messageId: 'setCleanupPeriod', output: '{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" }, "cleanupPeriodDays": 7 }' }],
        },
      ],
    },
    // A local file may not lengthen the period either.
    {
      code: '{ "cleanupPeriodDays": 60 }',
      filename: LOCAL_SETTINGS,
      options: [{ maxCleanupPeriodDays: 30 }],
      errors: [{ messageId: 'cleanupPeriodTooLong', suggestions: [{ messageId: 'setCleanupPeriod', output: '{ "cleanupPeriodDays": 30 }' }] }],
    },
    // Both findings in one file.
    {
      code: '{ "cleanupPeriodDays": 45 }',
      filename: SETTINGS,
      options: [{ maxCleanupPeriodDays: 30 }],
      errors: [
        { messageId: 'privacySwitchesOff', suggestions: 2 as never },
        { messageId: 'cleanupPeriodTooLong', suggestions: 1 as never },
      ],
    },
  ],
});

jsoncTester.run('claude-code-settings-privacy (JSONC)', asEslintRule(rule), {
  valid: [{ code: '{\n  // metrics, errors, feedback: all off\n  "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" }\n}', filename: SETTINGS }],
  invalid: [
    {
      code: '{\n  "env": {\n    // TODO\n  }\n}',
      filename: SETTINGS,
      options: [{ requiredEnv: ['DISABLE_TELEMETRY'] }],
      errors: [{ messageId: 'privacySwitchesOff', line: 2, suggestions: 1 as never }],
    },
  ],
});
