package corpus_test

import (
	"fmt"
	"strings"

	"github.com/solieu/solieu/corpus"
)

func ExampleOpen() {
	page := `<html><head><title>Việc làm - Cổng thông tin</title></head><body>
<nav><a href="/">Trang chủ</a></nav>
<article><h1>Tỉnh tạo việc làm cho 27.300 lao động</h1>
<p class="date">28/12/2023 08:15</p>
<p>Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động, vượt 5% kế hoạch.</p></article>
<footer>Đang truy cập: 12</footer></body></html>`

	for it := range corpus.Open("tin-27300.html", strings.NewReader(page)) {
		if it.Err != nil {
			fmt.Println("error:", it.Err)
			continue
		}
		fmt.Printf("%s (%s): %s\n---\n%s\n", it.Doc.ID, it.Doc.Source, it.Doc.Title, it.Doc.Text)
	}
	for it := range corpus.Open("lines.jsonl", strings.NewReader(`{"id":"a","text":"một"}`+"\n"+`{"id":`)) {
		if it.Err != nil {
			fmt.Println("error:", it.Err)
			continue
		}
		fmt.Println(it.Doc.ID, it.Doc.Source, it.Doc.Text)
	}
	// Output:
	// tin-27300 (tin-27300.html): Tỉnh tạo việc làm cho 27.300 lao động
	// ---
	// Tỉnh tạo việc làm cho 27.300 lao động
	//
	// 28/12/2023 08:15
	//
	// Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động, vượt 5% kế hoạch.
	// a lines.jsonl:1 một
	// error: lines.jsonl:2: corpus: malformed record: the line ends before its JSON object is closed
}
