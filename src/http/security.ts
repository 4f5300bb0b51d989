import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The app's Content-Security-Policy, on every response (helmet). Strict by default: the app's own scripts, styles,
 * fonts and images only, no inline script, no plugins, no framing by other sites, forms posted to the app only. A page
 * that needs more (the GraphQL IDE's inline bootstrap, a chart library's inline styles) sets its own header on its own
 * route, built with `cspHeader` from these directives plus what it adds.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'self'"],
  'form-action': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
};

/** A CSP header value: the app's directives with `extra` sources added (or a directive replaced when `replace`). */
export function cspHeader(extra: Record<string, string[]> = {}, replace = false): string {
  const d: Record<string, string[]> = Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([k, v]) => [k, [...v]]));
  for (const [k, v] of Object.entries(extra)) d[k] = replace ? v : [...(d[k] ?? []), ...v];
  return Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/**
 * helmet with its Content-Security-Policy on for the whole app (it was off while the API's landing page came from a
 * CDN; the IDE is now served by the app itself). No upgrade-insecure-requests: the registry may be served over plain
 * HTTP inside a Department's network, where upgraded sub-requests would fail. No COEP: nothing cross-origin is embedded.
 */
export function securityHeaders(): RequestHandler {
  const directives = Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([k, v]) => [k, [...v]]));
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginEmbedderPolicy: false,
  });
}
