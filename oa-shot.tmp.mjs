import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
await page.goto('http://localhost:3104/api-docs');
await page.screenshot({ path: '/tmp/oa-docs.png' });
await page.goto('http://localhost:3104/api-docs/owner-tenants');
await page.click('summary:has-text("/api/owner/tenants")');
await page.screenshot({ path: '/tmp/oa-docs-tenants.png', fullPage: false });
await browser.close();
