import { createRequire } from 'node:module';

// Read at run time so the built plugin reports the version it was published as.
const require = createRequire(import.meta.url);
const manifest = require('../package.json') as { name: string; version: string; homepage?: string };

export const PACKAGE_NAME = manifest.name;
export const PACKAGE_VERSION = manifest.version;
export const PLUGIN_PREFIX = 'claude-zdr';
