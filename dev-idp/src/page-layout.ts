// The shared frame of every HTML page the provider renders (sign-in, sign-out
// and error pages): escaping, one inline stylesheet, and the response headers
// that keep those pages out of caches and frames. No external resources are
// loaded; the Content-Security-Policy allows only the stylesheet and the
// scripts a page declares, by hash.

import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

const STYLESHEET = `
:root { color-scheme: light; --ink: #1b2430; --muted: #5b6675; --accent: #0f6e5a; --line: #d8dee6; }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; align-items: flex-start; justify-content: center;
  padding: 48px 16px; background: #eef2f5; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { width: 100%; max-width: 620px; background: #fff; border: 1px solid var(--line);
  border-radius: 10px; padding: 28px 32px; box-shadow: 0 6px 24px rgba(27, 36, 48, 0.08); }
h1 { margin: 0 0 4px; font-size: 22px; }
h2 { margin: 28px 0 8px; font-size: 15px; }
p { margin: 8px 0; }
.muted { color: var(--muted); }
.error { margin: 16px 0; padding: 10px 12px; border-radius: 6px; background: #fdecec;
  color: #8a1c1c; border: 1px solid #f3c2c2; }
label { display: block; margin: 16px 0 4px; font-weight: 600; }
input { width: 100%; padding: 10px 12px; font: inherit; border: 1px solid var(--line); border-radius: 6px; }
input:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
button { margin-top: 20px; width: 100%; padding: 11px 12px; font: inherit; font-weight: 600;
  color: #fff; background: var(--accent); border: 0; border-radius: 6px; cursor: pointer; }
button.secondary { background: #fff; color: var(--ink); border: 1px solid var(--line); margin-top: 10px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 4px; border-bottom: 1px solid var(--line); }
code { background: #eef2f5; padding: 1px 5px; border-radius: 4px; }
dl { margin: 16px 0 0; } dt { font-weight: 600; } dd { margin: 0 0 10px; word-break: break-word; }
`;

function hashOf(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const STYLE_HASH = hashOf(STYLESHEET);

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

export interface Page {
  /** Plain text; escaped here. */
  title: string;
  /** Trusted HTML built by the caller from escaped parts. */
  body: string;
  /** Inline scripts the page runs; each is allowed by its hash. */
  scripts?: readonly string[];
}

export interface RenderedPage {
  html: string;
  headers: Readonly<Record<string, string>>;
}

function headersFor(scripts: readonly string[]): Record<string, string> {
  const scriptSource = scripts.length === 0 ? "'none'" : scripts.map(hashOf).join(' ');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    // form-action is left out on purpose: browsers apply it to the redirects
    // that follow a form post, and the sign-in post ends at the client's origin.
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${STYLE_HASH}`,
      `script-src ${scriptSource}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

export function renderPage(page: Page): RenderedPage {
  const scripts = page.scripts ?? [];
  const scriptTags = scripts.map((source) => `<script>${source}</script>`).join('\n');

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style>${STYLESHEET}</style>
${scriptTags}
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;

  return { html, headers: headersFor(scripts) };
}

/** Writes a rendered page as the whole response. */
export function sendPage(
  res: ServerResponse,
  status: number,
  page: RenderedPage,
  extraHeaders: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, { ...page.headers, ...extraHeaders });
  res.end(page.html);
}
