// Package web is solieu's local page for journalists: paste or upload an article and see its figures highlighted with their readings, records and warnings.
package web
