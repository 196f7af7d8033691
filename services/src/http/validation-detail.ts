// Turns the schema validator's errors into one sentence that names each field
// at fault (`body.quantity must be <= 100000`), so a caller can fix the request
// without reading the schema.

export interface SchemaViolation {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const MAX_LISTED = 5;

export function describeViolations(context: string, violations: readonly SchemaViolation[]) {
  const sentences = violations.slice(0, MAX_LISTED).map((v) => describeViolation(context, v));
  const unique = [...new Set(sentences)];
  const more = violations.length - MAX_LISTED;
  return more > 0 ? `${unique.join('; ')} (and ${more} more)` : unique.join('; ');
}

function describeViolation(context: string, violation: SchemaViolation): string {
  const field = fieldName(context, violation.instancePath);
  const { params } = violation;

  switch (violation.keyword) {
    case 'required':
      return `${join(field, String(params.missingProperty))} is required`;
    case 'additionalProperties':
      return `${join(field, String(params.additionalProperty))} is not an allowed property`;
    case 'enum':
      return `${field} must be one of ${formatList(params.allowedValues)}`;
    case 'type':
      return `${field} must be of type ${String(params.type)}`;
    default:
      return `${field} ${violation.message ?? 'is invalid'}`;
  }
}

function fieldName(context: string, instancePath: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  return segments.reduce(join, context);
}

function join(base: string, segment: string): string {
  return /^\d+$/.test(segment) ? `${base}[${segment}]` : `${base}.${segment}`;
}

function formatList(values: unknown): string {
  return Array.isArray(values)
    ? values.map((v) => JSON.stringify(v)).join(', ')
    : 'the listed values';
}
