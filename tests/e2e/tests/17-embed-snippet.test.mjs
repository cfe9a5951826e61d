// 17. The Embed control: #embed-toggle opens #embed-panel with an <iframe> snippet and a
// pym.js snippet for the current view; pasted into a blank page on another origin, each
// shows the same drafts.
import { after, before } from 'node:test';
import { useApp, appTest, assert, gotoApp, loadFixture } from '../lib/harness.mjs';
import { startServer, PYM_DIST_DIR } from '../lib/server.mjs';
import { appFrame, viewOfHash, waitForView, waitForFrameFits, pollUntil, toggleParty, waitForHashView } from '../lib/views.mjs';

const app = useApp();
let host; // another origin where the snippets are pasted
before(async () => { host = await startServer({ mounts: { '/vendor/pym/': PYM_DIST_DIR } }); });
after(async () => { await host?.close(); });

const LOCAL_PYM = '/vendor/pym/pym.v1.min.js';
const VIEW = { left: 'e3', right: 'us-28', parties: ['ua'] };

async function chooseView(page) {
  await page.selectOption('#left-draft', VIEW.left);
  await page.selectOption('#right-draft', VIEW.right);
  await toggleParty(page, 'ua', true);
  await waitForHashView(page, VIEW, 'the chosen view is in the hash');
}

async function openPanel(page) {
  const toggle = page.locator('#embed-toggle');
  await toggle.waitFor({ state: 'visible', timeout: 5_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#embed-panel').waitFor({ state: 'visible', timeout: 5_000 });
  await page.locator('textarea#embed-code-iframe').waitFor({ state: 'visible', timeout: 5_000 });
}

const code = (page, which) => page.$eval(`textarea#embed-code-${which}`, (t) => t.value);

/** Parse the iframe snippet in the page (DOMParser): its elements and the iframe's attributes. */
async function parseIframeSnippet(page, snippet) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const elements = [...doc.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
    const f = doc.querySelector('iframe');
    const attrs = f ? Object.fromEntries([...f.attributes].map((a) => [a.name, a.value])) : null;
    return { elements, attrs, text: doc.body.textContent.trim() };
  }, snippet);
}

function assertAppUrl(src, server, view, what) {
  let u;
  assert.doesNotThrow(() => { u = new URL(src); }, `${what}: src is an absolute URL (${src})`);
  assert.equal(u.origin, server.origin, `${what}: src is on the app's origin`);
  assert.equal(u.pathname, new URL(server.url).pathname, `${what}: src is the app's own path`);
  assert.equal(u.searchParams.get('embed'), '1', `${what}: src has embed=1 (${src})`);
  assert.equal(u.searchParams.getAll('embed').length, 1, `${what}: embed=1 once`);
  const v = viewOfHash(u.hash);
  for (const [k, x] of Object.entries(view)) {
    assert.deepEqual(v[k], x, `${what}: the hash of the src names ${k}=${JSON.stringify(x)} (${u.hash})`);
  }
  return u;
}

function page0(title, body) {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>`
    + '<style>body{margin:0;font:16px sans-serif}.article{padding:1rem}</style></head>'
    + `<body><p class="article">A blog post with the widget pasted in.</p>\n${body}\n<p class="article">The end.</p></body></html>`;
}

appTest('#embed-toggle (aria-expanded) shows and hides #embed-panel with both snippets', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const toggle = page.locator('#embed-toggle');
  await toggle.waitFor({ state: 'visible', timeout: 5_000 });
  assert.equal(await toggle.evaluate((e) => e.tagName), 'BUTTON', '#embed-toggle is a <button>');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'collapsed at first');
  assert.equal(await page.locator('#embed-panel').isVisible(), false, 'the panel is hidden at first');
  const controls = await toggle.getAttribute('aria-controls');
  if (controls) assert.equal(controls, 'embed-panel', 'aria-controls points at the panel');

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'expanded after a click');
  await page.locator('#embed-panel').waitFor({ state: 'visible', timeout: 5_000 });
  for (const which of ['iframe', 'pym']) {
    const t = page.locator(`#embed-panel textarea#embed-code-${which}`);
    assert.ok(await t.isVisible(), `textarea#embed-code-${which} is visible in the panel`);
    const label = await t.evaluate((el) => [...el.labels].map((l) => l.textContent.trim()).join(' ') || el.getAttribute('aria-label') || '');
    assert.ok(label.length > 0, `textarea#embed-code-${which} has a label`);
    assert.ok((await t.inputValue()).length > 20, `textarea#embed-code-${which} holds code`);
  }

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'collapsed after a second click');
  await page.locator('#embed-panel').waitFor({ state: 'hidden', timeout: 5_000 });
});

appTest('the <iframe> snippet is one iframe with a title, an absolute src with embed=1 and the current view', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await chooseView(page);
  await openPanel(page);
  const snippet = await code(page, 'iframe');
  const parsed = await parseIframeSnippet(page, snippet);
  assert.deepEqual(parsed.elements, ['iframe'], `a single <iframe> and nothing else (got ${parsed.elements.join(', ')})`);
  assert.equal(parsed.text, '', 'no stray text');
  assert.ok(parsed.attrs.title?.trim(), 'the iframe has a title');
  assert.equal(parsed.attrs.width, '100%', 'width="100%"');
  assert.match(parsed.attrs.height ?? '', /^\d+(px)?$/, `a numeric height (got ${parsed.attrs.height})`);
  assertAppUrl(parsed.attrs.src, server, VIEW, 'iframe snippet');
  const pageHash = viewOfHash(await page.evaluate(() => location.hash));
  assert.deepEqual(viewOfHash(new URL(parsed.attrs.src).hash), pageHash, 'the src hash is the page’s hash');
});

