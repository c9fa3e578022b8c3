/**
 * Renders the small subset of Markdown our own docs use (headings, paragraphs, lists,
 * **bold**) as DOM nodes — text only, never parsed as HTML.
 */
import { h } from './dom.ts';

function inline(text: string): (string | HTMLElement)[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part) =>
      part.startsWith('**') && part.endsWith('**') ? h('strong', {}, part.slice(2, -2)) : part.replace(/`/g, ''),
    );
}

export function renderMarkdown(source: string): HTMLElement {
  const root = h('div', { className: 'markdown' });
  const blocks = source.replace(/\r/g, '').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const heading = /^(#{1,3})\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      const level = heading[1]!.length as 1 | 2 | 3;
      root.append(h(`h${level}` as 'h1', {}, ...inline(heading[2]!)));
      continue;
    }
    if (lines.every((l) => /^\s*([-*]|\d+\.)\s+/.test(l) || /^\s{2,}\S/.test(l))) {
      const ordered = /^\s*\d+\./.test(lines[0]!);
      const items: string[] = [];
      for (const l of lines) {
        const m = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(l);
        if (m && !/^\s{3,}/.test(l)) items.push(m[1]!);
        else items[items.length - 1] += ` ${l.trim().replace(/^(?:[-*]|\d+\.)\s+/, '')}`;
      }
      root.append(
        h(
          ordered ? 'ol' : 'ul',
          {},
          items.map((i) => h('li', {}, ...inline(i))),
        ),
      );
      continue;
    }
    root.append(h('p', {}, ...inline(lines.join(' '))));
  }
  return root;
}
