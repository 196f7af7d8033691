// The error catalogue: every code is documented, and errors carry their code,
// problems and cause.

import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { DEV_IDP_ERROR_CODES, DevIdpError, isDevIdpError } from '../src/index.js';

describe('error catalogue', () => {
  it('documents every code in the package README', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');

    for (const code of Object.keys(DEV_IDP_ERROR_CODES)) {
      expect(readme).toContain(`| \`${code}\``);
    }
  });

  it('prefixes every code with DEV_IDP_ERR_', () => {
    for (const code of Object.keys(DEV_IDP_ERROR_CODES)) {
      expect(code).toMatch(/^DEV_IDP_ERR_[A-Z_]+$/);
    }
  });
});

describe('DevIdpError', () => {
  it('carries its code, a frozen copy of the problems, and the cause', () => {
    const problems = ['DEV_IDP_PORT must be an integer from 0 to 65535, got "x"'];
    const cause = new Error('underlying');
    const error = new DevIdpError('DEV_IDP_ERR_CONFIG', 'invalid', { problems, cause });
    problems.push('added later');

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DevIdpError');
    expect(error.code).toBe('DEV_IDP_ERR_CONFIG');
    expect(error.problems).toEqual(['DEV_IDP_PORT must be an integer from 0 to 65535, got "x"']);
    expect(Object.isFrozen(error.problems)).toBe(true);
    expect(error.cause).toBe(cause);
  });

  it('is recognised by isDevIdpError, and other errors are not', () => {
    expect(isDevIdpError(new DevIdpError('DEV_IDP_ERR_PRODUCTION', 'no'))).toBe(true);
    expect(isDevIdpError(new Error('no'))).toBe(false);
  });
});
