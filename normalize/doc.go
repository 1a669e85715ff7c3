// Package normalize finds numbers, money, percents, quantities, ranges,
// fractions, dates, periods, ordinals, legal references and phone numbers in
// Vietnamese text and reports each with its byte span.
//
// It reads the text as given and never rewrites it: case and Unicode
// normalization (NFC or NFD input) are folded per token while matching, so
// for every mention text[m.Start:m.End] == m.Text.
//
//	for _, m := range normalize.Scan("Giải quyết việc làm cho hơn 36.000 lao động.", normalize.Options{}) {
//		fmt.Println(m.Kind, m.Value, m.Unit, m.Qualifier) // quantity 36000 person over
//	}
//
// # Numbers
//
// A dot groups thousands and a comma is the decimal mark ("120.938,5");
// see parseDigits for the rule on a lone separator. Scale words (nghìn,
// ngàn, vạn, triệu, tỷ, tỉ) multiply exactly with Decimal, and compounds
// compose ("62 nghìn tỷ đồng"). Spelled-out numerals ("hai mươi lăm",
// "một trăm linh năm") are read where they form a number.
//
// # Dates and periods
//
// Dates, datetimes and periods come out as ISO strings ("2022-01-14",
// "2020-06-28T00:00:00", "2020-H1", "2023-Q1", "2016/2020"). Partial dates
// resolve against Options.Ref.
//
// A period mention also holds the Period the text states (Mention.Per),
// unresolved: "6 tháng đầu năm" is a half with no year, "năm qua" the year
// just ended, "cùng kỳ" the same period a year earlier, "Tết Quý Mão" the
// year of that name. Period.Unify fills it from an enclosing period (a
// heading's, a clause's), Period.Resolve from the publication date, and
// Period.String writes the format above; ParsePeriod reads it back.
//
// # Sentences
//
// Sentences splits text into sentences without breaking inside "36.000",
// "TP. Hồ Chí Minh" or dates; package extract reads figures per sentence.
package normalize
