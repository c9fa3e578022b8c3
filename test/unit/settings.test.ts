import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SettingsStore, parseSettings } from '../../src/app/settings.ts';
import { MemoryStore } from '../../src/storage/store.ts';

describe('settings', () => {
  it('start with sound off, standard text and reflect-as-you-go feedback', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      sound: false,
      textSize: 100,
      feedbackMode: 'reflect',
      illustrations: true,
    });
  });

  it('keep what is valid in a stored record and replace what is not with the default', () => {
    const parsed = parseSettings({
      textSize: 150,
      highContrast: true,
      reducedMotion: 'yes',
      sound: true,
      volume: 7,
      feedbackMode: 'quiz',
      extra: 1,
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 150,
      highContrast: true,
      sound: true,
      volume: 1,
    });
    expect(parseSettings({ textSize: 130, volume: Number.NaN }).textSize).toBe(100);
    expect(parseSettings({ volume: -2 }).volume).toBe(0);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('apply a change to listeners at once, store it, and read it back next time', async () => {
    const store = new MemoryStore();
    const settings = await SettingsStore.open(store);
    const seen: [number, number][] = [];
    settings.subscribe((now, before) => seen.push([before.textSize, now.textSize]));
    await settings.update({ textSize: 200, volume: 0.3 });
    expect(seen).toEqual([[100, 200]]);
    expect(await store.get(SETTINGS_KEY)).toMatchObject({ textSize: 200, volume: 0.3 });
    const again = await SettingsStore.open(store);
    expect(again.value).toMatchObject({ textSize: 200, volume: 0.3, sound: false });
  });

  it('still apply a change when it cannot be stored, and say so by rejecting', async () => {
    const store = new MemoryStore();
    store.set = async () => {
      throw new Error('quota exceeded');
    };
    const settings = new SettingsStore(store);
    const seen: boolean[] = [];
    settings.subscribe((now) => seen.push(now.highContrast));
    await expect(settings.update({ highContrast: true })).rejects.toThrow('quota exceeded');
    expect(settings.value.highContrast).toBe(true);
    expect(seen).toEqual([true]);
  });
});
