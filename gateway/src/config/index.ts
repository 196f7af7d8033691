export { ConfigError, loadConfig, parseConfig } from './load-config.js';
export { SERVICE_NAMES, configSchema } from './schema.js';
export type { ConfigInput, GatewayConfig, ProviderConfig, ServiceName } from './schema.js';
