// Speaker filter: toggles, folded roles, "only", "Show all", dim mode, the status line, and the
// `?speakers=` URL round trip (replaceState, reload). Everything expected is read from the page's
// DOM contract (`data-speakers`, toggles), not from a copy of the analysis.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, ready, settle, passages, speakerToggles, speakersParam, show, assertNoProblems,
} from './harness.mjs';

let session;
/** Toggle index → slug, learnt by clicking each toggle and reading `?speakers=`. */
let slugs = [];
let toggles = [];

before(async () => {
  session = await open();
  const { page, url } = session;
  await load(page, url);
  toggles = await speakerToggles(page);
  slugs = [];
  for (let i = 0; i < toggles.length; i += 1) {
    await clickToggle(page, i, 'true');
    slugs.push(speakersParam(page.url()));
    await clickToggle(page, i, 'false');
  }
});
after(async () => { await session?.close(); });

const toggle = (page, i) => page.locator('button.speaker-toggle').nth(i);

async function clickToggle(page, i, expectPressed) {
  await toggle(page, i).click();
  await page.waitForFunction(([n, want]) =>
    document.querySelectorAll('button.speaker-toggle')[n]?.getAttribute('aria-pressed') === want, [i, expectPressed]);
  await settle(page);
}

/** The slugs a selection of toggle indices stands for: each one plus its folded roles. */
function expandedSlugs(indices) {
  const out = new Set();
  for (const i of indices) {
    out.add(slugs[i][0]);
    toggles.forEach((t, j) => { if (t.parent === i) out.add(slugs[j][0]); });
  }
  return out;
}

/** Whether a passage belongs to the selection (`narrator` stands for empty `data-speakers`). */
function selectedBy(passage, wanted) {
  if (passage.speakers.length === 0) return wanted.has('narrator');
  return passage.speakers.some((s) => wanted.has(s));
}

function assertHiddenExactly(all, wanted, what) {
  const wrong = all.filter((p) => p.hidden === selectedBy(p, wanted));
  assert.deepEqual(wrong.map((p) => `${p.id} [${p.rawSpeakers}] hidden=${p.hidden}`), [],
    `${what}: passages shown/hidden wrongly for selection {${[...wanted].join(', ')}}`);
}

async function status(page) {
  return (await page.locator('#status[role="status"]').innerText()).replace(/\s+/gu, ' ').trim();
}

test('the page offers several speakers, each with a distinct slug, including the narrator', async (t) => {
  const { page, problems } = session;
  assert.ok(toggles.length >= 3, `expected several speaker toggles, got ${toggles.length}`);
  for (const [i, s] of slugs.entries()) {
    assert.equal(s.length, 1, `toggle ${i} (${toggles[i].name}) should put exactly one slug in ?speakers=, got ${s}`);
    assert.match(s[0], /^[a-z0-9-]+$/u, `slug of ${toggles[i].name}`);
  }
  const flat = slugs.map((s) => s[0]);
  assert.equal(new Set(flat).size, flat.length, `slugs are distinct: ${flat}`);
  assert.ok(flat.includes('narrator'), `a toggle selects the article's own voice (narrator): ${flat}`);
  const all = await passages(page);
  assert.ok(all.some((p) => p.speakers.length === 0), 'some passages are the narrator\'s');
  for (const slug of new Set(all.flatMap((p) => p.speakers))) {
    assert.ok(flat.includes(slug), `speaker "${slug}" of a passage has a toggle`);
  }
  // Each toggle's accessible name contains the display name; its count matches the DOM.
  for (const [i, t] of toggles.entries()) {
    const name = await toggle(page, i).evaluate((b) => b.textContent);
    assert.ok(name.includes(t.name), `accessible name of toggle ${i} contains "${t.name}"`);
    const count = Number((t.label.match(/(\d+)\s*passages?\s*$/u) || [])[1]);
    const slug = slugs[i][0];
    const n = all.filter((p) => (slug === 'narrator' ? p.speakers.length === 0 : p.speakers.includes(slug))).length;
    assert.equal(count, n, `count shown on "${t.name}" equals its passages in the DOM`);
  }
  assertNoProblems(t, problems);
});

