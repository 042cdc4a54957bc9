import claudeCodeSettingsMcp from './claude-code-settings-mcp.js';
import claudeCodeSettingsModel from './claude-code-settings-model.js';
import claudeCodeSettingsPlatform from './claude-code-settings-platform.js';
import claudeCodeSettingsPrivacy from './claude-code-settings-privacy.js';
import noBatchesApi from './no-batches-api.js';
import noBetaApi from './no-beta-api.js';
import noBrowserClient from './no-browser-client.js';
import noCloudSession from './no-cloud-session.js';
import noCodeExecution from './no-code-execution.js';
import noContextManagement from './no-context-management.js';
import noDisallowedModel from './no-disallowed-model.js';
import noFilesApi from './no-files-api.js';
import noMcpConnector from './no-mcp-connector.js';
import noOpenaiCompat from './no-openai-compat.js';
import noSkillsApi from './no-skills-api.js';
import noThirdPartyPlatform from './no-third-party-platform.js';
import noWebSearch from './no-web-search.js';
import requireInferenceGeo from './require-inference-geo.js';

/** Every rule the plugin ships, by id (without the `claude-zdr/` prefix). */
export const rules = {
  'no-files-api': noFilesApi,
  'no-batches-api': noBatchesApi,
  'no-skills-api': noSkillsApi,
  'no-context-management': noContextManagement,
  'no-browser-client': noBrowserClient,
  'no-code-execution': noCodeExecution,
  'no-mcp-connector': noMcpConnector,
  'no-beta-api': noBetaApi,
  'no-third-party-platform': noThirdPartyPlatform,
  'no-openai-compat': noOpenaiCompat,
  'no-cloud-session': noCloudSession,
  'no-web-search': noWebSearch,
  'require-inference-geo': requireInferenceGeo,
  'no-disallowed-model': noDisallowedModel,
  // Claude Code settings files, linted as JSON (PRODUCT.md §3c).
  'claude-code-settings-model': claudeCodeSettingsModel,
  'claude-code-settings-platform': claudeCodeSettingsPlatform,
  'claude-code-settings-privacy': claudeCodeSettingsPrivacy,
  'claude-code-settings-mcp': claudeCodeSettingsMcp,
};

export type ShippedRuleName = keyof typeof rules;
