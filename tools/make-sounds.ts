/**
 * Synthesises the sound cues and writes
 * them to assets/sounds/ as Ogg Vorbis and MP3, mono 22.05 kHz, a few kilobytes each.
 * The synthesis is deterministic (seeded noise), so running it again gives the same sounds.
 *
 *   npx tsx tools/make-sounds.ts            # needs oggenc and lame (apt-get install vorbis-tools lame)
 *   npx tsx tools/make-sounds.ts --wav      # also keeps the WAV masters in assets/sounds/wav/
 *
 * The generated files are committed, so neither a build nor CI needs the encoders.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/engine/seeded-random.ts';

export const RATE = 22050;
type Samples = Float32Array;

const random = seededRandom;

const seconds = (s: number) => Math.round(s * RATE);

function silence(duration: number): Samples {
  return new Float32Array(seconds(duration));
}

/** White noise through a one-pole low-pass (cutoff in Hz). */
function noise(duration: number, cutoff: number, seed: number): Samples {
  const out = silence(duration);
  const rnd = random(seed);
  const k = 1 - Math.exp((-2 * Math.PI * cutoff) / RATE);
  let y = 0;
  for (let i = 0; i < out.length; i++) {
    y += k * (rnd() * 2 - 1 - y);
    out[i] = y;
  }
  return normalise(out, 1);
}

/** First-difference high-pass: removes rumble, keeps clicks. */
function highPass(x: Samples, amount = 0.95): Samples {
  const out = new Float32Array(x.length);
  let prevX = 0;
  let prevY = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    prevY = amount * (prevY + xi - prevX);
    prevX = xi;
    out[i] = prevY;
  }
  return out;
}

function tone(duration: number, freq: number, amp = 1): Samples {
  const out = silence(duration);
  for (let i = 0; i < out.length; i++) out[i] = amp * Math.sin((2 * Math.PI * freq * i) / RATE);
  return out;
}

function decay(x: Samples, halfLife: number): Samples {
  const k = Math.log(2) / (halfLife * RATE);
  return x.map((v, i) => v * Math.exp(-k * i));
}

/** Linear fade in and out (seconds), so nothing clicks. */
function fade(x: Samples, fadeIn: number, fadeOut: number): Samples {
  const a = seconds(fadeIn);
  const b = seconds(fadeOut);
  return x.map((v, i) => v * Math.min(1, a ? i / a : 1, b ? (x.length - 1 - i) / b : 1));
}

function mixInto(target: Samples, source: Samples, at: number, gain = 1): void {
  const start = seconds(at);
  for (let i = 0; i < source.length && start + i < target.length; i++) {
    target[start + i] = (target[start + i] ?? 0) + gain * (source[i] ?? 0);
  }
}

function normalise(x: Samples, peak: number): Samples {
  let max = 0;
  for (const v of x) max = Math.max(max, Math.abs(v));
  return max ? x.map((v) => (v / max) * peak) : x;
}

/** Makes a loop seamless: the tail is cross-faded into the head. */
function loopable(x: Samples, overlap: number): Samples {
  const n = seconds(overlap);
  const out = x.slice(0, x.length - n);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    out[i] = (out[i] ?? 0) * t + (x[x.length - n + i] ?? 0) * (1 - t);
  }
  return out;
}

/** A British double ring: 400 + 450 Hz, 0.4 s on, 0.2 s off, 0.4 s on. */
function phone(): Samples {
  const out = silence(1.3);
  const burst = () => {
    const a = tone(0.4, 400);
    const b = tone(0.4, 450);
    return fade(
      a.map((v, i) => 0.5 * (v + (b[i] ?? 0))),
      0.02,
      0.04,
    );
  };
  mixInto(out, burst(), 0.05);
  mixInto(out, burst(), 0.65);
  return normalise(out, 0.6);
}

/** A door pulled shut: a low thud and the latch. */
function door(): Samples {
  const out = silence(0.8);
  mixInto(out, decay(tone(0.5, 70), 0.07), 0.02, 0.9);
  mixInto(out, decay(noise(0.4, 400, 11), 0.05), 0.02, 0.6);
  mixInto(out, decay(highPass(noise(0.05, 6000, 12)), 0.01), 0.16, 0.5);
  return fade(normalise(out, 0.7), 0.002, 0.1);
}

/** Three knocks on a wooden door. */
function knock(): Samples {
  const out = silence(1.0);
  const one = (seed: number) => {
    const body = decay(tone(0.2, 180), 0.025);
    const hit = decay(noise(0.2, 1500, seed), 0.012);
    return body.map((v, i) => 0.7 * v + 0.5 * (hit[i] ?? 0));
  };
  [0.05, 0.3, 0.52].forEach((at, i) => mixInto(out, one(20 + i), at, i === 2 ? 0.85 : 1));
  return fade(normalise(out, 0.7), 0.002, 0.1);
}

