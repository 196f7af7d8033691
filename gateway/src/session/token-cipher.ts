/**
 * Encrypts provider tokens before they reach the session store, with
 * AES-256-GCM from node:crypto. Keys rotate: the first key encrypts, every
 * key is tried to decrypt, and each blob names the key id it was sealed with.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface EncryptedBlob {
  readonly kid: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

const TAG_BYTES = 16;

interface Key {
  readonly id: string;
  readonly secret: Buffer;
}

export class TokenCipher {
  readonly #keys: readonly Key[];

  /** @param keys base64 AES-256 keys, newest first; random when empty. */
  constructor(keys: readonly string[]) {
    const secrets = keys.length > 0 ? keys.map((k) => Buffer.from(k, 'base64')) : [randomBytes(32)];
    this.#keys = secrets.map((secret, index) => {
      if (secret.length !== 32) {
        throw new Error(`session.encryptionKeys[${index}] must be 32 bytes of base64`);
      }
      const id = createHash('sha256').update(secret).digest('base64url').slice(0, 8);
      return { id, secret };
    });
  }

  /**
   * @param purpose bound to the blob as additional authenticated data, so a
   *   blob sealed for one purpose (provider tokens) never opens as another
   *   (a logout ticket).
   */
  seal(value: unknown, purpose = 'tokens'): EncryptedBlob {
    const key = this.#keys[0] as Key;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key.secret, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(purpose));
    const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return {
      kid: key.id,
      iv: iv.toString('base64url'),
      tag: cipher.getAuthTag().toString('base64url'),
      data: data.toString('base64url'),
    };
  }

  /** Returns undefined when no key opens the blob (rotated out, tampered, other purpose). */
  open<T>(blob: EncryptedBlob, purpose = 'tokens'): T | undefined {
    const key = this.#keys.find((candidate) => candidate.id === blob?.kid);
    if (!key || typeof blob.tag !== 'string' || typeof blob.iv !== 'string') return undefined;
    const tag = Buffer.from(blob.tag, 'base64url');
    // A short tag would weaken integrity to one guess per request: full tags only.
    if (tag.length !== TAG_BYTES) return undefined;
    try {
      const iv = Buffer.from(blob.iv, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key.secret, iv, {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(tag);
      const plain = Buffer.concat([
        decipher.update(Buffer.from(String(blob.data), 'base64url')),
        decipher.final(),
      ]);
      return JSON.parse(plain.toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }
}
