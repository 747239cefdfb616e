// Accessibility: axe-core reports zero violations on the default, filtered, dimmed, searched and
// deep-linked views, in the light and the dark theme, at 1280 px and on a 390-px touch phone. axe is injected with page.evaluate (the page's CSP
// forbids adding a script tag).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, passages, waitForCurrent, scrollSettled, axeSource, assertNoProblems,
} from './harness.mjs';

let source;
let slug;
let target;
const sessions = {};

before(async () => {
  source = await axeSource();
  sessions.light = await open({ colorScheme: 'light' });
  sessions.dark = await open({ colorScheme: 'dark' });
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
  sessions['light, phone'] = await open({ colorScheme: 'light', ...phone });
  sessions['dark, phone'] = await open({ colorScheme: 'dark', ...phone });
  const { page, url } = sessions.light;
  await load(page, url);
  const all = await passages(page);
  const counts = new Map();
  for (const p of all) for (const s of p.speakers) counts.set(s, (counts.get(s) || 0) + 1);
  slug = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  target = all[Math.floor(all.length * 0.6)].id;
});
after(async () => {
  for (const session of Object.values(sessions)) await session?.close();
});

async function axe(page) {
  await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    if (result.passes.length < 10) throw new Error(`axe ran only ${result.passes.length} passing rules`);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 8).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/gu, ' ')}`),
      more: Math.max(0, v.nodes.length - 8),
    }));
  });
}

function report(violations) {
  return violations.map((v) => `\n[${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}${v.more ? `\n    … and ${v.more} more` : ''}`).join('');
}

const views = {
  default: () => '',
  'filtered (busiest speaker)': () => `?speakers=${slug}`,
  'filtered (narrator)': () => '?speakers=narrator',
  dimmed: () => `?speakers=${slug}&mode=dim`,
  searched: () => `?q=cyber#p-${target.slice(2)}`,
  'deep-linked': () => `#p-${target.slice(2)}`,
  'deep-linked, filtered out': () => `?speakers=narrator#p-${target.slice(2)}`,
  'with notices': () => '?speakers=nobody-at-all&mode=bogus&at=qqqq-xxxx#p-zzzzzzzz',
};

/** Whether the filter hides the headline's own passage (the whole text of the <h1>). */

for (const theme of ['light', 'dark', 'light, phone', 'dark, phone']) {
  for (const [view, suffix] of Object.entries(views)) {
    test(`axe: no violations on the ${view} view, ${theme} theme`, async (t) => {
      const { page, url, problems } = sessions[theme];
      await page.goto('about:blank');
      await load(page, `${url}${suffix()}`);
      if (view.startsWith('deep-linked') || view === 'searched') {
        await waitForCurrent(page, target);
        await scrollSettled(page);
      }
      const scheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(scheme, theme.startsWith('dark'), `the page sees the ${theme} colour scheme`);
      const violations = await axe(page);
      assert.equal(violations.length, 0, `axe violations on the ${view} view (${theme}):${report(violations)}`);
      assertNoProblems(t, problems);
    });
  }
}
