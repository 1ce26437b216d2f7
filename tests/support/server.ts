import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.txt': 'text/plain',
  '.xml': 'application/xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** Text types static hosts gzip on the fly; Pagefind's index files are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

export interface ServeOptions {
  /** Gzip text responses for clients that accept it, as static hosts do (for transfer-size measures). */
  compress?: boolean;
}

/** Serves a production build on loopback the way a static host would (clean URLs, 404 page). */
export async function serveBuild(root: string, options: ServeOptions = {}): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidates = [pathname, `${pathname}.html`, path.join(pathname, 'index.html')];
    for (const candidate of candidates) {
      const file = path.join(root, candidate);
      if (!file.startsWith(root)) break;
      if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        const headers = {'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'};
        if (options.compress && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          res.writeHead(200, {...headers, 'content-encoding': 'gzip', vary: 'accept-encoding'});
          res.end(zlib.gzipSync(fs.readFileSync(file)));
          return;
        }
        res.writeHead(200, headers);
        fs.createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
    const notFound = path.join(root, '404.html');
    res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
