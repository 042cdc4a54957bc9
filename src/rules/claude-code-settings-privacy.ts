import type { ClaudeCodeSettings } from '../analysis/claude-code-settings.js';
import {
  DEFAULT_CLEANUP_PERIOD_DAYS,
  DEFAULT_REQUIRED_PRIVACY_ENV,
  envSwitchOn,
  NONESSENTIAL_TRAFFIC_ENV,
  PRIVACY_SWITCHES,
} from '../policy/claude-code.js';
import { addMembers, createSettingsRule, type JsonFix, type JsonFixer, replaceValue } from '../utils/create-settings-rule.js';
import { ownEntry } from '../utils/own-entry.js';

type Options = {
  requiredEnv: string[];
  maxCleanupPeriodDays?: number;
};

type MessageIds = 'privacySwitchesOff' | 'cleanupPeriodTooLong' | 'cleanupPeriodDefault' | 'setSwitches' | 'setNonessentialTraffic' | 'setCleanupPeriod';

const ON = '"1"';
const code = (text: string) => `\`${text}\``;
const joinWords = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** Whether a variable is set to an on value, or turned off by a variable that covers it. */
function switchedOn(settings: ClaudeCodeSettings, name: string): boolean {
  const isOn = (variable: string) => {
    const value = settings.env?.entries.get(variable)?.value;
    return value != null && envSwitchOn(value);
  };
  return isOn(name) || (ownEntry(PRIVACY_SWITCHES, name)?.coveredBy ?? []).some(isOn);
}

/** Fixes setting each variable to "1": existing entries get the value, missing ones are added to `env` (or a new `env`). */
function setVariables(fixer: JsonFixer, settings: ClaudeCodeSettings, text: string, names: readonly string[]): JsonFix[] {
  const fixes: JsonFix[] = [];
  const added: [string, string][] = [];
  for (const name of names) {
    const entry = settings.env?.entries.get(name);
    if (entry) fixes.push(replaceValue(fixer, entry.member.value, ON));
    else added.push([name, ON]);
  }
  if (added.length > 0) {
    if (settings.env?.object) fixes.push(addMembers(fixer, text, settings.env.object, added));
    else fixes.push(addMembers(fixer, text, settings.root!, [['env', added]]));
  }
  return fixes;
}

export default createSettingsRule<MessageIds, Options>({
  name: 'claude-code-settings-privacy',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require Claude Code settings to turn off telemetry, error reporting and `/feedback`, which send data outside Zero Data Retention, and optionally to bound local transcripts',
    },
    hasSuggestions: true,
    messages: {
      privacySwitchesOff: '{{where}} does not turn on {{missing}}, so Claude Code sends {{sends}} to services outside Zero Data Retention.',
      cleanupPeriodTooLong:
        "`cleanupPeriodDays` is {{days}}: Claude Code keeps plaintext session transcripts on disk for {{days}} days, more than this project's limit of {{max}}.",
      cleanupPeriodDefault:
        "`cleanupPeriodDays` is not set, so Claude Code keeps plaintext session transcripts on disk for {{days}} days, more than this project's limit of {{max}}.",
      setSwitches: 'Set {{variables}} to "1" in `env`.',
      setNonessentialTraffic: `Set ${NONESSENTIAL_TRAFFIC_ENV} to "1" in \`env\`, which turns all of them off.`,
      setCleanupPeriod: 'Set `cleanupPeriodDays` to {{max}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          requiredEnv: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            uniqueItems: true,
            description: `Environment variables \`env\` must set to "1"; ${NONESSENTIAL_TRAFFIC_ENV} satisfies the ones it covers.`,
          },
          maxCleanupPeriodDays: {
            type: 'integer',
            minimum: 0,
            description: 'The most days `cleanupPeriodDays` may keep local transcripts; no bound when omitted.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requiredEnv: [...DEFAULT_REQUIRED_PRIVACY_ENV] }],
  },
  relevant: (settings) => settings.root !== null && settings.kind !== 'mcp',
  check({ settings, options, text, report }) {
    const root = settings.root!;
    // A local file or a managed drop-in is merged over the files that set these; only what it turns off is reported.
    const partial = settings.kind === 'local' || settings.kind === 'managed-fragment';
    const missing = options.requiredEnv.filter((name) => !switchedOn(settings, name) && (!partial || settings.env?.entries.has(name)));
    if (missing.length > 0) {
      const sends = missing.map((name) => ownEntry(PRIVACY_SWITCHES, name)?.sends ?? `the traffic ${code(name)} turns off`);
      const env = settings.env;
      const suggest: { messageId: MessageIds; data?: Record<string, string>; fix: (fixer: JsonFixer) => JsonFix[] }[] = [];
      // No mechanical fix for an `env` that is not an object.
      if (!env || env.object) {
        suggest.push({ messageId: 'setSwitches', data: { variables: joinWords(missing) }, fix: (fixer) => setVariables(fixer, settings, text, missing) });
        const coveredByUmbrella = missing.every((name) => ownEntry(PRIVACY_SWITCHES, name)?.coveredBy.includes(NONESSENTIAL_TRAFFIC_ENV));
        if (coveredByUmbrella && missing.length > 1) {
          suggest.push({ messageId: 'setNonessentialTraffic', fix: (fixer) => setVariables(fixer, settings, text, [NONESSENTIAL_TRAFFIC_ENV]) });
        }
      }
      report({
        node: env?.member ?? root,
        messageId: 'privacySwitchesOff',
        data: { where: env ? '`env`' : 'This settings file', missing: joinWords(missing.map(code)), sends: joinWords(sends) },
        suggest,
      });
    }

    const max = options.maxCleanupPeriodDays;
    if (max === undefined) return;
    const period = settings.cleanupPeriod;
    const data = { max: String(max) };
    if (period) {
      if (period.days !== null && period.days > max) {
        report({
          node: period.member,
          messageId: 'cleanupPeriodTooLong',
          data: { ...data, days: String(period.days) },
          suggest: [{ messageId: 'setCleanupPeriod', data, fix: (fixer) => replaceValue(fixer, period.member.value, String(max)) }],
        });
      }
    } else if (!partial && DEFAULT_CLEANUP_PERIOD_DAYS > max) {
      report({
        node: root,
        messageId: 'cleanupPeriodDefault',
        data: { ...data, days: String(DEFAULT_CLEANUP_PERIOD_DAYS) },
        suggest: [{ messageId: 'setCleanupPeriod', data, fix: (fixer) => addMembers(fixer, text, root, [['cleanupPeriodDays', String(max)]]) }],
      });
    }
  },
});
