// The words every service shares with the gateway: service names (the assertion
// audiences), roles, tiers and jurisdictions. Keeping them in one place means a
// new tier or region is added once and every schema and check picks it up.

export const SERVICE_NAMES = ['market', 'trading', 'risk', 'compliance', 'accounts'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const ROLES = ['trader', 'risk_manager', 'compliance_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const TIERS = ['free', 'basic', 'premium', 'enterprise'] as const;
export type Tier = (typeof TIERS)[number];

export const JURISDICTION_CODES = ['ME', 'US', 'UK', 'EU', 'GY'] as const;
export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];

export const JURISDICTION_NAMES: Readonly<Record<JurisdictionCode, string>> = {
  ME: 'Middle East',
  US: 'United States',
  UK: 'United Kingdom',
  EU: 'European Union',
  GY: 'Guyana',
};

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}

export function isJurisdictionCode(value: string): value is JurisdictionCode {
  return (JURISDICTION_CODES as readonly string[]).includes(value);
}
