/*
 * A small test LMS for the browser tests: scorm-again in this (parent) frame, the SCORM
 * package in an iframe or in a window it opens, and every call recorded for the strict
 * checker. What the package commits is kept in sessionStorage, as an LMS keeps it between
 * launches; a relaunch loads it back with entry = resume after a suspend.
 *
 *   host.html?version=12|2004&pkg=<name>&launch=<href>&mode=frame|window&store=<key>
 *            [&failCommits=<n>]   the first n commits fail ("false", error 391/101), as an LMS that
 *                                 lost its connection would answer; they are marked `injected`
 */
(function () {
  const params = new URLSearchParams(location.search);
  const version = params.get('version') === '12' ? '12' : '2004';
  const pkg = params.get('pkg');
  const launch = params.get('launch');
  const mode = params.get('mode') || 'frame';
  const storeKey = 'lms-store:' + (params.get('store') || pkg);
  let failCommits = Number(params.get('failCommits') || 0);
  let injectedError = null;

  /** What an LMS gives the next launch from what the last one committed. */
  function relaunchData(stored) {
    if (!stored) return {};
    if (version === '12') {
      const core = stored.core || {};
      return {
        suspend_data: stored.suspend_data,
        core: {
          lesson_status: core.lesson_status,
          lesson_location: core.lesson_location,
          score: core.score,
          entry: core.exit === 'suspend' ? 'resume' : '',
        },
        objectives: stored.objectives,
        interactions: stored.interactions,
      };
    }
    return {
      suspend_data: stored.suspend_data,
      location: stored.location,
      completion_status: stored.completion_status,
      success_status: stored.success_status,
      progress_measure: stored.progress_measure,
      score: stored.score,
      entry: stored.exit === 'suspend' ? 'resume' : '',
      objectives: stored.objectives,
      interactions: stored.interactions,
    };
  }

  function start() {
    const Runtime = version === '12' ? window.Scorm12API : window.Scorm2004API;
    const real = new Runtime({ logLevel: 5, autocommit: false });
    const stored = JSON.parse(sessionStorage.getItem(storeKey) || 'null');
    real.loadFromJSON(relaunchData(stored));
    const lms = {
      version: version === '12' ? '1.2' : '2004',
      calls: [],
      atLaunch: {
        interactions: real.cmi.interactions._count,
        objectiveIds: real.cmi.objectives.childArray.map((o) => o.id),
        entry: version === '12' ? real.cmi.core.entry : real.cmi.entry,
      },
      stored: () => JSON.parse(sessionStorage.getItem(storeKey) || 'null'),
    };
    window.lms = lms;
    const methods =
      version === '12'
        ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
        : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
    const lastError = () => String(version === '12' ? real.LMSGetLastError() : real.GetLastError());
    const api = {};
    for (const method of methods) {
      api[method] = function (...args) {
        injectedError = null;
        if (/Commit$/.test(method) && failCommits > 0) {
          failCommits--;
          injectedError = version === '12' ? '101' : '391';
          lms.calls.push({ method, args: args.map(String), result: 'false', error: injectedError, injected: true });
          return 'false';
        }
        const result = real[method](...args);
        lms.calls.push({ method, args: args.map(String), result: String(result), error: lastError() });
        if (/Commit|Finish|Terminate/.test(method) && String(result) === 'true') {
          sessionStorage.setItem(storeKey, JSON.stringify(real.cmi));
        }
        return result;
      };
    }
    for (const method of ['LMSGetLastError', 'GetLastError']) {
      if (typeof real[method] === 'function') api[method] = () => injectedError ?? real[method]();
    }
    for (const method of ['LMSGetErrorString', 'GetErrorString']) {
      if (typeof real[method] === 'function') {
        api[method] = (code) =>
          injectedError && code === injectedError ? 'The LMS could not be reached' : real[method](code);
      }
    }
    window[version === '12' ? 'API' : 'API_1484_11'] = api;

    const src = '/pkg/' + encodeURIComponent(pkg) + '/' + launch;
    if (mode === 'window') {
      const open = document.getElementById('open');
      open.hidden = false;
      open.addEventListener('click', () => window.open(src, 'sco'));
    } else {
      const frame = document.createElement('iframe');
      frame.title = 'Activity';
      frame.src = src;
      document.getElementById('content').append(frame);
    }
  }

  const script = document.createElement('script');
  script.src = version === '12' ? '/vendor/scorm12.min.js' : '/vendor/scorm2004.min.js';
  script.onload = start;
  document.head.append(script);
})();