/** Keystrokes at an unhurried, uneven pace. */
function typing(): Samples {
  const out = silence(1.6);
  const rnd = random(31);
  let at = 0.05;
  let seed = 40;
  while (at < 1.45) {
    const key = decay(highPass(noise(0.05, 5000, seed++)), 0.006);
    mixInto(out, key, at, 0.5 + rnd() * 0.5);
    at += 0.08 + rnd() * 0.14;
  }
  return fade(normalise(out, 0.45), 0.005, 0.1);
}

/** Room tone: soft broadband noise with a slow swell, as a 4-second loop. */
function roomTone(cutoff: number, seed: number, swell: number): Samples {
  const base = noise(4.5, cutoff, seed);
  return base.map((v, i) => v * (1 - swell + swell * Math.sin((2 * Math.PI * i) / (4.5 * RATE)) ** 2));
}

function office(): Samples {
  const out = roomTone(500, 50, 0.2).map((v) => v * 0.5);
  const rnd = random(51);
  for (let at = 0.6; at < 4.2; at += 0.5 + rnd() * 1.2) {
    mixInto(out, decay(highPass(noise(0.04, 4000, 60 + Math.floor(at * 10))), 0.005), at, 0.12);
  }
  return normalise(loopable(out, 0.5), 0.3);
}

/** Many voices far off: band-limited noise shaped at speech-syllable rate. */
function meeting(): Samples {
  const voice = highPass(noise(4.5, 900, 70), 0.9);
  const rnd = random(71);
  const env = new Float32Array(voice.length);
  let level = 0.5;
  for (let i = 0; i < env.length; i++) {
    if (i % seconds(0.18) === 0) level = 0.25 + rnd() * 0.75;
    env[i] = level;
  }
  let e = 0.5;
  const out = voice.map((v, i) => {
    e += 0.002 * ((env[i] ?? 0) - e);
    return v * e;
  });
  mixInto(out, roomTone(300, 72, 0.1), 0, 0.4);
  return normalise(loopable(out, 0.5), 0.3);
}

/** A ward at night: quiet air handling and a distant, soft monitor tone. */
function ward(): Samples {
  const out = roomTone(350, 80, 0.1).map((v) => v * 0.6);
  for (const at of [0.8, 2.8]) mixInto(out, fade(tone(0.12, 880, 0.12), 0.01, 0.05), at);
  return normalise(loopable(out, 0.5), 0.3);
}

/** A residential street: low traffic rumble with one car passing. */
function street(): Samples {
  const out = roomTone(250, 90, 0.15);
  const car = noise(3, 700, 91).map((v, i, a) => v * Math.sin((Math.PI * i) / a.length) ** 2);
  mixInto(out, car, 0.7, 0.8);
  return normalise(loopable(out, 0.5), 0.35);
}

export const SOUND_MAKERS: Record<string, () => Samples> = {
  phone,
  door,
  knock,
  typing,
  office,
  meeting,
  ward,
  street,
};

/** 16-bit PCM mono WAV. */
export function encodeWav(samples: Samples, rate = RATE): Uint8Array {
  const data = samples.length * 2;
  const buf = new ArrayBuffer(44 + data);
  const v = new DataView(buf);
  const str = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  str(0, 'RIFF');
  v.setUint32(4, 36 + data, true);
  str(8, 'WAVE');
  str(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  str(36, 'data');
  v.setUint32(40, data, true);
  samples.forEach((s, i) => v.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return new Uint8Array(buf);
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.join(root, 'assets', 'sounds');
  const keepWav = process.argv.includes('--wav');
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'sounds-'));
  try {
    for (const [name, make] of Object.entries(SOUND_MAKERS)) {
      const wav = path.join(work, `${name}.wav`);
      writeFileSync(wav, encodeWav(make()));
      execFileSync('oggenc', [
        '--quiet',
        '-q',
        '0',
        '--resample',
        String(RATE),
        '-o',
        path.join(outDir, `${name}.ogg`),
        wav,
      ]);
      execFileSync('lame', [
        '--quiet',
        '-m',
        'm',
        '-b',
        '32',
        '--resample',
        '22.05',
        wav,
        path.join(outDir, `${name}.mp3`),
      ]);
      if (keepWav) {
        mkdirSync(path.join(outDir, 'wav'), { recursive: true });
        writeFileSync(path.join(outDir, 'wav', `${name}.wav`), encodeWav(make()));
      }
      console.log(`${name}: ${(make().length / RATE).toFixed(2)} s`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
