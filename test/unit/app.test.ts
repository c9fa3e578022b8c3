// @vitest-environment happy-dom
/**
 * The app's routing and play loop, in Node with a light DOM: a real compiled scenario, a
 * store in memory, an address that the test controls, and a fixed clock.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, createApp } from '../../src/app/create-app.ts';
import type { Launch } from '../../src/app/launch.ts';
import type { Reporter } from '../../src/app/reporter.ts';
import { parseRoute } from '../../src/app/routes.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { MemoryStore } from '../../src/storage/store.ts';
import { scenarioSummary } from '../../tools/vite-plugin-stories.ts';
import { sample } from '../engine/fixtures.ts';

const SCENARIO: CompiledScenario = sample();

/** A store in memory that says it keeps data, as IndexedDB does. */
class KeptStore extends MemoryStore {
  override readonly persistent = true;
}

interface Harness {
  app: App;
  main: HTMLElement;
  address: { current: string; history: string[] };
  data: KeptStore;
  /** Goes to a hash as the address bar would, and waits for the route to be shown. */
  go(hash: string): Promise<void>;
  heading(): string | null;
}

function harness(options: { data?: KeptStore; loads?: string[]; launch?: Launch } = {}): Harness {
  document.body.innerHTML = '<main id="main"></main><p id="storage-notice" hidden></p>';
  const main = document.getElementById('main')!;
  const data = options.data ?? new KeptStore();
  const listeners: (() => void)[] = [];
  const address = { current: '#/', history: [] as string[] };
  let clock = Date.UTC(2026, 11, 4, 9, 0, 0);
  const app = createApp({
    main,
    storageNotice: document.getElementById('storage-notice')!,
    catalogue: {
      scenarios: [scenarioSummary(SCENARIO)],
      broken: [],
      load: async (id) => {
        options.loads?.push(id);
        if (id !== SCENARIO.meta.id) throw new Error(`no scenario ${id}`);
        return SCENARIO;
      },
    },
    openStore: async (name = 'data') => ({ store: name === 'data' ? data : new MemoryStore(), problem: null }),
    address: {
      hash: () => address.current,
      search: () => '',
      go: (hash) => {
        address.current = hash;
        address.history.push(hash);
        for (const l of listeners) l();
      },
      replace: (hash) => {
        address.current = hash;
      },
      onChange: (l) => listeners.push(l),
    },
    now: () => new Date((clock += 1000)),
    newId: () => 'result-0001',
    startLaunch: async () => options.launch ?? null,
    page: { setTitle: () => undefined, scrollToTop: () => undefined },
  });
  return {
    app,
    main,
    address,
    data,
    async go(hash) {
      app.navigate(hash);
      await app.state.routing;
    },
    heading: () => main.querySelector('h1')?.textContent ?? null,
  };
}

const button = (root: HTMLElement, name: string) => {
  const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}" in ${root.querySelector('h1')?.textContent}`);
  return found;
};

/** The option button whose text contains `text`. */
const optionButton = (root: HTMLElement, text: string) => {
  const found = Array.from(root.querySelectorAll<HTMLButtonElement>('.choice-list button.choice')).find((b) =>
    b.querySelector('.choice-text')?.textContent?.includes(text),
  );
  if (!found) throw new Error(`no option "${text}"`);
  return found;
};

/** Lets the app's awaited work (storage, dynamic imports) settle. */
const settle = async (h: Harness) => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  await h.app.state.routing;
};

describe('routes', () => {
  it('reads pages, ids and extras from the address', () => {
    expect(parseRoute('#/before/sample/assessment')).toEqual({ page: 'before', id: 'sample', extra: 'assessment' });
    expect(parseRoute('#/')).toEqual({ page: '', id: null, extra: null });
    expect(parseRoute('')).toEqual({ page: '', id: null, extra: null });
    expect(parseRoute('#/my-data')).toEqual({ page: 'my-data', id: null, extra: null });
  });

  describe('in the app', () => {
    let h: Harness;
    beforeEach(async () => {
      h = harness();
      await h.app.start();
    });

    it('shows the menu first, then the briefing of a scenario, and the menu for unknown pages', async () => {
      expect(h.heading()).toBe('Choose a scenario');
      expect(h.main.querySelector('.scenario-card h2')?.textContent).toBe(SCENARIO.meta.title);
      await h.go('#/scenario/sample');
      expect(h.heading()).toBe(SCENARIO.meta.title);
      await h.go('#/nowhere/at/all');
      expect(h.heading()).toBe('Choose a scenario');
      await h.go('#/scenario');
      expect(h.heading()).toBe('Choose a scenario');
    });

    it('says plainly when a scenario does not exist, or cannot be loaded', async () => {
      await h.go('#/scenario/child-z');
      expect(h.heading()).toBe('Scenario not found');
      await h.go('#/before/child-z/reflect');
      expect(h.heading()).toBe('This scenario could not be loaded');
      expect(h.main.textContent).toContain('no scenario child-z');
    });

    it('shows routes in the order asked, whatever each one waits for', async () => {
      h.app.navigate('#/scenario/sample');
      h.app.navigate('#/settings');
      await h.app.state.routing;
      expect(h.heading()).toBe('Settings');
    });
  });
});

