import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEiaCsv, PriceFileError } from '../../src/market-data/eia-csv-loader.js';
import { PRICE_DIR } from '../support/price-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('eia-csv');
afterAll(() => temp.remove());

function csv(name: string, content: string): string {
  const file = join(temp.path, name);
  writeFileSync(file, content);
  return file;
}

async function loadError(file: string): Promise<PriceFileError> {
  const error = await loadEiaCsv(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PriceFileError);
  return error as PriceFileError;
}

describe('loadEiaCsv on the real EIA files', () => {
  it('keeps the negative WTI settlement of 2020-04-20', async () => {
    const { points } = await loadEiaCsv(join(PRICE_DIR, 'wti-daily.csv'));

    expect(points.find((p) => p.date === '2020-04-20')).toEqual({
      date: '2020-04-20',
      price: -36.98,
    });
    expect(points[0]).toEqual({ date: '1986-01-02', price: 25.56 });
    expect(points.at(-1)).toEqual({ date: '2026-08-18', price: 86.48 });
    expect(points).toHaveLength(10_226);
  });

  it('skips the empty Henry Hub price of 2018-01-05 instead of reading it as zero', async () => {
    const { points, skippedDates } = await loadEiaCsv(join(PRICE_DIR, 'henry-hub-daily.csv'));

    expect(skippedDates).toEqual(['2018-01-05']);
    expect(points.some((p) => p.date === '2018-01-05')).toBe(false);
    expect(points.every((p) => Number.isFinite(p.price))).toBe(true);
    const around = points.filter((p) => p.date >= '2018-01-04' && p.date <= '2018-01-08');
    expect(around).toEqual([
      { date: '2018-01-04', price: 4.65 },
      { date: '2018-01-08', price: 2.89 },
    ]);
  });

  it('reads every Brent line with CRLF endings, ascending by date', async () => {
    const { points, skippedDates } = await loadEiaCsv(join(PRICE_DIR, 'brent-daily.csv'));

    expect(points).toHaveLength(9_958);
    expect(skippedDates).toEqual([]);
    expect(points.at(-1)).toEqual({ date: '2026-08-18', price: 95.29 });
    const ascending = points.every((p, i) => i === 0 || (points[i - 1]?.date ?? '') < p.date);
    expect(ascending).toBe(true);
  });
});

describe('loadEiaCsv on synthetic files', () => {
  it('accepts LF endings, a byte-order mark and a trailing blank line', async () => {
    const file = csv('lf.csv', '\uFEFFDate,Price\n2024-01-02,70.5\n2024-01-03,-1.25\n\n');
    expect((await loadEiaCsv(file)).points).toEqual([
      { date: '2024-01-02', price: 70.5 },
      { date: '2024-01-03', price: -1.25 },
    ]);
  });

  it('sorts out-of-order lines ascending', async () => {
    const file = csv('unsorted.csv', 'Date,Price\r\n2024-01-03,2\r\n2024-01-02,1\r\n');
    const { points } = await loadEiaCsv(file);
    expect(points.map((p) => p.date)).toEqual(['2024-01-02', '2024-01-03']);
  });

  it('reports a non-numeric price with file and line number', async () => {
    const file = csv('text-price.csv', 'Date,Price\r\n2024-01-02,70.5\r\n2024-01-03,abc\r\n');
    const error = await loadError(file);
    expect(error.line).toBe(3);
    expect(error.message).toBe(`${file}:3: "abc" is not a decimal price`);
  });

  it('refuses NaN and Infinity written as prices', async () => {
    expect((await loadError(csv('nan.csv', 'Date,Price\n2024-01-02,NaN\n'))).line).toBe(2);
    expect((await loadError(csv('inf.csv', 'Date,Price\n2024-01-02,Infinity\n'))).line).toBe(2);
  });

  it('reports an impossible calendar date', async () => {
    const file = csv('bad-date.csv', 'Date,Price\n2024-02-30,70\n');
    expect((await loadError(file)).message).toBe(
      `${file}:2: "2024-02-30" is not an ISO date (YYYY-MM-DD)`,
    );
  });

  it('reports a US-style date instead of guessing', async () => {
    const file = csv('us-date.csv', 'Date,Price\n01/02/2024,70\n');
    expect((await loadError(file)).line).toBe(2);
  });

  it('reports a line with an extra field', async () => {
    const file = csv('extra.csv', 'Date,Price\n2024-01-02,70,1\n');
    expect((await loadError(file)).message).toBe(`${file}:2: expected 2 fields, got 3`);
  });

  it('reports a duplicate date', async () => {
    const file = csv('dup.csv', 'Date,Price\n2024-01-02,70\n2024-01-02,71\n');
    expect((await loadError(file)).message).toBe(`${file}:3: duplicate date 2024-01-02`);
  });

  it('reports a missing header', async () => {
    const file = csv('no-header.csv', '2024-01-02,70\n');
    const error = await loadError(file);
    expect(error.line).toBe(1);
    expect(error.message).toContain('expected the header "Date,Price"');
  });

  it('reports an empty file', async () => {
    expect((await loadError(csv('empty.csv', ''))).message).toBe(
      `${join(temp.path, 'empty.csv')}:1: the file is empty`,
    );
  });
});
