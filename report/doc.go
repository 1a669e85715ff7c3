// Package report writes records and warnings as JSON lines, CSV or TSV, and scores records against gold facts.
//
// # Writing
//
// An Encoder writes values of one struct type, one row per value, in one of
// three formats (see Format). Its columns are the struct's JSON field names
// in field order, so the CSV header of extract.Record follows
// spec/records.md and any other type with JSON tags (warnings, errors) is
// written the same way:
//
//	enc, err := report.NewEncoder[extract.Record](os.Stdout, report.CSV)
//	if err != nil { ... }
//	for _, r := range records {
//		if err := enc.Encode(r); err != nil { ... }
//	}
//
// Each CSV or TSV cell holds the field's JSON value: strings as they are,
// numbers as their exact JSON text (a normalize.Decimal such as
// 120938500000 or 0.36, never a float rendering), booleans as true and
// false, nested values as compact JSON. An empty field tagged omitempty or
// omitzero, absent from the JSON line, is an empty cell.
//
// # Scoring
//
// Evaluate scores predicted records against gold facts exactly as
// ../shared/eval/score.py does: the same fact key (doc, indicator, unit,
// value, kind, period), the same duplicate handling and greedy one-to-one
// matching, and the same strict and loose rules; Evaluation.WriteText prints
// the same lines as the script. CheckCase judges a normalizer case-table
// row as ../shared/eval/check_normalize.py does, on the JSON form of the
// mentions normalize.Scan finds.
//
// # Diffing
//
// Diff compares two record files fact by fact and reports, per document,
// the facts added, removed and changed.
package report
