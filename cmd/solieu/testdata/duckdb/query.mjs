// query.mjs runs SQL with DuckDB for cmd/solieu's TestDuckDBSums:
//
//	node query.mjs < REQUEST.json
//
// REQUEST is {"setup": [SQL, ...], "queries": {NAME: SQL, ...}}: the setup
// statements run in order on a fresh in-memory database, then each query,
// and it prints {NAME: [row, ...]} with each row an object of its columns
// as JSON (DECIMAL and DATE values as text).
import { DuckDBInstance } from '@duckdb/node-api';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const req = JSON.parse(input);

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
for (const sql of req.setup ?? []) await conn.run(sql);
const out = {};
for (const [name, sql] of Object.entries(req.queries ?? {})) {
  out[name] = (await conn.runAndReadAll(sql)).getRowObjectsJson();
}
console.log(JSON.stringify(out));
conn.closeSync?.();
