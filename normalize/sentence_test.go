package normalize

import (
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"numbers", "Đã giải quyết việc làm cho 36.000 lao động. Tỷ lệ hộ nghèo còn 1,5%.", []string{"Đã giải quyết việc làm cho 36.000 lao động.", "Tỷ lệ hộ nghèo còn 1,5%."}},
		{"city abbreviation", "Hội nghị tại TP. Hồ Chí Minh đã kết thúc. Năm 2023 tốt hơn.", []string{"Hội nghị tại TP. Hồ Chí Minh đã kết thúc.", "Năm 2023 tốt hơn."}},
		{"title", "Phát biểu của TS. Nguyễn Văn A về việc làm. Sau đó bế mạc.", []string{"Phát biểu của TS. Nguyễn Văn A về việc làm.", "Sau đó bế mạc."}},
		{"ellipsis lower", "Nhiều khó khăn… song ngành đã vượt qua. Kết quả tốt.", []string{"Nhiều khó khăn… song ngành đã vượt qua.", "Kết quả tốt."}},
		{"dots lower", "người lao động, kinh doanh tự do,...song tập thể cố gắng.", []string{"người lao động, kinh doanh tự do,...song tập thể cố gắng."}},
		{"dotted date", "Ngày 01.06.2022 khai mạc. Hôm sau bế mạc.", []string{"Ngày 01.06.2022 khai mạc.", "Hôm sau bế mạc."}},
		{"lines", "Tiêu đề bài viết\n14/01/2022 05:02:04\n\nĐoạn đầu.", []string{"Tiêu đề bài viết", "14/01/2022 05:02:04", "Đoạn đầu."}},
		{"question then digit", "Kết quả ra sao? 2.000 người có việc làm.", []string{"Kết quả ra sao?", "2.000 người có việc làm."}},
		{"quote close", "Phong trào “5 rõ”. Sau đó nghỉ.", []string{"Phong trào “5 rõ”.", "Sau đó nghỉ."}},
		{"empty", "  \n \n", nil},
		{"no end mark", "một câu không dấu chấm", []string{"một câu không dấu chấm"}},
		// a hard-wrapped line goes on; a capital, a list item or a blank line starts anew
		{"soft wrap CRLF", "Phấn đấu giảm tỷ lệ hộ nghèo\r\nxuống còn 3%.\r\nNăm sau.", []string{"Phấn đấu giảm tỷ lệ hộ nghèo\r\nxuống còn 3%.", "Năm sau."}},
		{"soft wrap", "Phấn đấu giảm tỷ lệ hộ nghèo\nxuống còn 3%; tỷ lệ qua đào tạo\nđạt 60%.\n- Mục tiêu khác\nNăm sau.\n\nhết", []string{
			"Phấn đấu giảm tỷ lệ hộ nghèo\nxuống còn 3%; tỷ lệ qua đào tạo\nđạt 60%.", "- Mục tiêu khác", "Năm sau.", "hết"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tc.text) {
				got = append(got, tc.text[sp.Start:sp.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q; want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d: got %q; want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}
