/**
 * A real Learning Record Store for the tests: Learning Locker's statements service
 * (`xapi-statements`, in-memory) in a child process, behind a front server that adds what
 * that service lacks and a cmi5 LMS needs — the State and agent-profile documents, the
 * cmi5 fetch URL (one use each) — and, for browser tests, serves the app's build from the
 * same origin so the page's `connect-src 'self'` allows the LRS.
 *
 * `failRate` makes the front fail that share of statement requests (seeded, so a run is
 * repeatable): half before the LRS sees them, half after it stored them (the answer lost).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../src/engine/seeded-random.ts';
import { serveFile } from '../../tools/lib/static-server.ts';

const require = createRequire(import.meta.url);

export interface LocalLrsOptions {
  key?: string;
  secret?: string;
  /** A build to serve under `/app/` (e.g. dist); `/lms/returned` stands for the LMS's page to return to. */
  appDir?: string;
  /** Share (0..1) of statement requests that fail. */
  failRate?: number;
  seed?: number;
}

export interface Cmi5Registration {
  registration: string;
  /** The AU's launch URL with the cmi5 parameters, ready to open. */
  url: string;
  fetchUrl: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  activityId: string;
  sessionId: string;
}

export interface Cmi5LaunchOptions {
  /** The AU's url relative to the app, e.g. `index.html?cmi5=1&scenario=sample&pass=70`. */
  auUrl: string;
  activityId: string;
  learner: string;
  masteryScore?: number;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  returnURL?: string;
}

export interface LocalLrs {
  /** The xAPI endpoint, ending in `/`. */
  endpoint: string;
  origin: string;
  auth: string;
  /** Statement requests failed on purpose so far. */
  readonly failed: { before: number; after: number };
  /** While on, every statement write is refused (503), as by a store that is down. */
  refuseStatements(on: boolean): void;
  /** Registers a learner as a cmi5 LMS does before a launch: LaunchData in the State API, `launched` sent. */
  launchCmi5(options: Cmi5LaunchOptions): Promise<Cmi5Registration>;
  /** How many times each fetch URL was asked for a token. */
  fetches(registration: string): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function agentKey(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const agent = JSON.parse(raw) as Record<string, unknown>;
    const ifi = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => k in agent).map((k) => [k, agent[k]]);
    return ifi.length ? JSON.stringify(ifi) : null;
  } catch {
    return null;
  }
}

interface Doc {
  body: Buffer;
  contentType: string;
  etag: string;
}

