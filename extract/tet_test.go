package extract

import (
	"testing"
	"time"

	"github.com/solieu/solieu/normalize"
)

// A tetCase is a text, the date it is read against and the year wanted.
type tetCase struct {
	text string
	ref  time.Time
	want string
}

// day reads an ISO date for a test table.
func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// runTet checks fn (tetYear or tetSeason) on each case.
func runTet(t *testing.T, name string, fn func([]normalize.Token, time.Time) string, tests []tetCase) {
	t.Helper()
	for _, tt := range tests {
		if got := fn(normalize.Tokens(tt.text), tt.ref); got != tt.want {
			t.Errorf("%s(%q) = %q; want %q", name, tt.text, got, tt.want)
		}
	}
}

func TestTetYear(t *testing.T) {
	runTet(t, "tetYear", tetYear, []tetCase{
		{"Hà Tĩnh: Hơn 78 tỷ đồng chăm lo Tết Quý Mão cho người có công", day("2023-01-20"), "2023"},
		{"chuẩn bị chăm lo Tết Quý Mão", day("2022-12-10"), "2023"}, // before the Tết of that name
		{"An Giang trao 215.600 phần quà Tết Canh Tý", day("2020-02-03"), "2020"},
		{"Kết quả công tác chăm lo Tết Nguyên đán Nhâm Dần 2022", time.Time{}, "2022"},
		{"Tết Nguyên đán Giáp Thìn", day("2024-02-20"), "2024"},
		{"Tết Ất Tỵ", day("2025-01-15"), "2025"},
		{"Tết Canh Tý", time.Time{}, ""},                  // the name alone, no date to place it
		{"Tết Nguyên đán Nhâm Dần 2021", time.Time{}, ""}, // a name and a year that disagree
		{"Tết Canh Sửu", day("2020-01-01"), ""},           // no such year: stem and branch differ in parity
		{"tết quý mão", day("2023-01-20"), ""},            // not a name: lower case
		{"Tết trồng cây năm 2023", day("2023-01-20"), ""},
	})
}

func TestTetSeason(t *testing.T) {
	runTet(t, "tetSeason", tetSeason, []tetCase{
		{"Sáng 20/1, lãnh đạo tỉnh trao quà Tết cho hộ nghèo", day("2025-01-20"), "2025"},
		{"Huyện chuẩn bị quà Tết cho người có công", day("2024-12-05"), "2025"}, // the coming Tết
		{"Sau Tết, doanh nghiệp tuyển thêm lao động", day("2024-03-02"), "2024"},
		{"Trao quà Tết cho hộ nghèo", day("2024-08-15"), ""}, // no Tết season
		{"Trao quà Tết cho hộ nghèo", time.Time{}, ""},
		{"Trao quà cho hộ nghèo", day("2025-01-20"), ""},
	})
}
