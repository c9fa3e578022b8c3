/**
 * What the page says about working offline: once, that it is ready to (everything is kept in
 * this browser); and, when a newer version has been downloaded, that it can be used by
 * reloading, with a button, so the learner chooses the moment (never in the middle of a
 * scenario unless they choose to; their progress is saved either way).
 */
import { clear, h } from './dom.ts';

export interface OfflineNotice {
  readonly root: HTMLElement;
  ready(): void;
  offerUpdate(reload: () => void): void;
}

export function renderOfflineNotice(): OfflineNotice {
  const root = h('div', { className: 'offline-status', role: 'status' });
  return {
    root,
    ready() {
      clear(root);
      root.append(
        h(
          'p',
          { className: 'notice' },
          'Ready to work offline: the simulator and every scenario are now kept in this browser, so they open without a connection.',
        ),
      );
    },
    offerUpdate(reload) {
      clear(root);
      const button = h('button', { type: 'button', className: 'secondary' }, 'Reload now');
      button.addEventListener('click', () => {
        button.disabled = true;
        reload();
      });
      root.append(
        h(
          'p',
          { className: 'notice' },
          'A newer version of the simulator is ready. Reload when it suits you: your progress is saved, ' +
            'and a scenario you are playing carries on from the same decision. ',
          button,
        ),
      );
    },
  };
}
