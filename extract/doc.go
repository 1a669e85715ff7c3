// Package extract turns the figures of an article into indicator records:
// what each figure measures, whether it is a result, a target or an
// estimate, for which period and province, with its exact source span.
//
//	doc := corpus.Document{ID: "a", Text: "Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động."}
//	for _, r := range extract.Extract(doc, extract.Options{}) {
//		fmt.Println(r.Indicator, r.Value, r.Kind, r.Period) // employment.jobs_created 27300 actual 2023
//	}
//
// # Indicators are data
//
// Each indicator is one declaration (see Indicator) in a domain file
// (employment.go, poverty.go, …) with example sentences that are also its
// tests. The engine reads cues around each figure within its clause and
// picks the nearest, most specific declaration; adding an indicator never
// changes the engine.
package extract
