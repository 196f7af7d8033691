// Reads an EIA daily spot price file (`Date,Price`, ISO dates, CRLF or LF).
// EIA publishes days without a settlement as an empty price: those days are
// skipped, never read as zero. Negative prices are real (WTI, 2020-04-20) and
// kept. Anything else that does not parse stops the load with file and line.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface PricePoint {
  date: string;
  price: number;
}

export interface PriceFile {
  points: PricePoint[];
  /** Dates that EIA lists without a price. */
  skippedDates: string[];
}

export class PriceFileError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'PriceFileError';
    this.file = file;
    this.line = line;
  }
}

const HEADER = 'Date,Price';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

export async function loadEiaCsv(file: string): Promise<PriceFile> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });

  const points: PricePoint[] = [];
  const skippedDates: string[] = [];
  const seen = new Set<string>();
  let lineNumber = 0;

  for await (const raw of lines) {
    lineNumber += 1;
    const line = raw.trim();

    if (lineNumber === 1) {
      if (line.replace(/^\uFEFF/, '') !== HEADER) {
        throw new PriceFileError(file, 1, `expected the header "${HEADER}", got "${line}"`);
      }
      continue;
    }
    if (line === '') continue;

    const { date, price } = parseLine(file, lineNumber, line);
    if (seen.has(date)) throw new PriceFileError(file, lineNumber, `duplicate date ${date}`);
    seen.add(date);

    if (price === null) skippedDates.push(date);
    else points.push({ date, price });
  }

  if (lineNumber === 0) throw new PriceFileError(file, 1, 'the file is empty');

  // ISO dates sort lexicographically in date order.
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { points, skippedDates };
}

function parseLine(file: string, lineNumber: number, line: string) {
  const fields = line.split(',');
  if (fields.length !== 2) {
    throw new PriceFileError(file, lineNumber, `expected 2 fields, got ${fields.length}`);
  }

  const date = (fields[0] ?? '').trim();
  const priceText = (fields[1] ?? '').trim();
  if (!isCalendarDate(date)) {
    throw new PriceFileError(file, lineNumber, `"${date}" is not an ISO date (YYYY-MM-DD)`);
  }
  if (priceText === '') return { date, price: null };

  if (!DECIMAL.test(priceText)) {
    throw new PriceFileError(file, lineNumber, `"${priceText}" is not a decimal price`);
  }
  return { date, price: Number(priceText) };
}

export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
