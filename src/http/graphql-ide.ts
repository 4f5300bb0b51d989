import { randomBytes } from 'node:crypto';
import path from 'node:path';
import express from 'express';
import type { RequestHandler } from 'express';
import { ruruHTML } from 'ruru/server';
import { cspHeader } from './security';

type ClientConfig = NonNullable<Parameters<typeof ruruHTML>[0]['clientConfig']>;

/** Where the IDE's assets are served from (they come from the `ruru` npm package, never from a CDN). */
export const IDE_ASSETS_PATH = '/graphql-ide/';

const DEFAULT_QUERY = `# Truy vấn công khai (không cần khóa API): danh sách điểm trò chơi điện tử được cấp giấy chứng nhận.
# Để dùng khóa API: mở thẻ "Headers" bên dưới và ghi {"Authorization": "Bearer <khóa>"}.
# Public query (no key needed). With a key: open "Headers" below and write {"Authorization": "Bearer <key>"}.
query PublicGamePoints {
  publicGameServicePoints(list: LICENSED, first: 10) {
    totalCount
    edges {
      node {
        name
        certificateNumber
        status
        address {
          fullText
          currentCommune
        }
      }
    }
  }
}
`;

/**
 * The IDE's static assets (GraphiQL, Monaco and its workers, as built by ruru), served from the `static/` folder the
 * npm package ships; mount at IDE_ASSETS_PATH. (ruru's own in-memory server loads its bundle with a dynamic import,
 * which the test runner's module sandbox cannot run; the files are the same.)
 */
export function graphqlIdeAssets(): RequestHandler {
  const folder = path.join(path.dirname(require.resolve('ruru')), '..', 'static');
  return express.static(folder, { maxAge: '1d', index: false, redirect: false });
}

/**
 * GET /graphql from a browser (it accepts text/html): the GraphQL IDE (ruru, a GraphiQL distribution), working with no
 * internet access. Its headers editor takes the API key. Any other request to /graphql goes on to the API. Its CSP
 * allows the page's inline bootstrap scripts by a per-response nonce, its own workers, and the inline styles
 * GraphiQL's editor writes at run time.
 */
export function graphqlIde(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' || typeof req.query.query === 'string' || req.accepts(['application/json', 'text/html']) !== 'text/html') {
      return next();
    }
    const nonce = randomBytes(18).toString('base64');
    const withNonce = (part: string) => part.replace(/<script(?=[\s>])/g, `<script nonce="${nonce}"`);
    const html = ruruHTML({
      endpoint: '/graphql',
      staticPath: IDE_ASSETS_PATH,
      debugTools: [],
      // ruru's type asks for every GraphiQL prop; these are the ones set, the others keep GraphiQL's defaults.
      clientConfig: { defaultQuery: DEFAULT_QUERY, isHeadersEditorEnabled: true, defaultHeaders: '{}' } as unknown as ClientConfig,
      htmlParts: {
        titleTag: '<title>ict-registry – GraphQL</title>',
        configScript: withNonce,
        headerScripts: withNonce,
        bodyScripts: withNonce,
        bodyInitScript: withNonce,
      },
    }).replace('<html lang="en">', '<html lang="vi">');
    res.setHeader(
      'content-security-policy',
      cspHeader({ 'script-src': [`'nonce-${nonce}'`], 'style-src': ["'unsafe-inline'"], 'font-src': ['data:'], 'worker-src': ["'self'"] }),
    );
    res.setHeader('cache-control', 'no-store');
    res.type('html').send(html);
  };
}