appTest('the <iframe> snippet pasted into a blank page on another origin shows the same view', app, async ({ page, server, browser }) => {
  await gotoApp(page, server.url);
  await chooseView(page);
  await openPanel(page);
  const snippet = await code(page, 'iframe');
  const url = host.route('/blog/iframe-snippet.html', { body: page0('iframe snippet', snippet), type: 'text/html; charset=utf-8' });

  await page.goto(url);
  const { frame } = await appFrame(page, 'iframe');
  await waitForView(frame, VIEW, 'the pasted iframe shows the chosen drafts and party');
  assert.equal(await frame.$eval('main#clausewise', (m) => m.classList.contains('embed')), true, 'it is the compact embed');
  assert.ok(await frame.locator('#rows .position[data-party="ua"]').count() > 0, 'ua positions are shown in the embed');
});

appTest('the pym.js snippet: a container and new pym.Parent(...) for the same URL; pasted, it shows the same view and fits', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await chooseView(page);
  await openPanel(page);
  const snippet = await code(page, 'pym');
  const iframeSrc = (await parseIframeSnippet(page, await code(page, 'iframe'))).attrs.src;

  assert.match(snippet, /new\s+pym\.Parent\s*\(/, 'the snippet calls new pym.Parent(');
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    return {
      divIds: [...doc.querySelectorAll('div[id]')].map((d) => d.id),
      scripts: [...doc.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), text: s.textContent })),
    };
  }, snippet);
  assert.ok(parsed.divIds.length >= 1, 'the snippet has a container <div id="…">');
  const call = parsed.scripts.map((s) => s.text).find((t) => /new\s+pym\.Parent/.test(t));
  assert.ok(call, 'an inline script calls new pym.Parent');
  const m = call.match(/new\s+pym\.Parent\s*\(\s*(['"])([^'"]+)\1\s*,\s*(['"])([^'"]+)\3/);
  assert.ok(m, `new pym.Parent('<container id>', '<url>', …) with string literals (got ${call.trim().slice(0, 200)})`);
  const [, , containerId, , target] = m;
  assert.ok(parsed.divIds.includes(containerId), `pym.Parent targets the container div "${containerId}"`);
  assertAppUrl(target, server, VIEW, 'pym snippet');
  assert.equal(target, iframeSrc, 'pym.Parent points at the same URL as the iframe snippet');

  // Paste it into a page on another origin; use the locally served pym.js instead of any CDN copy.
  let local = snippet.replace(/(<script\b[^>]*\bsrc\s*=\s*)(["'])[^"']*pym[^"']*\2/gi, `$1$2${LOCAL_PYM}$2`);
  if (!/<script\b[^>]*\bsrc\s*=/i.test(local)) local = `<script src="${LOCAL_PYM}"></script>\n${local}`;
  const url = host.route('/blog/pym-snippet.html', { body: page0('pym snippet', local), type: 'text/html; charset=utf-8' });

  await page.goto(url);
  const { handle, frame } = await appFrame(page, `#${containerId} iframe`);
  assert.match(await handle.getAttribute('src'), /[?&]childId=/, 'pym.js made the iframe (childId in its src)');
  await waitForView(frame, VIEW, 'the pym embed shows the chosen drafts and party');
  await waitForFrameFits(handle, frame, 'the pym embed from the snippet');
}, { viewport: { width: 900, height: 700 } });

appTest('the snippets follow the view while the panel is open', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await openPanel(page);
  const before = await code(page, 'iframe');
  await page.selectOption('#left-draft', 'ua-20');
  await page.selectOption('#right-draft', 'e3');
  await toggleParty(page, 'eu', true);
  const after = await pollUntil(() => code(page, 'iframe'), (s) => s !== before, 'the iframe snippet changed with the view');
  const parsed = await parseIframeSnippet(page, after);
  assertAppUrl(parsed.attrs.src, server, { left: 'ua-20', right: 'e3', parties: ['eu'] }, 'iframe snippet after changes');
  const pym = await code(page, 'pym');
  assert.ok(pym.includes(parsed.attrs.src), 'the pym snippet has the same new URL');
});

appTest('the snippet keeps the page’s data= (same clause set in the embed)', app, async ({ page, server }) => {
  const fx = loadFixture('second.json');
  const dataUrl = server.fixtureUrl('second.json');
  await page.goto(`${server.url}?data=${encodeURIComponent(dataUrl)}`);
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent.includes(t), fx.title, { timeout: 20_000 });
  await openPanel(page);
  const parsed = await parseIframeSnippet(page, await code(page, 'iframe'));
  const u = new URL(parsed.attrs.src);
  assert.equal(u.searchParams.get('data'), dataUrl, 'data= is carried into the embed URL');
  assert.equal(u.searchParams.get('embed'), '1');
});

appTest('copy buttons, when present, copy their textarea’s code', app, async ({ page, server, t }) => {
  await gotoApp(page, server.url);
  await openPanel(page);
  for (const which of ['iframe', 'pym']) {
    const button = page.locator(`#copy-${which}`);
    if ((await button.count()) === 0) {
      t.diagnostic(`#copy-${which} is not there (optional)`);
      continue;
    }
    await button.click();
    const copied = await pollUntil(() => page.evaluate(() => navigator.clipboard.readText().catch((e) => `!${e}`)),
      (s) => !s.startsWith('!') && s.length > 0, `#copy-${which} put text on the clipboard`);
    assert.equal(copied, await code(page, which), `#copy-${which} copies textarea#embed-code-${which}`);
  }
}, { permissions: ['clipboard-read', 'clipboard-write'] });
