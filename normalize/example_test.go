package normalize_test

import (
	"fmt"
	"time"

	"github.com/solieu/solieu/normalize"
)

func ExampleScan() {
	text := "Năm 2021, giải quyết việc làm cho hơn 36.000 lao động; tổng kinh phí 120.938,5 triệu đồng; tỷ lệ hộ nghèo còn 1,00%."
	for _, m := range normalize.Scan(text, normalize.Options{}) {
		switch m.Kind {
		case normalize.PeriodKind:
			fmt.Println(m.Kind, m.Str)
		default:
			fmt.Println(m.Kind, m.Value, m.Unit, m.Qualifier, text[m.Start:m.End])
		}
	}
	// Output:
	// period 2021
	// quantity 36000 person over hơn 36.000 lao động
	// money 120938500000 vnd exact 120.938,5 triệu đồng
	// percent 1 percent exact 1,00%
}

func ExampleScan_partialDate() {
	ref := time.Date(2023, 1, 3, 0, 0, 0, 0, time.UTC)
	for _, m := range normalize.Scan("Ngày 28/12, Sở tổ chức hội nghị.", normalize.Options{Ref: ref}) {
		fmt.Println(m.Kind, m.Str)
	}
	// Output:
	// date 2022-12-28
}

func ExamplePeriod_Unify() {
	ms := normalize.Scan("Sáu tháng đầu năm, giải quyết việc làm cho 1.200 lao động.", normalize.Options{})
	p := ms[0].Per // a half with no year: Str is ""
	heading, _ := normalize.ParsePeriod("2023")
	fmt.Printf("%q %q\n", ms[0].Str, p)
	fmt.Println(p.Unify(heading))
	fmt.Println(p.Resolve(time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)))
	// Output:
	// "" ""
	// 2023-H1
	// 2024-H1
}

func ExampleSentences() {
	text := "Hội nghị tại TP. Hồ Chí Minh thu hút 1.500 người. Năm 2023 tốt hơn."
	for _, s := range normalize.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Hội nghị tại TP. Hồ Chí Minh thu hút 1.500 người.
	// Năm 2023 tốt hơn.
}
