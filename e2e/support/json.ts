/**
 * Reads a response body for assertions. Bodies are loosely shaped on
 * purpose: the test's `expect` is what checks their shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function json(response: Response): Promise<Json> {
  return response.json();
}
