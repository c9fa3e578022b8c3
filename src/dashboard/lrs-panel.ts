/**
 * The form that connects the dashboard to a Learning Record Store: its endpoint, key and
 * secret (kept for this browser tab only, unless the analyst asks to remember them on this
 * device), a button to pull the records, and what the last pull brought.
 */
import { h } from '../ui/dom.ts';

export interface LrsSettings {
  endpoint: string;
  key: string;
  secret: string;
  remember: boolean;
}

export interface LrsPanel {
  root: HTMLElement;
  setBusy(busy: boolean): void;
  say(message: string, problem?: boolean): void;
}

const SETTINGS_KEY = 'dashboard-lrs';

/** Where the connection is kept: the tab's session, or this device when asked. */
export function keptSettings(): LrsSettings | null {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      const raw = storage.getItem(SETTINGS_KEY);
      if (!raw) continue;
      const value = JSON.parse(raw) as Partial<LrsSettings>;
      if (typeof value.endpoint === 'string' && typeof value.key === 'string' && typeof value.secret === 'string') {
        return { endpoint: value.endpoint, key: value.key, secret: value.secret, remember: storage === localStorage };
      }
    } catch {
      // storage refused or unreadable: nothing kept
    }
  }
  return null;
}

export function keepSettings(settings: LrsSettings): void {
  const text = JSON.stringify({ endpoint: settings.endpoint, key: settings.key, secret: settings.secret });
  try {
    sessionStorage.setItem(SETTINGS_KEY, text);
    if (settings.remember) localStorage.setItem(SETTINGS_KEY, text);
    else localStorage.removeItem(SETTINGS_KEY);
  } catch {
    // storage refused: the connection is used for this pull only
  }
}

function field(id: string, label: string, input: HTMLInputElement, hint?: string): HTMLElement {
  input.id = id;
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { className: 'hint', id: `${id}-hint` }, hint) : null,
    input,
  );
}

/** Checks an endpoint address; returns a message when it cannot be used. */
export function endpointProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter the full address of the xAPI endpoint, starting with https://';
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.origin === location.origin;
  if (url.protocol !== 'https:' && !local)
    return 'The endpoint must use https:// (the key and secret travel with every request).';
  return null;
}

export function renderLrsPanel(onPull: (settings: LrsSettings) => void): LrsPanel {
  const kept = keptSettings();
  const endpoint = h('input', { type: 'url', required: true, autocomplete: 'url', value: kept?.endpoint ?? '' });
  const key = h('input', { type: 'text', required: true, autocomplete: 'username', value: kept?.key ?? '' });
  const secret = h('input', {
    type: 'password',
    required: true,
    autocomplete: 'current-password',
    value: kept?.secret ?? '',
  });
  const remember = h('input', { type: 'checkbox', id: 'lrs-remember', checked: kept?.remember ?? false });
  const button = h('button', { type: 'submit', className: 'primary' }, 'Pull records');
  const status = h('p', { className: 'lrs-status', role: 'status' });
  const form = h(
    'form',
    { className: 'lrs-form', noValidate: true },
    field('lrs-endpoint', 'xAPI endpoint', endpoint, 'For example https://lrs.example.org/xAPI/'),
    field('lrs-key', 'Key', key),
    field('lrs-secret', 'Secret', secret),
    h(
      'div',
      { className: 'field checkbox' },
      remember,
      h(
        'label',
        { for: remember.id },
        'Remember the key and secret on this device (otherwise they are forgotten when this tab closes)',
      ),
    ),
    h('div', { className: 'actions' }, button),
  );
  const panel: LrsPanel = {
    root: h(
      'section',
      { className: 'dashboard-lrs', 'aria-labelledby': 'lrs-title' },
      h('h2', { id: 'lrs-title' }, 'Pull results from a Learning Record Store'),
      h(
        'p',
        {},
        'Where learners play through your LMS with cmi5, their results go to its Learning Record Store. ' +
          'Connect with a key that can read statements; only result records are pulled, and they are measured as imported files are.',
      ),
      form,
      status,
    ),
    setBusy(busy) {
      button.disabled = busy;
      form.setAttribute('aria-busy', String(busy));
    },
    say(message, problem = false) {
      status.textContent = message;
      status.classList.toggle('problem', problem);
    },
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem =
      endpointProblem(endpoint.value.trim()) ?? (!key.value || !secret.value ? 'Enter the key and the secret.' : null);
    if (problem) {
      panel.say(problem, true);
      (problem.startsWith('Enter the key') ? (key.value ? secret : key) : endpoint).focus();
      return;
    }
    onPull({ endpoint: endpoint.value.trim(), key: key.value, secret: secret.value, remember: remember.checked });
  });
  return panel;
}
