// The research report's take-aways: the US/China gaps and what China needs, by topic.

import { all } from '../api.js';
import { downloads, filter, heading, recordLink } from '../components.js';
import { h } from '../dom.js';
import { codes, label, pick, t } from '../i18n.js';

/** @typedef {import("landscape-api").components["schemas"]["TakeawayDto"]} Takeaway */

/** @param {import("../state.js").State} state */
export async function view(state) {
  const params = { kind: state.kind, topic: state.topic };
  const list = await all('/takeaways', params);
  const takeaways = /** @type {Takeaway[]} */ (list.items);
  return h('section', { 'aria-labelledby': 'view-title' },
    heading(t('takeaways'), [
      filter('kind', t('kind'), 'takeawayKinds', state.kind),
      filter('topic', t('topic'), 'takeawayTopics', state.topic),
    ]),
    downloads('/takeaways', params, t('takeaways')),
    h('div', { class: 'columns' }, codes('takeawayKinds')
      .filter((kind) => takeaways.some((x) => x.kind === kind.code))
      .map((kind) => h('section', { class: 'takeaways', 'aria-labelledby': 'kind-' + kind.code },
        h('h3', { id: 'kind-' + kind.code }, label('takeawayKinds', kind.code)),
        h('ol', { 'data-kind': kind.code }, takeaways.filter((x) => x.kind === kind.code).map((x) => h('li', { 'data-takeaway': x.id },
          h('p', { class: 'topic' }, recordLink('/takeaways', x.id, label('takeawayTopics', x.topic))),
          h('p', {}, pick(x.text, x.textEn)))))))));
}
