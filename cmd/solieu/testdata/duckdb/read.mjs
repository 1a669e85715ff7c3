// read.mjs reads solieu extract output with DuckDB, for cmd/solieu's
// TestDuckDB: node read.mjs RECORDS.jsonl RECORDS.csv
//
// It prints one JSON object: for each file, the rows as DuckDB reads them
// (every column as text, in file order), the row count, and per indicator
// the number of rows and the exact sum of value as DECIMAL(38,10); and, with
// DuckDB's own type detection (read_json_auto, read_csv_auto), the row
// count and the column names it found.
import { DuckDBInstance } from '@duckdb/node-api';

const [jsonlPath, csvPath] = process.argv.slice(2);
if (!jsonlPath || !csvPath) {
  console.error('usage: node read.mjs RECORDS.jsonl RECORDS.csv');
  process.exit(2);
}

// The columns of docs/records.md, in order.
const columns = ['doc', 'indicator', 'value', 'unit', 'qualifier', 'kind', 'period', 'period_start', 'period_end',
  'region', 'text', 'start', 'end', 'sentence', 'published', 'source', 'fact'];
const spec = '{' + columns.map((c) => `'${c}': 'VARCHAR'`).join(', ') + '}';
const lit = (s) => `'${s.replaceAll("'", "''")}'`;

const sources = {
  jsonl: `read_json(${lit(jsonlPath)}, format = 'newline_delimited', columns = ${spec})`,
  // allow_quoted_nulls = false: a quoted empty cell ("") is an empty
  // string, as solieu writes it; only an unquoted empty cell would be NULL.
  csv: `read_csv(${lit(csvPath)}, header = true, delim = ',', quote = '"', escape = '"',
    allow_quoted_nulls = false, columns = ${spec})`,
};
const auto = {
  jsonl: `read_json_auto(${lit(jsonlPath)})`,
  csv: `read_csv_auto(${lit(csvPath)})`,
};

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const all = async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJson();

const out = {};
for (const [name, src] of Object.entries(sources)) {
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  out[name] = {
    rows: (await all(`SELECT ${quoted} FROM ${src}`)).map((r) => columns.map((c) => r[c])),
    count: Number((await all(`SELECT count(*) AS n FROM ${src}`))[0].n),
    sums: await all(`SELECT indicator, count(*)::INTEGER AS n, sum(CAST(value AS DECIMAL(38,10)))::VARCHAR AS sum
                     FROM ${src} GROUP BY indicator ORDER BY indicator`),
  };
  const a = await all(`DESCRIBE SELECT * FROM ${auto[name]}`);
  out[name].auto = {
    count: Number((await all(`SELECT count(*) AS n FROM ${auto[name]}`))[0].n),
    columns: a.map((r) => r.column_name),
  };
}
console.log(JSON.stringify(out));
conn.closeSync?.();
