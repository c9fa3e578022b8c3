/**
 * The Phaser scene: the setting's backdrop, the network of agencies around the child, and
 * the chronology line with a reading area under it. A view only: it draws the visual model
 * and reports clicks (an agency to contact, an entry to read); it never changes the story.
 */
import * as Phaser from 'phaser';
import { crossFade, drawBackdrop } from './backdrops.ts';
import {
  GAME_WIDTH,
  MARK_GAP,
  type Measure,
  NETWORK,
  TIMELINE,
  type TimelineLayout,
  type TimelineMark,
  agencyPosition,
  labelPlacement,
  layoutTimeline,
} from './layout.ts';
import { type AgencyNode, MAP_LABELS, type VisualModel } from '../engine/visual-model.ts';
import type { Palette } from './palette.ts';
import { agencyDetail, entryDetail, overviewDetail } from './detail-text.ts';
import { FONT, detailStyle, mapLabelStyle, smallBoldStyle, timelineLabelStyle } from './text-styles.ts';
import { TextPool } from './text-pool.ts';
import { drawTimelineLine } from './timeline-line.ts';

/** Frames with nothing moving before the game loop sleeps. */
const QUIET_FRAMES_BEFORE_SLEEP = 3;

export interface SceneEvents {
  /** The learner clicked an agency that is an option now: choose that option. */
  onAgency(optionIndex: number): void;
  /** The learner clicked a chronology entry. */
  onChrono(index: number): void;
}

export interface Look {
  palette: Palette;
  reducedMotion: boolean;
}

const DEPTH = { backdrop: 0, band: 1, network: 2, networkText: 3, timeline: 4, timelineText: 5, detail: 6 } as const;

export class CaseScene extends Phaser.Scene {
  private backdrop: Phaser.GameObjects.Graphics | null = null;
  private band!: Phaser.GameObjects.Graphics;
  private network!: Phaser.GameObjects.Container;
  private timeline!: Phaser.GameObjects.Container;
  /** Labels drawn over the network and the timeline, kept between redraws. */
  private networkText!: TextPool;
  private timelineText!: TextPool;
  private detail!: Phaser.GameObjects.Text;
  private pulses: Phaser.GameObjects.GameObject[] = [];
  /** The entry being read, by identity: a new entry can move it in the date-ordered list. */
  private selectedKey: string | null = null;
  private timelineLayout: TimelineLayout | null = null;
  private measureContext: CanvasRenderingContext2D | null = null;
  private hovering = false;
  /** Frames drawn since anything last moved or changed: the game loop sleeps after a few. */
  private quietFrames = 0;
  /** Agencies ringed as options in the last drawing: only a newly ringed one pulses. */
  private ringed = new Set<string>();

  constructor(
    private model: VisualModel,
    private look: Look,
    private readonly caseEvents: SceneEvents,
    private readonly onReady: () => void,
  ) {
    super({ key: 'case' });
  }

  create(): void {
    this.band = this.add.graphics().setDepth(DEPTH.band);
    this.network = this.add.container(0, 0).setDepth(DEPTH.network);
    this.timeline = this.add.container(0, 0).setDepth(DEPTH.timeline);
    this.networkText = new TextPool(this.add.container(0, 0).setDepth(DEPTH.networkText));
    this.timelineText = new TextPool(this.add.container(0, 0).setDepth(DEPTH.timelineText));
    this.detail = this.add
      .text(TIMELINE.left, TIMELINE.detailTop, '', detailStyle(this.look.palette))
      .setDepth(DEPTH.detail);
    this.redrawAll(false);
    this.onReady();
  }

  /**
   * Render on change: called every frame the loop runs. Once nothing has moved for a few
   * frames (no tween running), the loop sleeps, so the scene costs nothing while the
   * learner reads; `wake()` starts it again for the frames a change needs.
   */
  override update(): void {
    if (this.tweens.getTweens().length) this.quietFrames = 0;
    else if (++this.quietFrames >= QUIET_FRAMES_BEFORE_SLEEP) this.game.loop.sleep();
  }

  /** Starts the loop again (a change of beat, of look, a pointer over the drawing). */
  wake(): void {
    this.quietFrames = 0;
    this.game.loop.wake(true);
  }

