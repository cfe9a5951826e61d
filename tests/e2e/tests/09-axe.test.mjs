// 9. axe-core finds no serious or critical accessibility violation (all parties on).
import path from 'node:path';
import { createRequire } from 'node:module';
import { useApp, appTest, assert, gotoApp, setAllParties, settle } from '../lib/harness.mjs';

const app = useApp();
const require = createRequire(import.meta.url);
const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

appTest('axe-core: no serious or critical violations with all parties on', app, async ({ page, server, t }) => {
  await gotoApp(page, server.url);
  await setAllParties(page, true);
  await settle(page);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document);
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').join(' ')}`),
      count: v.nodes.length,
    }));
  });
  for (const v of violations) t.diagnostic(`axe ${v.impact} ${v.id} (${v.count}): ${v.help}`);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) console.log(JSON.stringify(bad, null, 2));
  assert.deepEqual(bad.map((v) => `${v.impact} ${v.id}: ${v.help} [${v.nodes.join(' | ')}]`), []);
});