test('each speaker toggle hides exactly the other passages; status and URL follow; history is not flooded', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const total = (await passages(page)).length;
  const historyLength = await page.evaluate(() => history.length);
  for (let i = 0; i < toggles.length; i += 1) {
    await clickToggle(page, i, 'true');
    const all = await passages(page);
    const wanted = expandedSlugs([i]);
    assertHiddenExactly(all, wanted, `after clicking "${toggles[i].name}"`);
    const shown = all.filter((p) => !p.hidden).length;
    assert.ok(shown > 0 && shown < total || toggles.length === 1, `"${toggles[i].name}" shows some, not all passages (${shown}/${total})`);
    const line = await status(page);
    assert.match(line, new RegExp(`\\b${shown} of ${total}\\b`, 'u'), `status line counts the shown passages: "${line}"`);
    assert.ok(line.includes(toggles[i].name), `status line names "${toggles[i].name}": "${line}"`);
    assert.deepEqual(speakersParam(page.url()), [slugs[i][0]], 'URL carries ?speakers=<slug>');
    await clickToggle(page, i, 'false');
    const after = await passages(page);
    assert.deepEqual(after.filter((p) => p.hidden).map((p) => p.id), [], 'toggling off shows everything again');
    assert.equal(new URL(page.url()).searchParams.get('speakers'), null, 'speakers= leaves the URL');
    assert.doesNotMatch(await status(page), /\bof\b.*·/u, 'status line no longer names a filter');
  }
  assert.equal(await page.evaluate(() => history.length), historyLength,
    'filter changes replace the history entry (history.length unchanged)');
  assertNoProblems(t, problems);
});

test('selecting an organisation also shows its folded roles; a role is selectable on its own', async (t) => {
  const { page, url, problems } = session;
  const roleIdx = toggles.findIndex((x) => x.isRole && x.parent !== null);
  if (roleIdx < 0) {
    t.skip('this article has no role folded under an organisation');
    return;
  }
  const orgIdx = toggles[roleIdx].parent;
  await load(page, url);
  const roleSlug = slugs[roleIdx][0];
  const orgSlug = slugs[orgIdx][0];
  await clickToggle(page, orgIdx, 'true');
  let all = await passages(page);
  const rolePassages = all.filter((p) => p.speakers.includes(roleSlug));
  assert.ok(rolePassages.length > 0, `the role ${roleSlug} has passages`);
  assert.deepEqual(rolePassages.filter((p) => p.hidden).map((p) => p.id), [],
    `selecting ${orgSlug} shows the passages of its role ${roleSlug}`);
  assertHiddenExactly(all, expandedSlugs([orgIdx]), `organisation ${orgSlug}`);
  await clickToggle(page, orgIdx, 'false');
  await clickToggle(page, roleIdx, 'true');
  all = await passages(page);
  assertHiddenExactly(all, new Set([roleSlug]), `role ${roleSlug} alone`);
  assert.ok(all.some((p) => p.hidden && p.speakers.includes(orgSlug) && !p.speakers.includes(roleSlug)),
    `the role alone hides the organisation's own passages`);
  assertNoProblems(t, problems);
});

test('multi-select shows the union; "only" keeps one speaker; "Show all" clears', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const tops = toggles.flatMap((x, i) => (x.isRole ? [] : [i]));
  assert.ok(tops.length >= 3, `expected at least three top-level speakers, got ${tops.length}`);
  const [a, b, c] = tops;
  await clickToggle(page, a, 'true');
  await clickToggle(page, b, 'true');
  let all = await passages(page);
  assertHiddenExactly(all, expandedSlugs([a, b]), 'two speakers selected');
  assert.deepEqual(speakersParam(page.url()), [slugs[a][0], slugs[b][0]], 'URL lists both slugs in click order');
  // "only" on a third speaker.
  await page.locator('button.speaker-toggle').nth(c).locator('xpath=following-sibling::button[1]').click();
  await page.waitForFunction((n) => {
    const pressed = [...document.querySelectorAll('button.speaker-toggle')].map((x) => x.getAttribute('aria-pressed'));
    return pressed.filter((p) => p === 'true').length === 1 && pressed[n] === 'true';
  }, c);
  await settle(page);
  const onlyName = await page.locator('button.speaker-toggle').nth(c).locator('xpath=following-sibling::button[1]').getAttribute('aria-label');
  assert.match(onlyName || '', /only/iu, 'the button next to a toggle is its "only" control');
  assert.ok(onlyName.includes(toggles[c].name), `"only" names the speaker: ${onlyName}`);
  all = await passages(page);
  assertHiddenExactly(all, expandedSlugs([c]), '"only" one speaker');
  assert.deepEqual(speakersParam(page.url()), [slugs[c][0]]);
  // "Show all".
  const clear = page.getByRole('button', { name: 'Show all' });
  await clear.click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('button.speaker-toggle')].every((x) => x.getAttribute('aria-pressed') === 'false'));
  await settle(page);
  all = await passages(page);
  assert.deepEqual(all.filter((p) => p.hidden).map((p) => p.id), [], '"Show all" shows every passage');
  assert.equal(new URL(page.url()).searchParams.get('speakers'), null);
  assert.match(await status(page), new RegExp(`\\b${all.length}\\b`, 'u'), 'status line counts all passages');
  assert.ok(await clear.isDisabled(), '"Show all" is disabled when nothing is filtered');
  assertNoProblems(t, problems);
});

