/**
 * One connection to an LMS's SCORM API object, with the two versions' method names behind
 * the same five calls. Every call is guarded: a "false" return, an error code or an
 * exception comes back as an error, never as a throw.
 */
import type { ScormVersion } from './data-model.ts';

type Result = string | boolean | number | null | undefined;

export interface Scorm12Api {
  LMSInitialize(param: ''): Result;
  LMSFinish(param: ''): Result;
  LMSGetValue(element: string): Result;
  LMSSetValue(element: string, value: string): Result;
  LMSCommit(param: ''): Result;
  LMSGetLastError(): Result;
  LMSGetErrorString(code: string): Result;
}

export interface Scorm2004Api {
  Initialize(param: ''): Result;
  Terminate(param: ''): Result;
  GetValue(element: string): Result;
  SetValue(element: string, value: string): Result;
  Commit(param: ''): Result;
  GetLastError(): Result;
  GetErrorString(code: string): Result;
}

export interface LmsError {
  call: 'initialize' | 'get' | 'set' | 'commit' | 'terminate';
  element?: string;
  /** The LMS's error code, or 'exception' when the call threw, or 'false' with no code. */
  code: string;
  message: string;
}

export type CallResult = { ok: true; value: string } | { ok: false; value: string; error: LmsError };

/** 2004 error 403: "data model element value not initialized" — an empty value, not a failure. */
export const NOT_INITIALIZED_2004 = '403';

interface Methods {
  initialize(): Result;
  terminate(): Result;
  get(element: string): Result;
  set(element: string, value: string): Result;
  commit(): Result;
  lastError(): Result;
  errorString(code: string): Result;
}

function methodsOf(version: ScormVersion, api: Scorm12Api | Scorm2004Api): Methods {
  if (version === '1.2') {
    const a = api as Scorm12Api;
    return {
      initialize: () => a.LMSInitialize(''),
      terminate: () => a.LMSFinish(''),
      get: (e) => a.LMSGetValue(e),
      set: (e, v) => a.LMSSetValue(e, v),
      commit: () => a.LMSCommit(''),
      lastError: () => a.LMSGetLastError(),
      errorString: (c) => a.LMSGetErrorString(c),
    };
  }
  const a = api as Scorm2004Api;
  return {
    initialize: () => a.Initialize(''),
    terminate: () => a.Terminate(''),
    get: (e) => a.GetValue(e),
    set: (e, v) => a.SetValue(e, v),
    commit: () => a.Commit(''),
    lastError: () => a.GetLastError(),
    errorString: (c) => a.GetErrorString(c),
  };
}

export class ScormConnection {
  private readonly methods: Methods;

  constructor(
    readonly version: ScormVersion,
    api: Scorm12Api | Scorm2004Api,
  ) {
    this.methods = methodsOf(version, api);
  }

  initialize(): CallResult {
    return this.call('initialize', undefined, () => this.methods.initialize(), true);
  }

  terminate(): CallResult {
    return this.call('terminate', undefined, () => this.methods.terminate(), true);
  }

  commit(): CallResult {
    return this.call('commit', undefined, () => this.methods.commit(), true);
  }

  set(element: string, value: string): CallResult {
    return this.call('set', element, () => this.methods.set(element, value), true);
  }

  /** Reads an element; a 2004 "not initialized" (403) reads as an empty value. */
  get(element: string): CallResult {
    const result = this.call('get', element, () => this.methods.get(element), false);
    if (!result.ok && this.version === '2004' && result.error.code === NOT_INITIALIZED_2004) {
      return { ok: true, value: '' };
    }
    return result;
  }

  private call(call: LmsError['call'], element: string | undefined, run: () => Result, boolean: boolean): CallResult {
    let raw: Result;
    try {
      raw = run();
    } catch (e) {
      return {
        ok: false,
        value: '',
        error: { call, element, code: 'exception', message: String((e as Error)?.message ?? e) },
      };
    }
    const value = raw === null || raw === undefined ? '' : String(raw);
    const code = this.lastErrorCode();
    const refused = boolean && value !== 'true';
    if (code === '0' && !refused) return { ok: true, value };
    const shown = code === '0' ? 'false' : code;
    return { ok: false, value, error: { call, element, code: shown, message: this.describe(shown) } };
  }

  private lastErrorCode(): string {
    try {
      const code = String(this.methods.lastError() ?? '0').trim();
      return code === '' ? '0' : code;
    } catch {
      return 'exception';
    }
  }

  private describe(code: string): string {
    if (code === 'false' || code === 'exception')
      return code === 'false' ? 'the LMS refused the call' : 'the call failed';
    try {
      return String(this.methods.errorString(code) ?? '') || `error ${code}`;
    } catch {
      return `error ${code}`;
    }
  }
}
