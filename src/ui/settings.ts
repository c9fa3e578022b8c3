/**
 * The settings form: each control applies its change at once and the result is said in a
 * status line. Plain form controls with labels, grouped in fieldsets.
 */
import { type Settings, TEXT_SIZES, type TextSize } from './settings-model.ts';
import type { FeedbackMode } from '../engine/session.ts';
import { h } from './dom.ts';

export interface SettingsModel {
  readonly value: Settings;
  readonly persistent: boolean;
  update(change: Partial<Settings>): Promise<void>;
}

export interface SettingsCallbacks {
  onBack(): void;
  /** Plays a short sample sound (a click on the button is the gesture browsers need). */
  onPreviewSound?(): void;
}

const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  100: 'Standard (100%)',
  125: 'Larger (125%)',
  150: 'Large (150%)',
  200: 'Largest (200%)',
};

function radio(name: string, value: string, label: string, checked: boolean, hint?: string): HTMLElement {
  const id = `${name}-${value}`;
  return h(
    'div',
    { className: 'radio' },
    h('input', {
      type: 'radio',
      name,
      id,
      value,
      checked,
      'aria-describedby': hint ? `${id}-hint` : null,
    }),
    h('label', { for: id }, label),
    hint ? h('p', { className: 'hint', id: `${id}-hint` }, hint) : null,
  );
}

function checkbox(name: keyof Settings, label: string, checked: boolean, hint: string): HTMLElement {
  const id = `setting-${name}`;
  return h(
    'div',
    { className: 'checkbox' },
    h('input', { type: 'checkbox', name, id, checked, 'aria-describedby': `${id}-hint` }),
    h('label', { for: id }, label),
    h('p', { className: 'hint', id: `${id}-hint` }, hint),
  );
}

const percent = (volume: number) => `${Math.round(volume * 100)}%`;

interface VolumeControl {
  input: HTMLInputElement;
  output: HTMLOutputElement;
  /** Shows a value while the slider moves, before the change is saved. */
  show(value: string): void;
}

function volumeControl(volume: number): VolumeControl {
  const input = h('input', {
    type: 'range',
    id: 'setting-volume',
    name: 'volume',
    min: 0,
    max: 100,
    step: 10,
    value: Math.round(volume * 100),
    'aria-valuetext': percent(volume),
    'aria-describedby': 'setting-volume-hint',
  });
  const output = h('output', { for: 'setting-volume', 'aria-hidden': 'true' }, percent(volume));
  const show = (value: string) => {
    const text = `${value}%`;
    input.setAttribute('aria-valuetext', text);
    output.textContent = text;
  };
  return { input, output, show };
}

/** The change a control asks for, and how the status line says it; null for anything else. */
function settingChange(input: HTMLInputElement): { change: Partial<Settings>; said: string } | null {
  const onOff = input.checked ? 'on' : 'off';
  switch (input.name) {
    case 'text-size': {
      const size = Number(input.value) as TextSize;
      return { change: { textSize: size }, said: `Text size ${size}%.` };
    }
    case 'feedback-default': {
      const mode = input.value as FeedbackMode;
      return {
        change: { feedbackMode: mode },
        said: `New scenarios start in ${mode === 'reflect' ? 'reflect-as-you-go' : 'assessment'} mode.`,
      };
    }
    case 'highContrast':
      return { change: { highContrast: input.checked }, said: `High contrast ${onOff}.` };
    case 'reducedMotion':
      return { change: { reducedMotion: input.checked }, said: `Reduced motion ${onOff}.` };
    case 'illustrations':
      return { change: { illustrations: input.checked }, said: `Illustrations ${onOff}.` };
    case 'sound':
      return { change: { sound: input.checked }, said: `Sound cues ${onOff}.` };
    case 'volume':
      return { change: { volume: Number(input.value) / 100 }, said: `Volume ${input.value}%.` };
    default:
      return null;
  }
}

