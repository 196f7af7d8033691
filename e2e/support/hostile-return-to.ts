/**
 * returnTo values that have opened redirects in other gateways, as raw
 * query strings (what the browser sends). Each must end a login at `/`.
 */
const enc = encodeURIComponent;

export const HOSTILE_RETURN_TO: [string, string][] = [
  ['protocol-relative', `returnTo=${enc('//evil.example/')}`],
  ['triple slash', `returnTo=${enc('///evil.example')}`],
  ['backslash', `returnTo=${enc('/\\evil.example')}`],
  ['literal %5C', `returnTo=${enc('/%5Cevil.example')}`],
  ['tab', `returnTo=${enc('/\t/evil.example')}`],
  ['line feed', `returnTo=${enc('/\n/evil.example')}`],
  ['https: without slashes', `returnTo=${enc('https:evil.example')}`],
  ['http:/ with one slash', `returnTo=${enc('http:/evil.example')}`],
  ['javascript:', `returnTo=${enc('javascript:alert(1)')}`],
  ['absolute URL', `returnTo=${enc('https://evil.example/')}`],
  [
    'given twice, second hostile',
    `returnTo=${enc('/dashboard')}&returnTo=${enc('//evil.example')}`,
  ],
];
