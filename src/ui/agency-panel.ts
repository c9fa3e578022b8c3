/**
 * The agencies around the child, as a list: the accessible equivalent of the map. Each
 * agency says whether it has been contacted and what it shared; at a whom-to-contact
 * decision, each agency that is an option has a button making that same choice.
 */
import type { VisualModel } from '../engine/visual-model.ts';
import { clear, h } from './dom.ts';

export class AgencyPanel {
  readonly root: HTMLDetailsElement;
  private readonly summaryCount: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly list: HTMLElement;

  constructor(
    private readonly choose: (optionIndex: number) => void,
    open: boolean,
  ) {
    this.summaryCount = h('span', { className: 'panel-count' });
    this.hint = h(
      'p',
      { className: 'panel-hint', hidden: true },
      'You can choose an agency to contact here, on the map, or in the list of choices below the story.',
    );
    this.list = h('ul', { className: 'agency-list' });
    this.root = h(
      'details',
      { className: 'visual-panel agency-panel', open },
      h('summary', {}, h('span', { className: 'panel-title' }, 'Agencies around the child'), ' ', this.summaryCount),
      this.hint,
      this.list,
    );
  }

  update(model: VisualModel): void {
    const contacted = model.agencies.filter((a) => a.contacted).length;
    const options = model.agencies.filter((a) => a.option).length;
    this.summaryCount.textContent = `(${contacted} of ${model.agencies.length} contacted${options ? `, ${options} to choose from now` : ''})`;
    this.hint.hidden = options === 0;
    clear(this.list);
    for (const a of model.agencies) {
      const stateId = `agency-state-${a.id}`;
      const item = h(
        'li',
        {
          className: `agency${a.contacted ? ' is-contacted' : ' is-dim'}${a.option ? ' is-option' : ''}`,
          'data-agency': a.id,
        },
        h('span', { className: 'agency-name' }, a.name),
        ' ',
        h(
          'span',
          { className: 'agency-state', id: stateId },
          a.contacted ? (a.shared.length ? '— contacted, shared:' : '— contacted') : '— not asked',
        ),
      );
      if (a.shared.length) {
        item.append(
          h(
            'ul',
            { className: 'agency-shared' },
            a.shared.map((text) => h('li', {}, text)),
          ),
        );
      }
      if (a.option) {
        const index = a.option.index;
        item.append(
          h(
            'button',
            {
              type: 'button',
              className: 'agency-choose',
              'data-index': index,
              'aria-describedby': stateId,
              onclick: () => this.choose(index),
            },
            a.option.text,
          ),
        );
      }
      this.list.append(item);
    }
  }
}
