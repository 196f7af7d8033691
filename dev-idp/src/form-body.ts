// Reads an application/x-www-form-urlencoded request body with a size limit.
// The sign-in form is the only body this package parses itself; everything
// else is parsed by oidc-provider. Failures carry the HTTP status to answer
// with, so the caller renders the right page.

import type { IncomingMessage } from 'node:http';

/** Two short fields; 16 KiB leaves room for long emails without inviting uploads. */
export const FORM_BODY_LIMIT_BYTES = 16 * 1024;

export type FormBodyResult =
  { ok: true; fields: URLSearchParams } | { ok: false; status: 413 | 415; reason: string };

function isUrlencoded(contentType: string | undefined): boolean {
  if (contentType === undefined) {
    return false;
  }
  const [mediaType] = contentType.split(';');
  return mediaType?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

function tooLarge(): FormBodyResult {
  return { ok: false, status: 413, reason: 'request body is too large' };
}

function collect(req: IncomingMessage, limitBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;

    // Leaving the stream unread mid-body would stall the socket; on overflow
    // the rest is drained and discarded while the caller answers.
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        req.off('data', onData);
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };

    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

export async function readFormBody(
  req: IncomingMessage,
  limitBytes: number = FORM_BODY_LIMIT_BYTES,
): Promise<FormBodyResult> {
  if (!isUrlencoded(req.headers['content-type'])) {
    req.resume();
    return {
      ok: false,
      status: 415,
      reason: 'the sign-in form must be sent as application/x-www-form-urlencoded',
    };
  }

  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) {
    req.resume();
    return tooLarge();
  }

  const body = await collect(req, limitBytes);
  if (body === undefined) {
    return tooLarge();
  }

  return { ok: true, fields: new URLSearchParams(body.toString('utf8')) };
}
