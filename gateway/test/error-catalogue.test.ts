/**
 * The error catalogue: codes are stable snake_case identifiers with a
 * problem status, and every one is documented in the README's error table.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { ERROR_CATALOGUE } from '../src/errors/catalogue.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('error catalogue', () => {
  it.each(Object.entries(ERROR_CATALOGUE))(
    '%s has a 4xx or 5xx status and a title',
    (code, entry) => {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.title.length).toBeGreaterThan(5);
    },
  );

  it.each(Object.entries(ERROR_CATALOGUE))(
    '%s is documented in the README with its status',
    (code, entry) => {
      const row = new RegExp(`^\\| \`${code}\` +\\| ${entry.status} +\\|`, 'm');
      expect(readme).toMatch(row);
    },
  );
});