export async function startLocalLrs(options: LocalLrsOptions = {}): Promise<LocalLrs> {
  const key = options.key ?? 'test-key';
  const secret = options.secret ?? 'test-secret';
  const basic = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  const tokens = new Set<string>();
  const fetchCount = new Map<string, number>();
  const docs = new Map<string, Doc>();
  const random = seededRandom(options.seed ?? 1);
  const failed = { before: 0, after: 0 };
  let refusing = false;
  const storageDir = mkdtempSync(path.join(tmpdir(), 'local-lrs-'));
  const innerPort = await freePort();

  const authorised = (h: string | undefined) => h === basic || (h !== undefined && tokens.has(h));
  const send = (res: http.ServerResponse, status: number, body = '', headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'X-Experience-API-Version': '1.0.3', ...headers });
    res.end(body);
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, dropAnswer: boolean) => {
    const up = http.request(
      { host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (dropAnswer) {
          answer.resume();
          answer.on('end', () => send(res, 502, 'the answer was lost on its way back'));
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', (e) => send(res, 502, e.message));
    up.end(body);
  };

  const serveApp = (res: http.ServerResponse, url: URL) => {
    if (!serveFile(options.appDir!, decodeURIComponent(url.pathname.slice('/app/'.length)), res)) send(res, 404);
  };

  const documents = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, kind: string) => {
    if (!authorised(req.headers.authorization)) return send(res, 401, '{"message":"Unauthorised"}');
    const p = url.searchParams;
    const agent = agentKey(p.get('agent'));
    const isState = kind === 'activities/state';
    if (!agent || (isState && !p.get('activityId')))
      return send(res, 400, '{"message":"agent and activityId are required"}');
    const scope = isState ? [kind, p.get('activityId'), agent, p.get('registration') ?? ''] : [kind, agent];
    const id = p.get(isState ? 'stateId' : 'profileId');
    const docKey = JSON.stringify([...scope, id]);
    if (req.method === 'GET') {
      if (!id) {
        const prefix = JSON.stringify(scope).slice(0, -1) + ',';
        const ids = [...docs.keys()].filter((k) => k.startsWith(prefix)).map((k) => (JSON.parse(k) as string[]).at(-1));
        return send(res, 200, JSON.stringify(ids), { 'Content-Type': 'application/json' });
      }
      const doc = docs.get(docKey);
      if (!doc) return send(res, 404);
      return send(res, 200, doc.body.toString('utf8'), { 'Content-Type': doc.contentType, ETag: `"${doc.etag}"` });
    }
    if (req.method === 'PUT' || req.method === 'POST') {
      const body = await readBody(req);
      const contentType = req.headers['content-type'] ?? 'application/octet-stream';
      const before = docs.get(docKey);
      let stored = body;
      if (req.method === 'POST' && before && contentType.startsWith('application/json')) {
        stored = Buffer.from(JSON.stringify({ ...JSON.parse(before.body.toString()), ...JSON.parse(body.toString()) }));
      }
      docs.set(docKey, { body: stored, contentType, etag: createHash('sha1').update(stored).digest('hex') });
      return send(res, 204);
    }
    if (req.method === 'DELETE') {
      docs.delete(docKey);
      return send(res, 204);
    }
    return send(res, 405);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/app/') && options.appDir) return serveApp(res, url);
      if (url.pathname === '/favicon.ico') return send(res, 204);
      if (url.pathname === '/lms/returned') {
        return send(res, 200, '<!doctype html><html lang="en"><title>LMS</title><h1>Back in the LMS</h1></html>', {
          'Content-Type': 'text/html; charset=utf-8',
        });
      }
      if (url.pathname === '/_auth') {
        // What xapi-statements asks (AUTH_REPO=fetch) to know the client: 404 makes it answer 401.
        if (!authorised(req.headers.authorization)) return send(res, 404);
        return send(
          res,
          200,
          JSON.stringify({
            _id: '000000000000000000000001',
            title: 'test client',
            isTrusted: true,
            authority: { objectType: 'Agent', name: 'test client', mbox: 'mailto:lrs@example.org' },
            lrs_id: '000000000000000000000002',
            organisation: '000000000000000000000003',
            scopes: ['all'],
          }),
          { 'Content-Type': 'application/json' },
        );
      }
      const fetchMatch = /^\/fetch\/([0-9a-f-]+)$/.exec(url.pathname);
      if (fetchMatch && req.method === 'POST') {
        const registration = fetchMatch[1]!;
        const count = (fetchCount.get(registration) ?? 0) + 1;
        fetchCount.set(registration, count);
        // cmi5 9.3 (fetch URL): one token per launch; a second request gets an error.
        if (count > 1)
          return send(res, 200, JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }), {
            'Content-Type': 'application/json',
          });
        const token = Buffer.from(`${key}:${secret}`).toString('base64');
        tokens.add(`Basic ${token}`);
        return send(res, 200, JSON.stringify({ 'auth-token': token }), { 'Content-Type': 'application/json' });
      }
      const doc = /^\/xAPI\/(activities\/state|agents\/profile)\/?$/.exec(url.pathname);
      if (doc) return documents(req, res, url, doc[1]!);
      const body = await readBody(req);
      const statements = url.pathname.replace(/\/$/, '') === '/xAPI/statements' && req.method !== 'GET';
      if (statements && refusing) return send(res, 503, 'the LRS is down');
      const rate = options.failRate ?? 0;
      if (statements && rate > 0 && random() < rate) {
        if (random() < 0.5) {
          failed.before++;
          return send(res, 503, 'the LRS is unavailable');
        }
        failed.after++;
        return forward(req, res, body, true);
      }
      forward(req, res, body, false);
    })().catch((e: Error) => send(res, 500, e.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  let child: ChildProcess | null = fork(require.resolve('xapi-statements'), [], {
    cwd: storageDir,
    env: {
      ...process.env,
      EXPRESS_PORT: String(innerPort),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: path.join(storageDir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: path.join(storageDir, 'logs'),
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: `${origin}/_auth`,
      EVENTS_REPO: 'test',
      SERVICE_AWAIT_UPDATES: 'true',
      LANG: 'en',
      WINSTON_CONSOLE_LEVEL: 'error',
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      NEW_RELIC_ENABLED: 'false',
    },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child!.once('message', (m) => (m === 'ready' ? resolve() : undefined));
    child!.once('exit', (code) => reject(new Error(`the statements service exited (${code})`)));
  });

  const endpoint = `${origin}/xAPI/`;
  const lrs: LocalLrs = {
    endpoint,
    origin,
    auth: basic,
    failed,
    refuseStatements: (on) => {
      refusing = on;
    },
    fetches: (registration) => fetchCount.get(registration) ?? 0,
    async launchCmi5(o) {
      const registration = randomUUID();
      const sessionId = randomUUID();
      const actor = {
        objectType: 'Agent' as const,
        account: { homePage: 'https://lms.example.org', name: o.learner },
      };
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: `${o.activityId}#publisher` }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      };
      const launchData = {
        contextTemplate,
        launchMode: o.launchMode ?? 'Normal',
        moveOn: o.moveOn ?? 'CompletedAndPassed',
        ...(o.masteryScore === undefined ? {} : { masteryScore: o.masteryScore }),
        ...(o.returnURL ? { returnURL: o.returnURL } : {}),
      };
      const headers = { Authorization: basic, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
      const stateUrl = new URL(`${endpoint}activities/state`);
      stateUrl.searchParams.set('activityId', o.activityId);
      stateUrl.searchParams.set('agent', JSON.stringify(actor));
      stateUrl.searchParams.set('registration', registration);
      stateUrl.searchParams.set('stateId', 'LMS.LaunchData');
      const put = await fetch(stateUrl, { method: 'PUT', headers, body: JSON.stringify(launchData) });
      if (put.status !== 204) throw new Error(`LMS.LaunchData was not kept (${put.status})`);
      // The learner's preferences, which an LMS keeps in the agent profile for every AU to read.
      const prefsUrl = new URL(`${endpoint}agents/profile`);
      prefsUrl.searchParams.set('agent', JSON.stringify(actor));
      prefsUrl.searchParams.set('profileId', 'cmi5LearnerPreferences');
      const prefs = await fetch(prefsUrl, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ languagePreference: 'en-GB', audioPreference: 'off' }),
      });
      if (prefs.status !== 204) throw new Error(`the learner's preferences were not kept (${prefs.status})`);
      const launched = await fetch(`${endpoint}statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          id: randomUUID(),
          actor,
          verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
          object: { objectType: 'Activity', id: o.activityId },
          context: {
            registration,
            ...contextTemplate,
            extensions: {
              ...contextTemplate.extensions,
              'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchData.launchMode,
              'https://w3id.org/xapi/cmi5/context/extensions/moveon': launchData.moveOn,
              'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${origin}/app/${o.auUrl}`,
            },
            contextActivities: {
              ...contextTemplate.contextActivities,
              category: [{ objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
            },
          },
          timestamp: new Date().toISOString(),
        }),
      });
      if (launched.status !== 200) throw new Error(`launched was not stored (${launched.status})`);
      const fetchUrl = `${origin}/fetch/${registration}`;
      const params = new URLSearchParams({
        endpoint,
        fetch: fetchUrl,
        actor: JSON.stringify(actor),
        registration,
        activityId: o.activityId,
      });
      const url = `${origin}/app/${o.auUrl}${o.auUrl.includes('?') ? '&' : '?'}${params.toString()}`;
      return { registration, url, fetchUrl, actor, activityId: o.activityId, sessionId };
    },
    async stop() {
      const c = child;
      child = null;
      if (c && c.exitCode === null) {
        const exited = new Promise((resolve) => c.once('exit', resolve));
        c.kill('SIGTERM');
        await exited;
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
  return lrs;
}