  /** Stops drawing at once (a choice was made: the next passage is painted first); `show` wakes it. */
  hold(): void {
    this.game.loop.sleep();
  }

  /** Draws a new state of the case (after a choice). */
  show(model: VisualModel): void {
    this.wake();
    const sceneChanged = model.scene !== this.model.scene;
    this.model = model;
    if (this.selectedIndex() === null) this.selectedKey = null;
    if (sceneChanged) this.drawBackdrop(!this.look.reducedMotion);
    this.drawNetwork();
    this.drawTimeline();
    this.showDefaultDetail();
  }

  setLook(look: Look): void {
    this.wake();
    this.look = look;
    this.redrawAll(false);
  }

  /** Shows a chronology entry in the reading area (from a click here or in the page's list). */
  selectChrono(index: number | null): void {
    this.wake();
    this.selectedKey = index !== null ? (this.model.chronology[index]?.key ?? null) : null;
    this.drawTimeline();
    this.showDefaultDetail();
  }

  /** Index of the entry being read in the (date-ordered) chronology, or null. */
  private selectedIndex(): number | null {
    if (this.selectedKey === null) return null;
    const i = this.model.chronology.findIndex((c) => c.key === this.selectedKey);
    return i >= 0 ? i : null;
  }

  /** Text width as the canvas draws it, so labels that would collide can be left out. */
  private readonly measure: Measure = (text, size) => {
    this.measureContext ??= document.createElement('canvas').getContext('2d');
    const ctx = this.measureContext;
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${size}px ${FONT}`;
    return ctx.measureText(text).width;
  };

  private redrawAll(animate: boolean): void {
    this.cameras.main.setBackgroundColor(this.look.palette.background);
    this.detail.setColor(this.look.palette.inkText);
    this.drawBackdrop(animate);
    this.drawBand();
    this.drawNetwork();
    this.drawTimeline();
    this.showDefaultDetail();
  }

  private drawBackdrop(animate: boolean): void {
    const next = this.add.graphics().setDepth(DEPTH.backdrop);
    drawBackdrop(next, this.model.scene, this.look.palette);
    crossFade(this.tweens, this.backdrop, next, this.look.palette.backdropAlpha, animate);
    this.backdrop = next;
  }

  /** A light band behind the chronology so its text reads clearly over any backdrop. */
  private drawBand(): void {
    const p = this.look.palette;
    this.band.clear();
    this.band.fillStyle(p.detailFill, 0.88);
    this.band.fillRect(0, TIMELINE.y - 30, GAME_WIDTH, 200);
    this.band.lineStyle(1, p.dimLine, 1);
    this.band.lineBetween(0, TIMELINE.y - 30, GAME_WIDTH, TIMELINE.y - 30);
  }

  private clearPulses(): void {
    for (const target of this.pulses) this.tweens.killTweensOf(target);
    this.pulses = [];
  }

  private drawNetwork(): void {
    this.clearPulses();
    this.network.removeAll(true);
    this.networkText.begin();
    const p = this.look.palette;
    const { cx, cy } = NETWORK;
    const agencies = this.model.agencies;

    const edges = this.add.graphics();
    agencies.forEach((a, i) => {
      const pos = agencyPosition(i, agencies.length);
      if (a.contacted) edges.lineStyle(3, p.accent, 1);
      else edges.lineStyle(1, p.dimLine, 0.8);
      edges.lineBetween(cx, cy, pos.x, pos.y);
    });
    this.network.add(edges);

    // The child: an abstract figure, no face.
    const child = this.add.graphics();
    child.fillStyle(p.child, 1);
    child.lineStyle(2, p.ink, 1);
    child.fillCircle(cx, cy - 16, 10);
    child.strokeCircle(cx, cy - 16, 10);
    child.fillRoundedRect(cx - 14, cy - 3, 28, 26, 10);
    child.strokeRoundedRect(cx - 14, cy - 3, 28, 26, 10);
    this.network.add(child);
    this.label(cx, cy + 28, 'The child', 0.5, 0, true);

    agencies.forEach((a, i) => this.drawAgency(a, i, agencies.length));
    this.ringed = new Set(agencies.filter((a) => a.option).map((a) => a.id));
    this.networkText.sweep();
  }

  private drawAgency(a: AgencyNode, index: number, count: number): void {
    const { x, y, angle } = agencyPosition(index, count);
    this.drawAgencyNode(a, x, y);
    const place = labelPlacement(angle);
    this.label(x + place.x, y + place.y, MAP_LABELS[a.id].short, place.originX, place.originY, a.contacted);
    if (a.shared.length) this.drawSharedBadge(a.shared.length, x, y);
    if (a.option) this.drawOptionRing(x, y, !this.ringed.has(a.id));
    this.addAgencyHit(a, x, y);
  }

  /** The node, filled once the agency has been contacted, with its abbreviation. */
  private drawAgencyNode(a: AgencyNode, x: number, y: number): void {
    const p = this.look.palette;
    const r = NETWORK.nodeRadius;
    const node = this.add.graphics();
    if (a.contacted) {
      node.fillStyle(p.contacted, 1);
      node.fillCircle(x, y, r);
      node.lineStyle(2, p.contacted, 1);
    } else {
      node.fillStyle(p.dimFill, 1);
      node.fillCircle(x, y, r);
      node.lineStyle(2, p.dim, 1);
    }
    node.strokeCircle(x, y, r);
    this.network.add(node);
    this.smallBold(this.networkText, x, y, MAP_LABELS[a.id].abbr, a.contacted ? p.onContacted : p.mutedText);
  }

  /** How many things the agency has shared, on a badge at its top right. */
  private drawSharedBadge(shared: number, x: number, y: number): void {
    const p = this.look.palette;
    const at = NETWORK.nodeRadius * 0.8;
    const badge = this.add.graphics();
    badge.fillStyle(p.detailFill, 1);
    badge.lineStyle(2, p.accent, 1);
    badge.fillCircle(x + at, y - at, 7);
    badge.strokeCircle(x + at, y - at, 7);
    this.network.add(badge);
    this.smallBold(this.networkText, x + at, y - at, String(shared), p.accentText);
  }

  /**
   * The ring round an agency that can be chosen now: a double ring, which says so without
   * moving; it pulses twice when it first appears unless motion is reduced, then stays still.
   */
  private drawOptionRing(x: number, y: number, isNew: boolean): void {
    const ring = this.add.circle(x, y, NETWORK.nodeRadius + 6);
    ring.setStrokeStyle(3, this.look.palette.option, 1);
    const outer = this.add.circle(x, y, NETWORK.nodeRadius + 11);
    outer.setStrokeStyle(1, this.look.palette.option, 1);
    this.network.add([ring, outer]);
    if (this.look.reducedMotion || !isNew) return;
    this.tweens.add({
      targets: ring,
      alpha: { from: 1, to: 0.35 },
      duration: 550,
      yoyo: true,
      repeat: 1,
      ease: 'Sine.easeInOut',
    });
    this.pulses.push(ring);
  }

  /** Pointing at an agency describes it; clicking one that is an option chooses it. */
  private addAgencyHit(a: AgencyNode, x: number, y: number): void {
    const hit = this.add.zone(x, y, 52, 52).setInteractive({
      hitArea: new Phaser.Geom.Circle(26, 26, 26),
      hitAreaCallback: Phaser.Geom.Circle.Contains,
      useHandCursor: Boolean(a.option),
    });
    hit.on('pointerover', () => {
      this.hovering = true;
      this.detail.setText(agencyDetail(a));
    });
    hit.on('pointerout', () => {
      this.hovering = false;
      this.showDefaultDetail();
    });
    hit.on('pointerup', () => {
      if (a.option) this.caseEvents.onAgency(a.option.index);
      else this.detail.setText(agencyDetail(a));
    });
    this.network.add(hit);
  }

  /** A number or abbreviation in small bold type, centred on a point. */
  private smallBold(pool: TextPool, x: number, y: number, text: string, color: string): void {
    const style = smallBoldStyle(color);
    pool.get(JSON.stringify([x, y, text, style]), () => this.add.text(x, y, text, style).setOrigin(0.5));
  }

  /** An agency's or the child's name on the network. */
  private label(x: number, y: number, text: string, originX: number, originY: number, strong: boolean): void {
    const style = mapLabelStyle(this.look.palette, strong, originX);
    this.networkText.get(JSON.stringify([x, y, text, originX, originY, style]), () =>
      this.add.text(x, y, text, style).setOrigin(originX, originY),
    );
  }

  /**
   * The chronology line, scaled by time: a tick at each new year (with the year written
   * under the line when the labels name real years), a dot per entry or a numbered dot for
   * entries too close to tell apart, and a few labels that never overlap. Clicking a
   * numbered dot reads its entries in turn.
   */
  private drawTimeline(): void {
    this.timeline.removeAll(true);
    this.timelineText.begin();
    const selected = this.selectedIndex();
    const layout = layoutTimeline(this.model.chronology, {
      measure: this.measure,
      selected,
      years: this.model.chronologyYears,
    });
    this.timelineLayout = layout;
    this.timeline.add(drawTimelineLine(this.add.graphics(), layout, this.look.palette));
    layout.marks.forEach((mark, m) => this.drawMark(mark, selected !== null && layout.markOf[selected] === m));
    this.drawTimelineLabels(layout, selected);
    this.timelineText.sweep();
  }

  /** A dot for one entry, or a larger numbered dot for a group; new entries ringed and faded in. */
  private drawMark(mark: TimelineMark, isSelected: boolean): void {
    const p = this.look.palette;
    const isNew = mark.members.some((i) => this.model.chronology[i]?.isNew);
    const count = mark.members.length;
    const r = count > 1 ? TIMELINE.dotRadius + 2 : TIMELINE.dotRadius;
    const dot = this.add.graphics();
    dot.fillStyle(isSelected ? p.option : p.accent, 1);
    dot.fillCircle(mark.x, TIMELINE.y, isSelected ? r + 1 : r);
    if (isNew) {
      dot.lineStyle(2, p.option, 1);
      dot.strokeCircle(mark.x, TIMELINE.y, r + 3);
    }
    this.timeline.add(dot);
    if (isNew && !this.look.reducedMotion) {
      dot.setAlpha(0);
      this.tweens.add({ targets: dot, alpha: 1, duration: 600, ease: 'Sine.easeOut' });
    }
    if (count > 1) {
      this.smallBold(this.timelineText, mark.x, TIMELINE.y, String(count), isSelected ? p.inkText : p.onContacted);
    }
    const hit = this.add.zone(mark.x, TIMELINE.y, MARK_GAP, 26).setInteractive({ useHandCursor: true });
    hit.on('pointerup', () => {
      // A group: each click reads the next of its entries.
      const current = this.selectedIndex();
      const at = current === null ? -1 : mark.members.indexOf(current);
      const index = mark.members[(at + 1) % count]!;
      this.selectChrono(index);
      this.caseEvents.onChrono(index);
    });
    this.timeline.add(hit);
  }

  private drawTimelineLabels(layout: TimelineLayout, selected: number | null): void {
    const p = this.look.palette;
    for (const label of layout.labels) {
      // Not bold: the layout measured the regular face. The entry being read is darker.
      const reading = label.mark !== null && selected !== null && layout.markOf[selected] === label.mark;
      const size = label.kind === 'entry' ? TIMELINE.labelSize : TIMELINE.yearSize;
      const style = timelineLabelStyle(size, reading || label.kind === 'year' ? p.inkText : p.mutedText);
      this.timelineText.get(JSON.stringify([label.x, label.box.top, label.text, style]), () =>
        this.add.text(label.x, label.box.top, label.text, style).setOrigin(0.5, 0),
      );
    }
  }

  private showDefaultDetail(): void {
    if (this.hovering) return;
    const selected = this.selectedIndex();
    const entry = selected !== null ? this.model.chronology[selected] : undefined;
    if (entry && selected !== null) {
      const mark = this.timelineLayout?.marks[this.timelineLayout.markOf[selected] ?? -1];
      this.detail.setText(entryDetail(entry, selected, mark));
      return;
    }
    this.detail.setText(overviewDetail(this.model));
  }
}
