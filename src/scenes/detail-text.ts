/** What the reading area under the chronology line says: about an agency, an entry, or the case so far. */
import type { AgencyNode, ChronoItem, VisualModel } from '../engine/visual-model.ts';
import type { TimelineMark } from './layout.ts';

/** An agency pointed at: what clicking it does, what it shared, or whether it was asked. */
export function agencyDetail(a: AgencyNode): string {
  if (a.option) return `${a.name}: click to choose "${a.option.text}"`;
  if (a.shared.length) return `${a.name} shared: ${a.shared.join('; ')}`;
  return a.contacted ? `${a.name}: contacted` : `${a.name}: not asked`;
}

/** The entry being read; in a group, which of its entries this is. */
export function entryDetail(entry: ChronoItem, index: number, mark: TimelineMark | undefined): string {
  const group =
    mark && mark.members.length > 1
      ? ` (${mark.members.indexOf(index) + 1} of ${mark.members.length} here: click again for the next)`
      : '';
  return `${entry.when}: ${entry.what}${group}`;
}

/** With nothing being read: the setting, and the agencies to contact or else the chronology so far. */
export function overviewDetail(model: VisualModel): string {
  const options = model.agencies.filter((a) => a.option).length;
  const setting = model.sceneName ? `Setting: ${model.sceneName}. ` : '';
  const chrono = model.chronology.length
    ? `Chronology: ${model.chronology.length} ${model.chronology.length === 1 ? 'entry' : 'entries'}; click one to read it.`
    : 'The chronology fills as you learn about the child’s life.';
  return options
    ? `${setting}You can contact ${options === 1 ? 'one agency' : `${options} agencies`} here: click a ringed agency, or use the list.`
    : `${setting}${chrono}`;
}