describe('the play loop', () => {
  it('starts from the briefing, plays by the buttons, saves each choice and resumes at the same decision', async () => {
    const h = harness();
    await h.app.start();
    await h.go('#/scenario/sample');
    button(h.main, 'Start').click();
    await settle(h);
    expect(h.heading()).toBe(`Before you start: ${SCENARIO.meta.title}`);
    button(h.main, 'Skip all of this and start').click();
    await settle(h);
    expect(h.address.current).toBe('#/play/sample');
    expect(h.heading()).toBe(SCENARIO.meta.title);
    optionButton(h.main, 'Call the GP').click();
    await settle(h);
    optionButton(h.main, 'Ask the nursery').click();
    await settle(h);
    expect(h.main.querySelectorAll('.story-log .choice-made')).toHaveLength(2);
    const saved = (await h.data.get('save:sample')) as { choices: { text: string }[] };
    expect(saved.choices.map((c) => c.text)).toEqual([
      expect.stringContaining('Call the GP'),
      expect.stringContaining('Ask the nursery'),
    ]);
    expect(h.main.querySelector('.save-status')?.textContent).toMatch(/^Progress saved at/);

    // A new app over the same storage picks up at the same decision.
    const again = harness({ data: h.data });
    again.address.current = '#/play/sample';
    await again.app.start();
    expect(again.main.querySelectorAll('.story-log .choice-made')).toHaveLength(2);
    expect(again.heading()).toBe(SCENARIO.meta.title);
  });

  it('plays to the ending and on to the debrief; a choice after the ending is ignored', async () => {
    const h = harness();
    await h.app.start();
    await h.go('#/before/sample/assessment');
    button(h.main, 'Skip all of this and start').click();
    await settle(h);
    for (const text of ['Go ahead', 'Accept what', 'uneasy']) {
      optionButton(h.main, text).click();
      await settle(h);
    }
    expect(h.main.querySelector('#choices-title')?.textContent).toBe('The scenario has ended');
    expect(h.app.state.playing?.finished).toBe(true);
    // The story has ended: a stray choice (a key pressed late) changes nothing.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    await settle(h);
    expect(h.app.state.playing?.turns).toHaveLength(3);
    button(h.main, 'See your debrief').click();
    await settle(h);
    expect(h.heading()).toBe(`Debrief: ${SCENARIO.meta.title}`);
    const saved = (await h.data.get('save:sample')) as { choices: unknown[]; feedbackMode: string };
    expect(saved.choices).toHaveLength(3);
    expect(saved.feedbackMode).toBe('assessment');
  });

  it('tells the hooks of each start, choice and leaving, in order', async () => {
    const h = harness();
    const heard: string[] = [];
    h.app.hooks.register({
      onStart: (s) => heard.push(`start ${s.turns.length}`),
      onChoice: (s) => heard.push(`choice ${s.turns.length}`),
      onLeave: () => heard.push('leave'),
    });
    await h.app.start();
    await h.go('#/before/sample/reflect');
    button(h.main, 'Skip all of this and start').click();
    await settle(h);
    optionButton(h.main, 'Call the GP').click();
    await h.go('#/');
    expect(heard).toEqual(['start 0', 'choice 1', 'leave']);
  });

  it("reports play through the launch's reporter, and a failing report never stops play", async () => {
    const heard: string[] = [];
    let fail = true;
    const reporter: Reporter = {
      started: async (s) => void heard.push(`started ${s.turns.length}`),
      chose: async (s, option) => {
        heard.push(`chose ${s.turns.length} ${option.text.slice(0, 11)}`);
        if (fail) throw new Error('the outside system is down');
      },
      left: async () => void heard.push('left'),
      tested: async (id, form) => void heard.push(`tested ${id} ${form}`),
      finish: async () => true,
    };
    const launch: Launch = {
      reporter,
      storeFor: async (base) => base,
      firstRoute: async () => '#/before/sample/reflect',
      intercept: () => null,
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const h = harness({ launch });
    await h.app.start();
    expect(h.address.current).toBe('#/before/sample/reflect');
    button(h.main, 'Skip all of this and start').click();
    await settle(h);
    optionButton(h.main, 'Call the GP').click();
    await settle(h);
    // The failing report did not stop the next passage from being shown and chosen from.
    fail = false;
    expect(h.main.querySelectorAll('.choice-list button.choice').length).toBeGreaterThan(0);
    h.main.querySelector<HTMLButtonElement>('.choice-list button.choice')!.click();
    await settle(h);
    await h.go('#/');
    expect(heard).toEqual(['started 0', 'chose 1 Call the GP', expect.stringMatching(/^chose 2 /), 'left']);
    expect(warn).toHaveBeenCalledWith('reporting a choice failed', expect.any(Error));
    warn.mockRestore();
  });
});
