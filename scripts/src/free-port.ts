/**
 * Asks the kernel for a free loopback port by listening on port 0. The
 * processes of a stack need each other's addresses before they start (the
 * identity provider must know the gateway's redirect URI, the gateway the
 * provider's issuer), so ports are chosen up front rather than reported back.
 */
import { createServer } from 'node:net';

/** Resolves true when nothing listens on the port (on any loopback address). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