test('dim mode keeps every passage displayed, dims the others, and round-trips through the URL', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const baseline = await passages(page);
  const i = slugs.findIndex((s) => s[0] !== 'narrator');
  await clickToggle(page, i, 'true');
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('radio', { name: 'Dim others' }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'dim');
  await settle(page);
  const check = async (what) => {
    const all = await passages(page);
    const wanted = expandedSlugs([i]);
    assert.deepEqual(all.filter((p) => p.hidden).map((p) => p.id), [], `${what}: dim mode hides nothing`);
    for (const [k, p] of all.entries()) {
      if (selectedBy(p, wanted)) {
        assert.equal(p.color, baseline[k].color, `${what}: selected passage ${p.id} keeps its colour`);
      } else {
        assert.notEqual(p.color, baseline[k].color, `${what}: other passage ${p.id} [${p.rawSpeakers}] is dimmed`);
      }
    }
    assert.ok(await page.getByRole('radio', { name: 'Dim others' }).isChecked(), `${what}: "Dim others" is checked`);
  };
  await check('after choosing "Dim others"');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'mode change replaces the history entry');
  assert.deepEqual(speakersParam(page.url()), [slugs[i][0]]);
  await page.reload();
  await ready(page);
  await check('after reload');
  await page.getByRole('radio', { name: 'Hide others' }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === null);
  await settle(page);
  assertHiddenExactly(await passages(page), expandedSlugs([i]), 'back to hide mode');
  assertNoProblems(t, problems);
});

test('reload restores the same filter from ?speakers=', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const picks = [0, toggles.length - 1];
  for (const i of picks) await clickToggle(page, i, 'true');
  const before = await passages(page);
  const beforeUrl = page.url();
  await page.reload();
  await ready(page);
  assert.equal(page.url(), beforeUrl, 'the URL survives the reload unchanged');
  const pressed = (await speakerToggles(page)).map((x) => x.pressed);
  assert.deepEqual(pressed, toggles.map((_, i) => (picks.includes(i) ? 'true' : 'false')), 'same toggles pressed');
  const after = await passages(page);
  assert.deepEqual(after.map((p) => [p.id, p.hidden]), before.map((p) => [p.id, p.hidden]), 'same passages hidden');
  assertHiddenExactly(after, expandedSlugs(picks), 'after reload');
  assertNoProblems(t, problems);
});

test('?speakers=narrator shows exactly the passages with empty data-speakers', async (t) => {
  const { page, url, problems } = session;
  await load(page, `${url}?speakers=narrator`);
  const all = await passages(page);
  const narrator = all.filter((p) => p.rawSpeakers === '');
  assert.ok(narrator.length > 0, 'the article has narrator passages');
  assert.deepEqual(all.filter((p) => p.hidden !== (p.rawSpeakers !== '')).map((p) => `${p.id} [${p.rawSpeakers}]`), [],
    'only narrator passages are displayed');
  const narratorIdx = slugs.findIndex((s) => s[0] === 'narrator');
  const pressed = (await speakerToggles(page)).map((x) => x.pressed);
  assert.deepEqual(pressed, toggles.map((_, i) => (i === narratorIdx ? 'true' : 'false')), 'the narrator toggle is pressed');
  const line = await status(page);
  assert.match(line, new RegExp(`\\b${narrator.length} of ${all.length}\\b`, 'u'), `status: "${line}"`);
  assertNoProblems(t, problems);
});

test('paragraphs and captions whose passages are all filtered out shrink to one short marker per run', async (t) => {
  const { page, url, problems } = session;
  const empty = [];
  let emptied = 0;
  for (const [slug] of slugs) {
    await load(page, `${url}?speakers=${slug}`);
    const found = await page.$$eval('.article .paragraph, .article figure.caption', (blocks) => blocks
      .filter((b) => {
        const parts = [...b.querySelectorAll('.passage')];
        return parts.length > 0 && parts.every((p) => getComputedStyle(p).display === 'none');
      })
      .map((b) => ({
        block: `${b.tagName.toLowerCase()}.${[...b.classList].join('.')} (${b.querySelector('.passage').id})`,
        height: Math.round(b.getBoundingClientRect().height),
        display: getComputedStyle(b).display,
        marker: getComputedStyle(b, '::before').content,
        followsHidden: (() => {
          const before = b.previousElementSibling;
          return before !== null && [...before.querySelectorAll('.passage')].every((p) => getComputedStyle(p).display === 'none');
        })(),
      })));
    emptied += found.length;
    // The first of a run is a one-line marker; the others take no room.
    for (const b of found) {
      const ok = b.followsHidden ? b.display === 'none' || b.height === 0 : b.marker.includes('hidden') && b.height < 60;
      if (!ok) empty.push({ slug, ...b });
    }
  }
  assert.ok(emptied > 0, 'filters empty some blocks');
  assert.deepEqual(empty, [], `emptied blocks other than one short marker per run: ${JSON.stringify(empty)}`);
  assertNoProblems(t, problems);
});
