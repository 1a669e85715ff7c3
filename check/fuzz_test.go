package check

import (
	"testing"
	"unicode/utf8"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

// FuzzArticle checks that Article and Annotate never panic on any text and
// that every figure they name is a span of the text.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		"Năm 2023, tỷ lệ hộ nghèo giảm 1,3% (từ 6,5% xuống còn 5,2%).",
		"tuyển sinh được 1.530/1.800 người, đạt 85% kế hoạch.",
		"hỗ trợ 1.250 người, gồm 700 lao động (trong đó 300 nữ) và 550 người; tổng cộng 1.250 người.",
		"giải quyết việc làm cho 2.540 lao động, trong đó: 3.100 lao động; 0/0 người, đạt 5%.",
		"từ 0% xuống còn 0%, giảm 0%; từ 9.223.372.036.854.775.807 tỷ đồng lên 1 đồng, tăng 99999999999999999%",
		"((((trong đó)))) gồm tổng cộng ) ( từ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := corpus.Document{ID: "f", Text: text}
		recs := extract.Extract(doc, extract.Options{})
		ws := Article(doc, recs, Options{All: true})
		for _, w := range ws {
			if len(w.Figures) == 0 {
				t.Fatalf("warning without figures: %+v", w)
			}
			for _, fg := range w.Figures {
				if fg.Start < 0 || fg.End > len(text) || fg.Start > fg.End || text[fg.Start:fg.End] != fg.Text {
					t.Fatalf("figure %q at [%d:%d] is not a span of the text", fg.Text, fg.Start, fg.End)
				}
			}
		}
		for _, a := range Annotate(doc, recs, ws) {
			if text[a.Mention.Start:a.Mention.End] != a.Mention.Text {
				t.Fatalf("annotation %q is not a span of the text", a.Mention.Text)
			}
		}
	})
}
