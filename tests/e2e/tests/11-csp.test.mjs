// 11. The page works under a strict Content-Security-Policy header (no inline script).
import fs from 'node:fs';
import path from 'node:path';
import {
  useApp, appTest, assert, waitForRows, setAllParties, settle, rowsText, waitForChange, STRICT_CSP, DIST_DIR,
} from '../lib/harness.mjs';

const app = useApp({ headers: { 'Content-Security-Policy': STRICT_CSP } });

appTest('dist/index.html has no inline script', app, async () => {
  const html = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]) && m[2].trim())
    .map((m) => m[0].slice(0, 100));
  assert.deepEqual(inline, []);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler attributes');
});

appTest(`the app runs with "Content-Security-Policy: ${STRICT_CSP}" and nothing is blocked`, app, async ({ page, server, problems }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sourceFile || ''}:${e.lineNumber || ''}`);
    });
  });
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the header is served');
  await waitForRows(page);
  await setAllParties(page, true);
  await settle(page);
  const rows0 = await rowsText(page);
  await page.selectOption('#left-draft', 'e3');
  await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3');

  const violations = await page.evaluate(() => window.__cspViolations);
  const consoleCsp = problems.consoleErrors.filter((t) => /Content Security Policy|Refused to/i.test(t));
  assert.deepEqual(violations, [], 'securitypolicyviolation events');
  assert.deepEqual(consoleCsp, [], 'CSP errors in the console');
});
