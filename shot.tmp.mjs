import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const [,, query='', out='/tmp/shot.png', action=''] = process.argv;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js','preview','--port','4193','--strictPort'], {stdio:'ignore'});
await new Promise(r=>setTimeout(r,1500));
const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(),'c-')), {executablePath:'/usr/bin/chromium', headless:true, viewport:{width:+(process.env.W||1280),height:+(process.env.H||800)}, args:['--no-sandbox','--use-angle=gl-egl','--ignore-gpu-blocklist','--disable-background-networking']});
const page = ctx.pages()[0];
page.on('console', m => m.type()==='error' && console.log('console', m.text()));
page.on('pageerror', e => console.log('pageerror', String(e)));
await page.goto('http://127.0.0.1:4193/'+query);
try { await page.waitForSelector('html[data-map-ready="true"]', {timeout: 30000}); } catch { console.log('not ready'); }
if (action) await eval(action);
await page.waitForTimeout(1500);
await page.screenshot({path: out});
await ctx.close(); server.kill();
