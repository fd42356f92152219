// CSV with a header row -> entries. The header names and types the columns (csvCells.ts).
import { Readable } from 'node:stream';
import { parse, CsvError, type Options } from 'csv-parse';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { CodecError } from '../dynamo/codec/index.js';
import { decodeCell, parseHeaderCell, type Column } from './csvCells.js';
import { FileSyntaxError } from './jsonSplit.js';
import type { Entry } from './readEntries.js';

type Cell = string | undefined;
interface Row { cells: Cell[]; line: number }

export async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<Entry> {
  let firstLine = 1;
  const options: Options<Row, Cell[]> = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // An unquoted empty cell is "no attribute"; a quoted one ("") is the empty string.
    cast: (value, ctx) => {
      if (ctx.index === 0) firstLine = ctx.lines;
      return value === '' && !ctx.quoting ? undefined : value;
    },
    // Runs as each record ends, right after its cells were cast: the line is this record's.
    on_record: (cells: Cell[]): Row => ({ cells, line: firstLine }),
  };
  const parser = Readable.from(chunks).pipe(parse(options as unknown as Options));
  let columns: Column[] | undefined;
  try {
    for await (const row of parser as AsyncIterable<Row>) {
      if (!columns) {
        columns = headerOf(row);
        continue;
      }
      yield rowEntry(row, columns);
    }
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as unknown as { lines?: number }).lines ?? firstLine;
      throw new FileSyntaxError(line, `CSV: ${err.message.replace(/^Invalid \w+: /, '')}`);
    }
    throw err;
  }
}

function headerOf(row: Row): Column[] {
  const columns = row.cells.map((cell, i) => {
    if (!cell) throw new FileSyntaxError(row.line, `CSV header: column ${i + 1} has no name`);
    return parseHeaderCell(cell);
  });
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.name)) throw new FileSyntaxError(row.line, `CSV header: the column "${c.name}" appears twice`);
    seen.add(c.name);
  }
  return columns;
}

function rowEntry(row: Row, columns: Column[]): Entry {
  if (row.cells.length !== columns.length) {
    return { line: row.line, problem: `${row.cells.length} cells, the header has ${columns.length}` };
  }
  const attributes: [string, AttributeValue][] = [];
  for (let i = 0; i < columns.length; i++) {
    const cell = row.cells[i];
    if (cell === undefined) continue;
    try {
      attributes.push([columns[i]!.name, decodeCell(cell, columns[i]!)]);
    } catch (err) {
      if (err instanceof CodecError) return { line: row.line, problem: err.path ? err.message : `${columns[i]!.name}: ${err.message}` };
      throw err;
    }
  }
  return { line: row.line, item: Object.fromEntries(attributes) };
}
