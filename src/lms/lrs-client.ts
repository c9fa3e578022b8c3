/**
 * Talking to a Learning Record Store with @xapi/xapi: sending statements (a batch by POST;
 * if the LRS refuses a batch as conflicting, one by one by PUT with the statement's id, where
 * a statement it already holds counts as stored) and reading them back page by page.
 *
 * Requests go through `fetch` with `keepalive` when small enough, so the last statements of
 * a page being closed still leave; a failure carries the HTTP status for the retry logic.
 */
import XAPI from '@xapi/xapi';
import type { StatementSender } from './statement-outbox.ts';
import type { Statement } from './xapi-statements.ts';
import { XAPI_VERSION } from './xapi-vocabulary.ts';

export interface LrsConnection {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.org/xAPI/`. */
  endpoint: string;
  /** The whole Authorization header value (`Basic …`). */
  auth: string;
}

export function basicAuth(key: string, secret: string): string {
  return XAPI.toBasicAuth(key, secret);
}

/** An LRS request that failed: `status` is null when no answer came. */
export class LrsError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'LrsError';
  }
}

/** What went wrong, in words a learner or analyst can act on. */
export function describeLrsFailure(e: unknown): string {
  const status = e instanceof LrsError ? e.status : null;
  if (status === 401 || status === 403) return 'the Learning Record Store refused the key and secret';
  if (status !== null) return `the Learning Record Store answered ${status}`;
  return 'the Learning Record Store could not be reached';
}

/** Browsers refuse keepalive bodies over 64 KiB in flight. */
const KEEPALIVE_LIMIT = 60_000;

type Adapter = Extract<ConstructorParameters<typeof XAPI>[0]['adapter'], (...args: never[]) => unknown>;

const fetchAdapter: Adapter = async ({ url, method, headers, data }) => {
  const body = data === undefined || data === null ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      keepalive: body === undefined || body.length < KEEPALIVE_LIMIT,
      credentials: 'omit',
    });
  } catch (e) {
    throw new LrsError(`no answer from ${new URL(url).host}: ${(e as Error).message}`, null);
  }
  const text = await response.text();
  if (!response.ok)
    throw new LrsError(`${response.status} from ${new URL(url).host}: ${text.slice(0, 200)}`, response.status);
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : text;
  } catch {
    // not JSON: kept as text
  }
  return { data: parsed as never, headers: Object.fromEntries(response.headers.entries()), status: response.status };
};

type ApiStatement = Parameters<XAPI['sendStatement']>[0]['statement'];

/** @xapi/xapi with the one call it lacks: PUT of a statement by its id. */
class LrsApi extends XAPI {
  putStatement(statement: Statement) {
    return this.requestResource({
      resource: 'statements' as Parameters<XAPI['requestResource']>[0]['resource'],
      queryParams: { statementId: statement.id },
      requestConfig: { method: 'PUT', data: statement },
    });
  }
}

function api(connection: LrsConnection): LrsApi {
  return new LrsApi({
    endpoint: connection.endpoint,
    auth: connection.auth,
    version: XAPI_VERSION,
    adapter: fetchAdapter,
  });
}

export class LrsStatementSender implements StatementSender {
  private readonly xapi: LrsApi;

  constructor(connection: LrsConnection) {
    this.xapi = api(connection);
  }

  /** Rejects with an LrsError whose message says what went wrong in plain words. */
  async send(statements: readonly Statement[]): Promise<void> {
    try {
      await this.sendAll(statements);
    } catch (e) {
      throw new LrsError(describeLrsFailure(e), e instanceof LrsError ? e.status : null);
    }
  }

  private async sendAll(statements: readonly Statement[]): Promise<void> {
    try {
      await this.xapi.sendStatements({ statements: statements as unknown as ApiStatement[] });
      return;
    } catch (e) {
      if (!(e instanceof LrsError) || e.status !== 409) throw e;
    }
    // Some statement of the batch is already stored (an earlier answer was lost on its way back):
    // PUT each by id; the LRS answers 204 for one it holds the same.
    for (const statement of statements) {
      try {
        await this.xapi.putStatement(statement);
      } catch (e) {
        // 409 here: held with other content, which an id made fresh by this app cannot be; never resent.
        if (!(e instanceof LrsError) || e.status !== 409) throw e;
      }
    }
  }
}

export interface StatementPage {
  statements: Statement[];
  /** The address of the next page (relative to the LRS's host), or '' at the end. */
  more: string;
}

export interface StatementQuery {
  since?: string;
  limit?: number;
  activity?: string;
  related_activities?: boolean;
  verb?: string;
  registration?: string;
}

/** Reads statements, oldest first, page by page with the LRS's `more` links. */
export class LrsStatementReader {
  private readonly xapi: LrsApi;

  constructor(connection: LrsConnection) {
    this.xapi = api(connection);
  }

  async first(query: StatementQuery): Promise<StatementPage> {
    const res = await this.xapi.getStatements({ ...query, ascending: true } as Parameters<XAPI['getStatements']>[0]);
    return res.data as unknown as StatementPage;
  }

  async next(more: string): Promise<StatementPage> {
    const res = await this.xapi.getMoreStatements({ more });
    return res.data as unknown as StatementPage;
  }
}
