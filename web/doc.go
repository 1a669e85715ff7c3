// Package web is solieu's local page for journalists: paste an article or
// choose or drop files (zip and web archives too) and see each figure
// highlighted, with its reading and sentence a click away, beside a table
// of the figures under plain indicator names that can be filtered and
// sorted, the warnings, and the downloads (CSV for Excel, JSONL). The page
// is in Vietnamese, with Vietnamese numbers; ?lang=en gives it in English.
package web
