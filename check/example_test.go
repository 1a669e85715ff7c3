package check_test

import (
	"fmt"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

func ExampleArticle() {
	doc := corpus.Document{ID: "a", Text: "Năm 2023, tỷ lệ hộ nghèo giảm 1,2% (từ 4,24% xuống còn 3,28%)."}
	for _, w := range check.Article(doc, extract.Extract(doc, extract.Options{}), check.Options{}) {
		fmt.Println(w.Rule, w.Figures[0].Text, w.Expected)
		fmt.Println(w.Message)
	}
	// Output:
	// change 1,2% 0.96
	// a fall of 1,2% disagrees with its levels 4,24% → 3,28%, a fall of 0,96
}

func ExampleChecker() {
	var c check.Checker
	c.Add(corpus.Document{ID: "a", Text: "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho hơn 36.000 lao động."})
	c.Add(corpus.Document{ID: "b", Text: "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 36.120 lao động."})
	c.Add(corpus.Document{ID: "c", Text: "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 31.500 lao động."})
	for _, w := range c.Across() {
		fmt.Println(w.Message)
	}
	// Output:
	// employment.jobs_created, 2024, Nghệ An, actual: c says 31.500 lao động, a says hơn 36.000 lao động
	// employment.jobs_created, 2024, Nghệ An, actual: c says 31.500 lao động, b says 36.120 lao động
}
