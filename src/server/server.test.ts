import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { buildServer, startServer } from './index.js';
import { fakeStore } from './fake-store.js';

const webRoots: string[] = [];
process.once('exit', () => {
  for (const dir of webRoots) rmSync(dir, { recursive: true, force: true });
});

async function withWebRoot(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-web-'));
  webRoots.push(dir);
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Dossier</title>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

test('search answers hits and facets; repeated facets are arrays', async () => {
  const store = fakeStore();
  let seen: unknown;
  const search = store.search.bind(store);
  store.search = async (q) => ((seen = q), search(q));
  const app = await buildServer({ store });
  const res = await app.inject('/api/search?q=Akhmetov&type=PERSON&type=GPE&entity=P1&limit=5');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.total, 1);
  assert.match(body.hits[0].snippet, /\u0002Akhmetov\u0003/);
  assert.deepEqual((seen as { type: string[] }).type, ['PERSON', 'GPE']);
  assert.deepEqual((seen as { entity: string[] }).entity, ['P1']);
  assert.equal((seen as { limit: number }).limit, 5);
  await app.close();
});

test('article and entity dossier; unknown ids answer 404', async () => {
  const app = await buildServer({ store: fakeStore() });
  const article = await app.inject('/api/articles/a1');
  assert.equal(article.statusCode, 200);
  assert.equal(article.json().entityIds.e1, 'P1');
  const entity = await app.inject('/api/entities/P1');
  assert.equal(entity.statusCode, 200);
  assert.equal(entity.json().roles[0].title, 'Prime Minister');
  for (const url of ['/api/articles/nope', '/api/entities/zzzz', '/api/no-such-route']) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 404, url);
    assert.equal(typeof res.json().error, 'string');
  }
  await app.close();
});

test('malformed queries answer 400 with a message, never a stack', async () => {
  const app = await buildServer({ store: fakeStore() });
  for (const url of ['/api/search?q=%22unbalanced', '/api/search?q=x&from=yesterday', '/api/search?q=x&to=2005-13-45', '/api/search?q=x&limit=ten', '/api/search?q=x&type=ALIEN', '/api/entities?limit=-1', '/api/graph?minWeight=x']) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 400, url);
    const body = res.json();
    assert.equal(typeof body.error, 'string');
    assert.doesNotMatch(res.body, /at .*\.js:\d+/);
    if (url.includes('limit=ten')) assert.match(body.error, /limit: must be a number/);
  }
  await app.close();
});

test('writes need the configured token: 403 otherwise', async () => {
  const doc = { documents: [{ title: 't', body: 'Some text.', date: '2005-01-01', source: 'post' }] };
  const readOnly = await buildServer({ store: fakeStore() });
  assert.equal((await readOnly.inject({ method: 'POST', url: '/api/ingest', payload: doc })).statusCode, 403);
  assert.equal((await readOnly.inject({ method: 'POST', url: '/api/ingest', payload: doc, headers: { authorization: 'Bearer x' } })).statusCode, 403);
  await readOnly.close();

  const calls: number[] = [];
  const writable = await buildServer({
    store: fakeStore(), writeToken: 'secret',
    ingest: async (docs) => (calls.push(docs.length), { read: docs.length, new: docs.length, duplicate: 0, failed: [], ids: ['x'] }),
  });
  assert.equal((await writable.inject({ method: 'POST', url: '/api/ingest', payload: doc, headers: { authorization: 'Bearer wrong' } })).statusCode, 403);
  const ok = await writable.inject({ method: 'POST', url: '/api/ingest', payload: doc, headers: { authorization: 'Bearer secret' } });
  assert.equal(ok.statusCode, 200);
  assert.equal(ok.json().new, 1);
  assert.deepEqual(calls, [1]);
  const bad = await writable.inject({ method: 'POST', url: '/api/ingest', payload: { documents: [] }, headers: { authorization: 'Bearer secret' } });
  assert.equal(bad.statusCode, 400);
  await writable.close();
});

test('security headers on every answer, API and static, errors included', async () => {
  const app = await buildServer({ store: fakeStore(), webRoot: await withWebRoot() });
  for (const url of ['/api/stats', '/api/articles/nope', '/', '/entity/P1', '/assets/app.js', '/api/search?limit=x']) {
    const res = await app.inject(url);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/, url);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    assert.ok(res.headers['referrer-policy'], url);
  }
  await app.close();
});

test('static site: files, SPA fallback, no path traversal', async () => {
  const app = await buildServer({ store: fakeStore(), webRoot: await withWebRoot() });
  const shell = await app.inject('/search?q=x');
  assert.equal(shell.statusCode, 200);
  assert.match(shell.body, /<title>Dossier/);
  const asset = await app.inject('/assets/app.js');
  assert.equal(asset.statusCode, 200);
  assert.match(String(asset.headers['content-type']), /javascript/);
  assert.match(String(asset.headers['cache-control']), /immutable/);
  assert.equal((await app.inject('/assets/missing.js')).statusCode, 404);
  for (const url of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/%00']) {
    const res = await app.inject(url);
    assert.doesNotMatch(res.body, /"name": "dossier"/, url);
  }
  await app.close();
});

test('OpenAPI document lists every route with its schemas', async () => {
  const app = await buildServer({ store: fakeStore() });
  const res = await app.inject('/api/openapi.json');
  assert.equal(res.statusCode, 200);
  const doc = JSON.parse(res.body);
  assert.equal(doc.openapi, '3.1.0');
  for (const path of ['/api/search', '/api/articles/{id}', '/api/entities', '/api/entities/{id}', '/api/quotes', '/api/sources', '/api/places', '/api/graph', '/api/stats', '/api/ingest']) {
    assert.ok(doc.paths[path], path);
  }
  const search = doc.paths['/api/search'].get;
  const type = search.parameters.find((p: { name: string }) => p.name === 'type');
  assert.equal(type.schema.type, 'array');
  assert.ok(doc.paths['/api/ingest'].post.requestBody);
  assert.ok(doc.paths['/api/articles/{id}'].get.responses['200'].content['application/json'].schema.properties.article);
  await app.close();
});

test('body limit: oversized posts answer 413', async () => {
  const app = await buildServer({ store: fakeStore(), writeToken: 't', bodyLimitBytes: 1000 });
  const res = await app.inject({ method: 'POST', url: '/api/ingest', payload: { documents: [{ body: 'x'.repeat(2000) }] }, headers: { authorization: 'Bearer t' } });
  assert.equal(res.statusCode, 413);
  await app.close();
});

test('startServer binds loopback and refuses foreign Host headers', async () => {
  const server = await startServer({ store: fakeStore(), port: 0 });
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const ok = await fetch(`${server.url}/api/stats`);
  assert.equal(ok.status, 200);
  // fetch will not forge a Host header; node:http will.
  const status = await new Promise<number>((done, fail) => {
    request(`${server.url}/api/stats`, { headers: { host: 'evil.example' } }, (res) => (res.resume(), done(res.statusCode ?? 0))).on('error', fail).end();
  });
  assert.equal(status, 421);
  await server.close();
});
