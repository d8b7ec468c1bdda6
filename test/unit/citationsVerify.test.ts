import { strict as assert } from 'node:assert';
import { SourceText } from '../../src/core/text/sourceText';
import {
  batch,
  describeVerdict,
  extractCitations,
  verifyCitations,
  verifyCitationStrings,
  VerifyError,
  type Verdict,
  type VerdictCache,
} from '../../src/core/citations';
import { startFakeCourtListener, type FakeCourtListener } from '../fixtures/citations/fakeCourtListener';

/** A clock the test moves; `sleep` advances it instead of waiting, and records each wait. */
function virtualClock(start = Date.parse('2026-11-24T00:00:00Z')) {
  let time = start;
  const waits: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw new VerifyError('cancelled', 'cancelled');
      waits.push(ms);
      time += ms;
    },
    waits,
  };
}

function memoryCache(): VerdictCache & { map: Map<string, Verdict> } {
  const map = new Map<string, Verdict>();
  return { map, get: (key) => map.get(key), set: (key, value) => void map.set(key, value) };
}

describe('citations: verification against a CourtListener-compatible server', () => {
  let server: FakeCourtListener;
  let clock: ReturnType<typeof virtualClock>;

  beforeEach(async () => {
    clock = virtualClock();
    server = await startFakeCourtListener({ now: clock.now });
  });
  afterEach(() => server.close());

  const options = () => ({ token: 'test-token', endpoint: server.endpoint, fetch, now: clock.now, sleep: clock.sleep });

  it('marks real citations found, a fabricated one not found and an ambiguous one ambiguous', async () => {
    const draft = 'City of Canton v. Harris, 489 U.S. 378, 388 (1989). Varghese v. China S. Airlines, 925 F.3d 1339 (11th Cir. 2019). Doe v. Roe, 1 H. 150 (1850). *Id.* at 390.';
    const citations = extractCitations(new SourceText(draft));
    const results = await verifyCitations(citations, options());
    const byCite = new Map(results.map((r) => [r.citation.normalized, r.verdict]));
    assert.equal(byCite.get('489 U.S. 378')?.status, 'found');
    assert.deepEqual(byCite.get('489 U.S. 378')?.caseNames, ['City of Canton v. Harris']);
    assert.equal(byCite.get('925 F.3d 1339')?.status, 'not-found');
    assert.equal(byCite.get('1 H. 150')?.status, undefined, 'H. is not one of our reporters, so it is not sent');
    const notFound = results.find((r) => r.verdict.status === 'not-found')!;
    assert.equal(describeVerdict(notFound.citation, notFound.verdict)?.code, 'citation/not-found');
    // Only the standard citations were sent, never the draft.
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]!.text, '489 U.S. 378\n925 F.3d 1339');
    assert.equal(server.requests[0]!.authorization, 'Token test-token');
  });

  it('reports an ambiguous citation and an unknown reporter', async () => {
    const results = await verifyCitationStrings(['1 H. 150', '12 Umbrella 422'], options());
    assert.equal(results.get('1 H. 150')?.status, 'ambiguous');
    assert.deepEqual(results.get('1 H. 150')?.caseNames, ['Louis v. Steamboat Buckeye', 'Fell v. Parke']);
    assert.equal(results.get('12 Umbrella 422')?.status, 'unknown-reporter');
  });

  it('keeps to 60 citations a minute, waiting between requests', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `${i + 1} F.3d ${100 + i}`);
    const results = await verifyCitationStrings(many, options());
    assert.equal(results.size, 150);
    assert.ok([...results.values()].every((v) => v.status === 'not-found'));
    assert.deepEqual(server.requests.map((r) => r.status), [200, 200, 200], 'no request was refused');
    assert.deepEqual(server.requests.map((r) => r.text.split('\n').length), [60, 60, 30]);
    assert.equal(clock.waits.length, 2);
    assert.ok(clock.waits.every((ms) => ms > 0 && ms <= 60_000));
  });

  it('waits until wait_until when the server answers 429, then retries', async () => {
    // Another client already used this minute's allowance.
    const other = await verifyCitationStrings(Array.from({ length: 60 }, (_, i) => `${i + 1} U.S. ${i + 1}`), options());
    assert.equal(other.size, 60);
    const fresh = { ...options(), sleep: clock.sleep };
    // A new client that knows nothing of the earlier requests.
    const results = await verifyCitationStrings(['489 U.S. 378'], fresh);
    assert.equal(results.get('489 U.S. 378')?.status, 'found');
    assert.deepEqual(server.requests.map((r) => r.status), [200, 429, 200]);
    assert.equal(clock.waits.at(-1), 60_000, 'waited exactly until wait_until');
  });

  it('splits requests at 64,000 characters and re-sends citations past the 250th', async () => {
    assert.deepEqual(batch(['a'.repeat(40_000), 'b'.repeat(30_000), 'c'], 64_000, 250).map((b) => b.length), [1, 2]);
    const limited = await startFakeCourtListener({ now: clock.now, maxCitationsPerRequest: 2, citationsPerMinute: 1000 });
    try {
      const results = await verifyCitationStrings(['489 U.S. 378', '490 U.S. 386', '436 U.S. 658'], {
        ...options(),
        endpoint: limited.endpoint,
        maxCitationsPerRequest: 250,
        citationsPerMinute: 1000,
      });
      assert.deepEqual([...results.values()].map((v) => v.status), ['found', 'found', 'found']);
      assert.deepEqual(limited.requests.map((r) => r.text.split('\n').length), [3, 1]);
    } finally {
      await limited.close();
    }
  });

  it('answers from the cache without a request, and trusts not-found for less long', async () => {
    const cache = memoryCache();
    await verifyCitationStrings(['489 U.S. 378', '925 F.3d 1339'], { ...options(), cache });
    assert.equal(server.requests.length, 1);
    await verifyCitationStrings(['489 U.S. 378', '925 F.3d 1339'], { ...options(), cache });
    assert.equal(server.requests.length, 1, 'second run came from the cache');
    await clock.sleep(4 * 24 * 3_600_000); // four days later
    await verifyCitationStrings(['489 U.S. 378', '925 F.3d 1339'], { ...options(), cache });
    assert.equal(server.requests.length, 2);
    assert.equal(server.requests[1]!.text, '925 F.3d 1339', 'only the not-found citation is asked again');
  });

  it('fails clearly on a refused token and on cancellation', async () => {
    await assert.rejects(verifyCitationStrings(['489 U.S. 378'], { ...options(), token: 'wrong' }), (error: VerifyError) => error.kind === 'auth');
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(verifyCitationStrings(['489 U.S. 378'], { ...options(), signal: controller.signal }), (error: VerifyError) => error.kind === 'cancelled');
  });

  it('reports an unreachable server as a network error', async () => {
    const endpoint = server.endpoint;
    await server.close();
    await assert.rejects(verifyCitationStrings(['489 U.S. 378'], { ...options(), endpoint }), (error: VerifyError) => error.kind === 'network');
    server = await startFakeCourtListener({ now: clock.now });
  });
});
