/**
 * How the trainer console and the presenter window keep in step. The console stores each
 * change and says so over a BroadcastChannel; the other window re-reads it (the newest
 * revision wins), so either can be reloaded. The presenter also says how many pages the
 * passage takes on the projector and asks the console to turn the page. Messages come from
 * another window, so each is checked before it is used.
 */
import * as v from 'valibot';
import type { Facilitation } from '../engine/facilitation.ts';
import type { FacilitationRepository } from '../storage/facilitations.ts';

const CHANNEL = 'safeguarding-simulator-facilitation';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const MessageSchema = v.variant('kind', [
  /** The console stored a change: re-read the session. */
  v.object({ kind: v.literal('changed'), id: v.string(), revision: count }),
  /** The presenter's passage takes `pages` pages on its screen; it shows `page`. */
  v.object({ kind: v.literal('pages'), id: v.string(), pages: v.pipe(count, v.minValue(1)), page: count }),
  /** The presenter was turned to `page` from its own window. */
  v.object({ kind: v.literal('turn'), id: v.string(), page: count }),
  /** A console opened: the presenter says its pages again. */
  v.object({ kind: v.literal('hello'), id: v.string() }),
]);

/** What the two windows say to each other. */
export type Message = v.InferOutput<typeof MessageSchema>;

/** The message, if `data` is one this app sends; anything else is ignored. */
export function readMessage(data: unknown): Message | null {
  const parsed = v.safeParse(MessageSchema, data);
  return parsed.success ? parsed.output : null;
}

export interface InStep {
  post(m: Message): void;
  stop(): void;
}

/**
 * Follows the other window for session `id`: changes stored by the console and the page
 * messages. Ticks the timers. Returns what posts to the other window and what stops both.
 */
export function keepInStep(
  id: string,
  repository: FacilitationRepository,
  current: () => Facilitation,
  on: { fresh(f: Facilitation): void; message?(m: Message): void; tick(now: number): void },
): InStep {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = async (e: MessageEvent<unknown>) => {
    const m = readMessage(e.data);
    if (m?.id !== id) return;
    if (m.kind !== 'changed') {
      on.message?.(m);
      return;
    }
    if (m.revision <= current().revision) return;
    const fresh = await repository.get(id);
    if (fresh && fresh.revision > current().revision) on.fresh(fresh);
  };
  const tick = window.setInterval(() => on.tick(Date.now()), 250);
  return {
    post: (m) => channel.postMessage(m),
    stop: () => {
      window.clearInterval(tick);
      channel.close();
    },
  };
}
