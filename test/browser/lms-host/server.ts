/**
 * Serves the test LMS on 127.0.0.1: the host page (/host/), scorm-again's browser builds
 * (/vendor/) and unzipped SCORM packages (/pkg/<name>/), all on one origin, as an LMS
 * serves its packages beside its player.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const HOST_DIR = fileURLToPath(new URL('./', import.meta.url));
const VENDOR_DIR = fileURLToPath(new URL('../../../node_modules/scorm-again/dist/', import.meta.url));

export interface LmsServer {
  url: string;
  close(): Promise<void>;
}

/** `packages`: package name → folder it was unzipped to. */
export async function startLmsServer(packages: Record<string, string>): Promise<LmsServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = decodeURIComponent(url.pathname).split('/').filter(Boolean);
    const [area, ...rest] = parts;
    let root: string | undefined;
    if (area === 'host') root = HOST_DIR;
    else if (area === 'vendor') root = VENDOR_DIR;
    else if (area === 'pkg') root = packages[rest.shift() ?? ''];
    const file = root ? path.resolve(root, rest.join('/')) : '';
    if (!root || !file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
