// Loading a dataset: timeouts, web pages instead of JSON, content types, HTTP errors.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DATASET_TIMING, fetchJson } from '../../packages/core/src/loading/fetch-json.ts';
import { DatasetError } from '../../packages/core/src/loading/errors.ts';

const answer = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DatasetError);
    return error;
  }
  assert.fail('expected a DatasetError');
}

describe('fetchJson', () => {
  afterEach(() => {
    DATASET_TIMING.timeoutMs = 20_000;
  });

  it('parses JSON whatever the content type says', async () => {
    assert.deepEqual(await fetchJson('x', answer('{"a":1}', { headers: { 'content-type': 'text/plain' } })), { a: 1 });
    assert.deepEqual(await fetchJson('x', answer('[1]', { headers: { 'content-type': 'application/octet-stream' } })), [1]);
  });

  it('names a web page as one, by content type or by its first tag', async () => {
    assert.equal((await failure(fetchJson('x', answer('<h1>Not found</h1>', { headers: { 'content-type': 'text/html; charset=utf-8' } })))).detail, 'web page');
    assert.equal((await failure(fetchJson('x', answer('  <!DOCTYPE html><p>x', { headers: { 'content-type': 'text/plain' } })))).detail, 'web page');
    const plain = await failure(fetchJson('x', answer('not json', { headers: { 'content-type': 'text/plain' } })));
    assert.equal(plain.code, 'dataset-not-json');
    assert.equal(plain.detail, undefined);
  });

  it('reports HTTP errors and network faults as unreachable', async () => {
    assert.equal((await failure(fetchJson('x', answer('', { status: 404 })))).detail, 'HTTP 404');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const error = await failure(fetchJson('x', offline));
    assert.equal(error.code, 'dataset-unreachable');
    assert.equal(error.detail, 'Failed to fetch');
  });

  it('gives up after DATASET_TIMING.timeoutMs, also when the body is slow, and aborts the request', async () => {
    DATASET_TIMING.timeoutMs = 50;
    let aborted = false;
    const never = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      })) as unknown as typeof fetch;
    const error = await failure(fetchJson('x', never));
    assert.equal(error.code, 'dataset-timeout');
    assert.ok(aborted);
    const slowBody = (async (_url: string, init: RequestInit) =>
      ({
        ok: true,
        headers: new Headers(),
        text: () => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      }) as unknown as Response) as unknown as typeof fetch;
    assert.equal((await failure(fetchJson('x', slowBody))).code, 'dataset-timeout');
  });
});