function textSizeFieldset(s: Settings): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Text size'),
    TEXT_SIZES.map((size) => radio('text-size', String(size), TEXT_SIZE_LABELS[size], s.textSize === size)),
  );
}

function displayFieldset(s: Settings, systemReduces: boolean): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Display'),
    checkbox('highContrast', 'High contrast', s.highContrast, 'Black text on white, with stronger outlines.'),
    checkbox(
      'reducedMotion',
      'Reduce motion',
      s.reducedMotion,
      systemReduces
        ? 'Your device is set to reduce motion, so animation stays off whatever you choose here.'
        : 'Turns off fades and pulsing in the illustrations.',
    ),
    checkbox(
      'illustrations',
      'Show illustrations',
      s.illustrations,
      'The drawn setting, agency map and timeline. Everything they show is also in the lists beside the story.',
    ),
  );
}

function soundFieldset(s: Settings, volume: VolumeControl, callbacks: SettingsCallbacks): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Sound'),
    checkbox(
      'sound',
      'Play sound cues',
      s.sound,
      'Off unless you turn it on. Sounds only add atmosphere (a phone, a door, a busy office): nothing is told by sound alone.',
    ),
    h(
      'div',
      { className: 'range' },
      h('label', { for: 'setting-volume' }, 'Volume'),
      volume.input,
      volume.output,
      h('p', { className: 'hint', id: 'setting-volume-hint' }, 'From 0% (silent) to 100%.'),
    ),
    callbacks.onPreviewSound
      ? h(
          'button',
          { type: 'button', className: 'secondary', onclick: () => callbacks.onPreviewSound?.() },
          'Play a sample sound',
        )
      : null,
  );
}

function feedbackFieldset(s: Settings): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Feedback in new scenarios'),
    radio(
      'feedback-default',
      'reflect',
      'Reflect as you go',
      s.feedbackMode === 'reflect',
      'Short feedback after each decision.',
    ),
    radio(
      'feedback-default',
      'assessment',
      'Assessment',
      s.feedbackMode === 'assessment',
      'No feedback until the end. You can still choose for each scenario before you start.',
    ),
  );
}

export function renderSettings(model: SettingsModel, callbacks: SettingsCallbacks): HTMLElement {
  const s = model.value;
  const status = h('p', { className: 'settings-status', role: 'status' });
  const systemReduces = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const volume = volumeControl(s.volume);

  const save = async (change: Partial<Settings>, said: string) => {
    try {
      await model.update(change);
      status.textContent = model.persistent
        ? `${said} Saved in this browser.`
        : `${said} This browser is not letting the simulator store data, so this lasts only until you close the page.`;
    } catch (e) {
      status.textContent = `${said} It applies now, but could not be saved: ${(e as Error).message || 'the browser refused'}.`;
    }
  };

  const form = h(
    'form',
    {
      className: 'settings-form',
      'aria-describedby': 'settings-intro',
      onsubmit: (e: Event) => e.preventDefault(),
      onchange: (e: Event) => {
        const setting = settingChange(e.target as HTMLInputElement);
        if (setting) void save(setting.change, setting.said);
      },
      oninput: (e: Event) => {
        if (e.target === volume.input) volume.show((e.target as HTMLInputElement).value);
      },
    },
    textSizeFieldset(s),
    displayFieldset(s, systemReduces),
    soundFieldset(s, volume, callbacks),
    feedbackFieldset(s),
    status,
  );

  return h(
    'section',
    { className: 'settings', 'aria-labelledby': 'settings-title' },
    h('h1', { id: 'settings-title' }, 'Settings'),
    h(
      'p',
      { id: 'settings-intro' },
      model.persistent
        ? 'Changes apply at once and are remembered in this browser.'
        : 'Changes apply at once. This browser is not letting the simulator store data, so they last only until you close the page.',
    ),
    form,
    h(
      'p',
      {},
      h('button', { type: 'button', className: 'link', onclick: () => callbacks.onBack() }, 'Back to all scenarios'),
    ),
  );
}
