import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOUNDS } from '../../src/engine/vocabulary.ts';
import { RATE, SOUND_MAKERS, encodeWav } from '../../tools/make-sounds.ts';

describe('the sound cues', () => {
  it('are synthesised for every cue of the story format, audible and never clipped', () => {
    expect(Object.keys(SOUND_MAKERS).sort()).toEqual([...SOUNDS].sort());
    for (const [name, make] of Object.entries(SOUND_MAKERS)) {
      const samples = make();
      const seconds = samples.length / RATE;
      expect(seconds, name).toBeGreaterThan(0.4);
      expect(seconds, name).toBeLessThanOrEqual(4);
      let peak = 0;
      let energy = 0;
      for (const s of samples) {
        peak = Math.max(peak, Math.abs(s));
        energy += s * s;
      }
      expect(peak, name).toBeLessThanOrEqual(1);
      expect(Math.sqrt(energy / samples.length), name).toBeGreaterThan(0.01);
    }
  });

  it('write a valid 16-bit mono WAV', () => {
    const wav = encodeWav(new Float32Array([0, 0.5, -0.5, 1]));
    const view = new DataView(wav.buffer);
    expect(String.fromCharCode(...wav.slice(0, 4))).toBe('RIFF');
    expect(String.fromCharCode(...wav.slice(8, 12))).toBe('WAVE');
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(RATE);
    expect(view.getUint32(40, true)).toBe(8);
    expect(view.getInt16(46, true)).toBe(Math.round(0.5 * 32767));
    expect(view.getInt16(50, true)).toBe(32767);
  });

  it('are committed in assets/sounds as small Ogg and MP3 files', () => {
    for (const name of SOUNDS) {
      for (const ext of ['ogg', 'mp3']) {
        const file = `assets/sounds/${name}.${ext}`;
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).size, file).toBeLessThan(25_000);
      }
    }
  });
});
