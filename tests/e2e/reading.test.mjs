// A first visit's stumbles (issue 13): feedback in view, linked passages clear of the bar on a
// phone, `j`/`k` from where the reader is, what the page shows explained, and a phone layout
// whose speaker chips wrap. Each test names the item it covers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { open, load, passages, placement, scrollSettled, waitForCurrent, currentId, settle, assertNoProblems, speakerToggles, ROOT } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Whether the element matching `selector` lies wholly inside the viewport. */
async function inViewport(page, selector) {
  return page.$eval(selector, (node) => {
    const r = node.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });
}

/** Clicks passage `id` inside its first line (an inline passage's box centre can be a gap). */
async function clickPassage(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const r = await page.$eval(`#${id}`, (n) => { const f = n.getClientRects()[0]; return { x: f.left + 3, y: f.top + f.height / 2 }; });
  await page.mouse.click(r.x, r.y);
}

/** Our generator's article (`explore gen`) of `sentences` sentences, opened from the dialog:
 * pasted (a long text is kept aside by the paste handler) or typed into the box. */
async function openGenerated(page, url, sentences, seed, { paste }) {
  const text = execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'gen', '--sentences', String(sentences), '--seed', String(seed)], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  await load(page, url);
  await page.getByRole('button', { name: /^Open article/u }).click();
  if (paste) {
    await page.evaluate((value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      document.querySelector('#open-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  } else {
    await page.locator('#open-text').fill(text);
  }
  await page.getByRole('button', { name: /^Analyse/u }).click();
}

/** A spoken passage about two thirds down the article. */
async function farPassage(page) {
  const all = (await passages(page)).filter((p) => p.speakers.length > 0);
  return all[Math.floor(all.length * 0.7)];
}

test('1: "Link copied" and a link\'s notices stay in the viewport after scrolling', async (t) => {
  for (const viewport of [{ width: 1280, height: 900 }, PHONE.viewport]) {
    const s = await open({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page, url } = s;
      await load(page, url);
      const target = await farPassage(page);
      await clickPassage(page, target.id);
      // On a loaded machine the page can still be settling after the scroll, and the click miss
      // the passage: click again until it is the chosen one, then copy.
      for (let attempt = 0; attempt < 3 && await currentId(page) !== target.id; attempt += 1) {
        await settle(page);
        await clickPassage(page, target.id);
      }
      await waitForCurrent(page, target.id);
      await page.keyboard.press('c');
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      assert.ok(await inViewport(page, '.copy-status .toast'), `${viewport.width} px: "Link copied" is in view`);
      // A link whose passage has changed and whose speaker is filtered out: its notices are in
      // view once the page has scrolled to the passage.
      const other = (await passages(page)).find((p) => p.speakers.length > 0 && !p.speakers.includes(target.speakers[0]));
      await load(page, `${url}?speakers=${other.speakers[0]}&at=nothing-like-this#${target.id}x`);
      await page.locator('.notice').first().waitFor();
      await load(page, `${url}?speakers=${other.speakers[0]}#${target.id}`);
      await waitForCurrent(page, target.id);
      await scrollSettled(page);
      assert.ok(await page.evaluate(() => window.scrollY) > 200, 'the page scrolled to the passage');
      assert.ok(await inViewport(page, '.target-bar'), `${viewport.width} px: the target bar ("filtered out") is in view`);
      assert.match(await page.locator('.target-bar').innerText(), /filtered out/u);
      assertNoProblems(t, s.problems);
    } finally {
      await s.close();
    }
  }
});

test('2: on a phone, a linked passage opens fully visible, its copy control over no text', async (t) => {
  const s = await open(PHONE);
  try {
    const { page, url } = s;
    await load(page, url);
    const target = await farPassage(page);
    const slugs = [...new Set((await passages(page)).flatMap((p) => p.speakers))];
    // A filter naming several speakers: the status line, and so the bar, is at its tallest.
    await load(page, `${url}?speakers=${slugs.slice(0, 4).join(',')},${target.speakers[0]}#${target.id}`);
    await waitForCurrent(page, target.id);
    await scrollSettled(page);
    const where = await placement(page, target.id);
    assert.ok(where.inViewport && where.top >= 0 && where.topUncovered, `first line visible and uncovered: ${JSON.stringify(where)}`);
    const inLine = await page.evaluate((id) => {
      const passage = document.getElementById(id);
      const copy = passage.querySelector('.copy').getBoundingClientRect();
      const lines = [...passage.getClientRects()];
      const last = lines[lines.length - 1];
      const middle = (copy.top + copy.bottom) / 2;
      return copy.width > 0 && middle >= last.top && middle <= last.bottom;
    }, target.id);
    assert.ok(inLine, 'the copy control sits in the passage\'s last line, over no other text');
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('2: at 1280 px a linked passage opens below the sticky bar however tall it is', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const all = await passages(page);
    const slugs = [...new Set(all.flatMap((p) => p.speakers))];
    const target = await farPassage(page);
    // Every speaker selected: the status line names them all and the bar grows.
    await load(page, `${url}?speakers=${slugs.join(',')}#${target.id}`);
    await waitForCurrent(page, target.id);
    await scrollSettled(page);
    const where = await placement(page, target.id);
    assert.ok(where.belowBar && where.topUncovered, `below the bar: ${JSON.stringify(where)}`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('3: j and k start from where the reader is, after scrolling and after a click', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const all = (await passages(page)).filter((p) => !p.hidden);
    // Scrolled to the middle with no target: `j` goes to the first passage on screen, not the headline.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await scrollSettled(page);
    const firstOnScreen = await page.evaluate(() => {
      const top = document.querySelector('.app-bar').getBoundingClientRect().bottom;
      return [...document.querySelectorAll('.article .passage')].find((p) => p.getBoundingClientRect().bottom > top + 6)?.id;
    });
    await page.keyboard.press('j');
    await waitForCurrent(page, firstOnScreen);
    // A click on a passage, then `j`: the next passage after the clicked one.
    const clicked = all[Math.floor(all.length * 0.3)];
    await clickPassage(page, clicked.id);
    await page.keyboard.press('j');
    await waitForCurrent(page, all[all.indexOf(clicked) + 1].id);
    await page.keyboard.press('k');
    await waitForCurrent(page, clicked.id);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('4: speaker names show without hovering, in the margin when wide, and the copy control says what it does', async (t) => {
  for (const viewport of [{ width: 1280, height: 900 }, PHONE.viewport]) {
    const s = await open({ viewport });
    try {
      const { page, url } = s;
      await load(page, url);
      const labels = await page.$$eval('.article .who', (nodes) => nodes.map((n) => {
        const r = n.getBoundingClientRect();
        const text = n.closest('.paragraph, h1')?.getBoundingClientRect();
        return { visible: n.checkVisibility() && r.width > 20 && r.height > 8, text: n.textContent, right: r.left >= (text?.right ?? 0) - 1 };
      }));
      assert.ok(labels.length >= 5, `labels where the speaker changes: ${labels.length}`);
      assert.ok(labels.every((l) => l.visible), `${viewport.width} px: every label is visible`);
      if (viewport.width >= 1280) assert.ok(labels.every((l) => l.right), 'wide: labels sit in the right margin');
      if (viewport.width === 1280) {
        const first = (await passages(page)).find((p) => p.speakers.length > 0);
        await page.locator(`#${first.id}`).hover();
        await page.locator(`#${first.id} .copy`).hover();
        const label = await page.$eval(`#${first.id} .copy`, (b) => getComputedStyle(b, '::after').content);
        assert.equal(label, '"Copy link"', 'the copy control shows its label on hover');
      }
      assertNoProblems(t, s.problems);
    } finally {
      await s.close();
    }
  }
});

test('9: on a phone the speaker chips wrap into rows, roles sit under their organisation, no "Shortcuts" on touch', async (t) => {
  const s = await open(PHONE);
  try {
    const { page, url } = s;
    await load(page, url);
    const layout = await page.$eval('.speakers', (list) => ({
      overflow: list.scrollWidth - list.clientWidth,
      width: list.getBoundingClientRect().width,
      chips: [...list.querySelectorAll('.speaker-toggle')].map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, role: b.closest('.roles') !== null };
      }),
    }));
    assert.ok(layout.overflow <= 1, `no sideways scrolling: ${layout.overflow} px`);
    assert.ok(layout.chips.every((c) => c.right <= layout.width + 20), 'every chip within the panel');
    const rows = new Set(layout.chips.map((c) => Math.round(c.top)));
    assert.ok(rows.size >= 2, `chips in rows: ${rows.size}`);
    // No empty band: each role chip starts within a chip's height of the chip above it.
    for (const [i, chip] of layout.chips.entries()) {
      if (!chip.role) continue;
      const above = layout.chips.slice(0, i).reduce((a, c) => Math.max(a, c.bottom), 0);
      assert.ok(chip.top - above < 12, `role chip ${i} right below its organisation: gap ${chip.top - above} px`);
    }
    assert.equal(await page.getByRole('button', { name: 'Shortcuts' }).isVisible(), false, 'no Shortcuts button on touch');
    await settle(page);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('7: search forgives punctuation, Enter walks the matches from the search box, "2 of N", the current match stands out', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const search = page.locator('#search');
    await search.fill('wests hypocrisy');
    await page.waitForFunction(() => document.querySelectorAll('.article mark').length === 1);
    assert.equal(await page.locator('.article mark').innerText(), 'West\'s hypocrisy', 'the possessive is found');
    // "cyber" is in the headline and in many passages.
    await search.fill('cyber');
    await page.waitForFunction(() => document.querySelectorAll('.article mark').length > 3);
    await search.press('Enter');
    const first = await page.$eval('[aria-current="location"]', (n) => n.id);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search', 'the focus stays in the search box');
    assert.match(await page.locator('.match-count').innerText(), /^1 of \d+$/u);
    // The first match is the headline: its copy control sits in its line, over no headline text.
    const inLine = await page.$eval('h1 .passage[aria-current] .copy', (copy) => {
      const lines = [...copy.closest('.passage').getClientRects()];
      const r = copy.getBoundingClientRect();
      const middle = (r.top + r.bottom) / 2;
      return middle >= lines[lines.length - 1].top && middle <= lines[lines.length - 1].bottom;
    });
    assert.ok(inLine, 'the headline\'s copy control is in its last line');
    await search.press('Enter');
    await page.waitForFunction((id) => document.querySelector('[aria-current="location"]')?.id !== id, first);
    assert.match(await page.locator('.match-count').innerText(), /^2 of \d+$/u, 'a second Enter goes on');
    const colours = await page.$$eval('.article mark', (marks) => marks.map((m) => ({
      current: m.closest('[aria-current]') !== null, bg: getComputedStyle(m).backgroundColor,
    })));
    const current = colours.filter((c) => c.current).map((c) => c.bg);
    const others = colours.filter((c) => !c.current).map((c) => c.bg);
    assert.ok(current.length > 0 && others.length > 0 && !others.includes(current[0]), `the current match looks different: ${current[0]} vs ${others[0]}`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('6: a role shown with its selected organisation is marked, and the counts add up to the status', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const toggles = await speakerToggles(page);
    const parentIndex = toggles.find((x) => x.isRole).parent;
    await page.locator('button.speaker-toggle').nth(parentIndex).click();
    const marked = await page.$$eval('li.speaker', (items) => items.map((li) => ({
      implied: li.classList.contains('implied'),
      pressed: li.querySelector(':scope > .speaker-toggle').getAttribute('aria-pressed') === 'true',
      label: li.querySelector(':scope > .speaker-toggle').textContent,
      count: Number(li.querySelector(':scope > .speaker-toggle .count').firstChild.textContent),
      check: getComputedStyle(li.querySelector(':scope > .speaker-toggle .swatch'), '::after').content,
    })));
    const implied = marked.filter((m) => m.implied);
    assert.ok(implied.length >= 1, 'the role chip is marked');
    assert.ok(implied.every((m) => !m.pressed && m.check === '"✓"' && /shown with its organisation/u.test(m.label)), JSON.stringify(implied));
    const shown = marked.filter((m) => m.pressed || m.implied).reduce((sum, m) => sum + m.count, 0);
    const status = await page.locator('#status').innerText();
    assert.match(status, new RegExp(`Showing ${shown} of`, 'u'), `chip counts ${shown} vs "${status}"`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('8: while a long article is still analysed the status says so and speaker names wait until final', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await openGenerated(page, url, 40000, 5, { paste: true });
    await page.locator('.app.preview').waitFor({ timeout: 30_000 });
    const during = await page.evaluate(() => ({
      status: document.querySelector('#status').textContent,
      names: [...document.querySelectorAll('.speaker-name, .article .who')].map((n) => n.checkVisibility({ visibilityProperty: true })),
    }));
    assert.match(during.status, /still being analysed/u);
    assert.ok(during.names.length > 0 && during.names.every((v) => !v), 'no speaker name shows before it is final');
    // Every status the page shows from now on, to see the layout announced and then done.
    await page.evaluate(() => {
      window.__statuses = [];
      // The explorer is replaced when the whole article arrives: watch the document.
      new MutationObserver(() => {
        const status = document.querySelector('#status')?.textContent || '';
        if (window.__statuses.at(-1) !== status) window.__statuses.push(status);
      })
        .observe(document.body, { childList: true, characterData: true, subtree: true });
    });
    await page.waitForFunction(() => !document.querySelector('.busy') && document.querySelector('.app') && !document.querySelector('.app.preview'), null, { timeout: 120_000 });
    const after = await page.evaluate(() => ({
      status: document.querySelector('#status').textContent,
      names: [...document.querySelectorAll('.speaker-name')].map((n) => n.checkVisibility({ visibilityProperty: true })),
    }));
    assert.doesNotMatch(after.status, /still being analysed/u);
    // Laying out 40,000 passages took over 120 s once on a loaded 2-core machine: generous.
    await page.waitForFunction(() => !/laying out/u.test(document.querySelector('#status').textContent), null, { timeout: 300_000, polling: 1_000 });
    const seen = await page.evaluate(() => window.__statuses);
    t.diagnostic(`statuses: ${[...new Set(seen)].join(' | ')}`);
    assert.ok(seen.some((text) => /Showing all \d+ passages · the page is still laying out the rest/u.test(text)), 'the layout is announced');
    assert.ok(after.names.length > 0 && after.names.every((v) => v), 'names show once final');
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('10: "Hide others" keeps the headline, marks hidden stretches, and a printout says what it shows', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const all = await passages(page);
    const slug = all.find((p) => p.speakers.length > 0 && !p.speakers.includes('narrator')).speakers[0];
    await load(page, `${url}?speakers=${slug}`);
    assert.ok(await page.locator('#headline').isVisible(), 'the headline stays');
    const markers = await page.$$eval('.article :is(.paragraph, .caption)', (blocks) => blocks
      .filter((b) => b.checkVisibility() && getComputedStyle(b, '::before').content.includes('hidden'))
      .map((b) => b.getBoundingClientRect().height));
    assert.ok(markers.length >= 1 && markers.every((h) => h > 0 && h < 60), `a short marker where text is left out: ${markers}`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({ status: document.querySelector('#status').checkVisibility() && document.querySelector('#status').textContent }));
    await page.emulateMedia({ media: 'screen' });
    const name = (await speakerToggles(page)).find((x) => x.pressed === 'true').name;
    assert.ok(printed.status && printed.status.includes(name), `the printout names the speaker: ${printed.status}`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('11: a role reads organisation first ("Chinese Mission to the EU spokesperson")', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const names = (await speakerToggles(page)).map((x) => x.name);
    assert.ok(!names.some((n) => /^[a-z]+ of [A-Z]/u.test(n)), `no "role of Organisation": ${names}`);
    assert.ok(names.some((n) => / spokesperson$/u.test(n)), `the spokesperson reads organisation first: ${names}`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('legend: explains the lines, labels and strip; folded away, it stays folded after a reload', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const legend = page.locator('details.legend');
    assert.notEqual(await legend.getAttribute('open'), null, 'open at first');
    const text = await legend.innerText();
    for (const words of ['Underlined', 'dashed', 'Two lines', 'own voice', 'Italics', 'strip', 'Highlighted']) assert.ok(text.includes(words), `legend mentions ${words}`);
    // The choice is kept on the legend's `toggle` event, a task after the click: wait for it
    // (a reload at once could come first on a loaded machine), as a reader's reload would.
    const kept = (state) => page.waitForFunction((want) => localStorage.getItem('article-explorer-legend') === want, state);
    await page.locator('details.legend > summary').click();
    assert.equal(await legend.getAttribute('open'), null);
    await kept('closed');
    await load(page, url);
    assert.equal(await page.locator('details.legend').getAttribute('open'), null, 'still folded after a reload');
    await page.locator('details.legend > summary').click();
    await kept('open');
    await load(page, url);
    assert.notEqual(await page.locator('details.legend').getAttribute('open'), null, 'open again');
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('copy quote and print: a passage copied as a quotation with speaker, headline, date and link; Print opens the print dialog', async (t) => {
  const s = await open({ permissions: ['clipboard-read', 'clipboard-write'], initScripts: [() => { window.__aePrinted = 0; window.print = () => { window.__aePrinted += 1; }; }] });
  try {
    const { page, url } = s;
    await load(page, url);
    const target = await farPassage(page);
    await clickPassage(page, target.id);
    await page.keyboard.press('c');
    await page.getByRole('button', { name: 'Copy quote' }).click();
    await page.getByRole('status').filter({ hasText: 'Quote copied' }).waitFor();
    const quote = await page.evaluate(() => navigator.clipboard.readText());
    const headline = await page.locator('#headline').getAttribute('aria-label');
    const label = await page.$eval(`#${target.id}`, (n) => n.title.replace(/^Speaker: /u, ''));
    assert.ok(quote.startsWith(`“${target.text.slice(0, 20)}`), quote);
    assert.ok(quote.includes(`— ${label}, in “${headline}”`), quote);
    assert.ok(quote.includes('2021') && quote.trim().endsWith(`#${target.id}`), quote);
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Print the article' }).click();
    assert.equal(await page.evaluate(() => window.__aePrinted), 1);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('4: the strip follows the filter: it maps only the selected speaker\'s passages', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const before = await page.$$eval('svg.strip rect', (rects) => rects.map((r) => r.getAttribute('class')));
    const chip = page.locator('li.speaker:not(.role) > .speaker-toggle').filter({ hasText: 'European Union' });
    const colour = (await chip.locator('.swatch').getAttribute('class')).match(/\bc\d+\b/u)[0];
    await chip.click();
    await page.waitForFunction((n) => document.querySelectorAll('svg.strip rect').length !== n, before.length);
    const after = await page.$$eval('svg.strip rect', (rects) => rects.map((r) => r.getAttribute('class')));
    assert.ok(after.length > 0 && after.every((c) => c === colour), `only ${colour}: ${after}`);
    assert.ok(new Set(before).size > 1, 'unfiltered, the strip shows several speakers');
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('5: past 8 speakers, no two look alike: distinct colour and line for each, both colours on a shared passage', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    // Our generator's article of 2,000 sentences has over 20 speakers.
    await openGenerated(page, url, 2000, 7, { paste: false });
    await page.waitForFunction(() => !document.querySelector('.busy') && !document.querySelector('.app.preview')
      && document.querySelectorAll('.speaker-toggle').length > 9, null, { timeout: 60_000 });
    const looks = await page.$$eval('.speaker-toggle .swatch:not(.narrator)', (swatches) => swatches.map((sw) => {
      const c = sw.className.match(/\bc(\d+)\b/u)[1];
      const u = sw.className.match(/\bu(\d+)\b/u)[1];
      return `c${c} u${u}`;
    }));
    t.diagnostic(`${looks.length} speakers`);
    assert.ok(looks.length > 8, `more than 8 speakers: ${looks.length}`);
    assert.equal(new Set(looks).size, Math.min(looks.length, 32), `distinct looks: ${looks.join(', ')}`);
    assert.ok(!looks.some((l) => l.startsWith('c0 ')), 'no speaker has the narrator\'s grey');
    await load(page, url);
    const shared = await page.$$eval('.article .passage.multi', (nodes) => nodes.map((n) => /\bd\d+\b/u.test(n.className)
      && getComputedStyle(n).backgroundImage.includes('gradient')));
    assert.ok(shared.length > 0 && shared.every(Boolean), `a shared passage draws the second speaker's line: ${shared.length}`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

// Screenshot review (issue 13 acceptance): what looked off in the screenshots, each checked here.

test('screenshot review: on a phone the bar\'s four buttons take two rows, and Shortcuts sits beside Hide/Dim', async (t) => {
  for (const options of [PHONE, { viewport: { width: 360, height: 740 } }]) {
    const s = await open(options);
    try {
      const { page, url } = s;
      await load(page, url);
      const bar = await page.evaluate(() => {
        const top = (node) => Math.round(node.getBoundingClientRect().top);
        const help = document.querySelector('.help-button');
        return {
          rows: new Set([...document.querySelectorAll('.article-actions > *')].map(top)).size,
          helpBesideMode: help.checkVisibility() ? top(help) === top(document.querySelector('.mode')) : null,
          height: Math.round(document.querySelector('.app-bar').getBoundingClientRect().height),
        };
      });
      t.diagnostic(`${options.viewport.width} px${options.hasTouch ? ', touch' : ''}: ${JSON.stringify(bar)}`);
      assert.equal(bar.rows, 2, `Open article, Export, Who says what about whom and By speaker in two rows: ${JSON.stringify(bar)}`);
      if (!options.hasTouch) assert.equal(bar.helpBesideMode, true, `Shortcuts beside Hide/Dim: ${JSON.stringify(bar)}`);
      assertNoProblems(t, s.problems);
    } finally {
      await s.close();
    }
  }
});

test('screenshot review: in the transcript the bar shows no passage controls or passage count; back in the article it does', async (t) => {
  for (const options of [PHONE, {}]) {
    const s = await open(options);
    try {
      const { page, url } = s;
      await load(page, `${url}?view=transcript&q=nato`);
      await page.waitForSelector('.speaker-group', { state: 'attached', timeout: 20_000 });
      const shown = () => page.evaluate(() => Object.fromEntries(['#status', '.mode', '.search .icon', '.match-count']
        .map((selector) => [selector, [...document.querySelectorAll(selector)].some((n) => n.checkVisibility())])));
      const inTranscript = await shown();
      const height = await page.$eval('.app-bar', (bar) => Math.round(bar.getBoundingClientRect().height));
      t.diagnostic(`${options.viewport?.width ?? 1280} px: bar ${height} px in the transcript, ${JSON.stringify(inTranscript)}`);
      assert.deepEqual(inTranscript, { '#status': false, '.mode': false, '.search .icon': false, '.match-count': false },
        'the article\'s passage count and controls are not shown over the transcript');
      if (options.hasTouch) assert.ok(height < 150, `the bar takes three rows on a phone: ${height} px`);
      await page.getByRole('button', { name: 'By speaker', exact: true }).click();
      await page.waitForFunction(() => document.querySelector('#status')?.checkVisibility());
      assert.deepEqual(await shown(), { '#status': true, '.mode': true, '.search .icon': true, '.match-count': true });
      assertNoProblems(t, s.problems);
    } finally {
      await s.close();
    }
  }
});

test('screenshot review: a link to the transcript opens on a phone with the transcript at the top of the screen', async (t) => {
  const s = await open(PHONE);
  try {
    const { page, url } = s;
    await load(page, `${url}?view=transcript`);
    await page.waitForSelector('.speaker-group', { state: 'attached', timeout: 20_000 });
    // The page scrolls there smoothly; measured mid-scroll the top was anywhere from 115 to 285
    // px on a loaded machine, then 8 px. Wait (up to 10 s) for it to arrive, then measure.
    await page.waitForFunction(() => {
      const top = document.querySelector('#statements')?.getBoundingClientRect().top;
      return top !== undefined && top >= -1 && top < 200;
    }, null, { timeout: 10_000 }).catch(() => {});
    await scrollSettled(page);
    const top = await page.$eval('#statements', (n) => Math.round(n.getBoundingClientRect().top));
    t.diagnostic(`transcript's top at ${top} px`);
    // At the top of the screen: scrolled to (about 8 px), or right under the phone's 134-px bar
    // when the page has not scrolled (138 px, seen on a loaded machine). The defect was 738 px.
    assert.ok(top >= -1 && top < 200, `the transcript starts at the top of the screen, not at ${top} px`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('screenshot review: the legend\'s "Highlighted" sample keeps its outline off the colon after it', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    await load(page, url);
    const gap = await page.$eval('.legend .sample.target', (sample) => {
      const range = document.createRange();
      range.setStart(sample.nextSibling, 0);
      range.setEnd(sample.nextSibling, 1);
      const outline = Number.parseFloat(getComputedStyle(sample).outlineWidth);
      return range.getBoundingClientRect().left - (sample.getBoundingClientRect().right + outline);
    });
    t.diagnostic(`outline to colon: ${gap.toFixed(1)} px`);
    assert.ok(gap >= 0, `the outline overlaps the colon by ${-gap} px`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});
