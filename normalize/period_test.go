package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

// TestPeriods walks testdata/periods.tsv: each phrase scanned with no
// Ref has one mention with a Per, which unified with outer and resolved
// against ref must print as want.
func TestPeriods(t *testing.T) {
	f, err := os.Open("testdata/periods.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, rows := 0, 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			t.Fatalf("periods.tsv:%d: %d columns, want 4", n, len(c))
		}
		rows++
		partial, outer, ref, want := c[0], c[1], c[2], c[3]
		t.Run(strings.Join(c, "|"), func(t *testing.T) {
			var o Period
			if outer != "" {
				if o, err = ParsePeriod(outer); err != nil {
					t.Fatalf("periods.tsv:%d: outer: %v", n, err)
				}
			}
			var r time.Time
			if ref != "" {
				if r, err = time.Parse("2006-01-02", ref); err != nil {
					t.Fatalf("periods.tsv:%d: ref: %v", n, err)
				}
			}
			var pers []Period
			for _, m := range Scan(partial, Options{}) {
				if !m.Per.IsZero() {
					pers = append(pers, m.Per)
				}
			}
			if len(pers) != 1 {
				t.Fatalf("periods.tsv:%d: %q has %d periods %+v; want 1", n, partial, len(pers), pers)
			}
			if got := pers[0].Unify(o).Resolve(r).String(); got != want {
				t.Errorf("periods.tsv:%d: got %q (from %+v); want %q", n, got, pers[0], want)
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows < 60 {
		t.Errorf("periods.tsv: %d rows; want at least 60", rows)
	}
}

// TestPeriodsNone checks phrases that state no period: counts of years
// or months, and other years ("năm tới", "năm học").
func TestPeriodsNone(t *testing.T) {
	for _, in := range []string{
		"nhiều năm qua", "những năm trước", "năm năm qua", "trong năm tới", "cả năm người",
		"trong năm học", "trong 5 năm tới", "Hai tháng qua", "Xuân Quý Mão", "năm trước khi nghỉ hưu",
		"cùng nhau", "Tết quý mão", "đến nay", "tính đến", "sau 5 năm nữa", "sau 2 năm kể từ",
	} {
		for _, m := range Scan(in, Options{}) {
			if !m.Per.IsZero() {
				t.Errorf("%q: got period %q %+v; want none", in, m.Text, m.Per)
			}
		}
	}
}

// TestPeriodFlags checks the cues that set Point and Comparison, which
// String does not show.
func TestPeriodFlags(t *testing.T) {
	tests := []struct {
		in                string
		point, comparison bool
	}{
		{"tính đến ngày 30/6/2023", true, false},
		{"đến hết năm 2022", true, false},
		{"tính đến cuối tháng 9/2021", true, false},
		{"đến cuối năm", true, false},
		{"rà soát cuối năm 2021", true, false},
		{"vào cuối năm 2030", true, false},
		{"đến thời điểm 31/12/2021", true, false},
		{"6 tháng cuối năm 2021", false, false},
		{"trong năm 2022", false, false},
		{"cùng kỳ năm 2022", false, true},
		{"cùng kỳ", false, true},
		{"so với cùng kỳ năm trước", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got *Period
			for _, m := range Scan(tt.in, Options{}) {
				if !m.Per.IsZero() {
					got = &m.Per
				}
			}
			if got == nil {
				t.Fatalf("no period")
			}
			if got.Point != tt.point || got.Comparison != tt.comparison {
				t.Errorf("got Point %v Comparison %v; want %v %v", got.Point, got.Comparison, tt.point, tt.comparison)
			}
		})
	}
}

func mustPeriod(t *testing.T, s string) Period {
	t.Helper()
	p, err := ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestUnifyResolve checks edge cases of Unify and Resolve.
func TestUnifyResolve(t *testing.T) {
	ref := time.Date(2023, 8, 23, 0, 0, 0, 0, time.UTC)
	q3 := spanPeriod(0, 7, 9)
	tests := []struct {
		name        string
		p           Period
		outer       string
		unified     string // after Unify
		resolvedRef string // after Resolve(ref)
	}{
		// a yearless quarter inside a term of several years cannot be placed
		{"quarter in term", q3, "2016/2020", "", "2023-Q3"},
		{"quarter in year", q3, "2019", "2019-Q3", "2019-Q3"},
		// a span of months across the half that encloses it keeps its months
		{"months in half", spanPeriod(0, 1, 9), "2021-H1", "2021-01/2021-09", "2021-01/2021-09"},
		{"half in span of months", spanPeriod(0, 7, 12), "2021-01/2021-09", "2021-H2", "2021-H2"},
		// a stated year stays, whatever encloses it
		{"year in outer", yearPeriod(2018), "2021-Q2", "2018", "2018"},
		{"term in outer", termPeriod(2011, 2015), "2020", "2011/2015", "2011/2015"},
		// a zero period is its outer
		{"zero", Period{}, "2020-06", "2020-06", "2020-06"},
		// a relative year in a term stays partial; the date resolves it
		{"năm nay in term", yearPeriod(0), "2016/2020", "", "2023"},
		{"năm qua in term", Period{Grain: GrainYear, Rel: PastYear}, "2016/2020", "", "2022"},
		// a count of years ends with the outer term
		{"5 năm in term", Period{Grain: GrainTerm, Rel: PastYear, Count: 5}, "2021/2025", "2021/2025", "2021/2025"},
		// "từ đầu năm đến nay" in a year before ref's runs to December
		{"to date, earlier year", Period{Grain: GrainMonths, Rel: ToDate, First: 1}, "2022", "", "2022"},
		{"to date, ref year", Period{Grain: GrainMonths, Rel: ToDate, First: 1}, "2023", "", "2023-01/2023-08"},
		// "cùng kỳ" of a partial outer waits for the date, one year back
		{"comparison of partial", Period{Comparison: true}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o Period
			if tt.outer != "" {
				o = mustPeriod(t, tt.outer)
			}
			u := tt.p.Unify(o)
			if got := u.String(); got != tt.unified {
				t.Errorf("Unify: got %q (%+v); want %q", got, u, tt.unified)
			}
			if got := u.Resolve(ref).String(); got != tt.resolvedRef {
				t.Errorf("Resolve: got %q; want %q", got, tt.resolvedRef)
			}
			if u.Resolve(time.Time{}) != u {
				t.Errorf("Resolve(zero) changed %+v", u)
			}
		})
	}
	// "cùng kỳ" of "6 tháng đầu năm" with no year: the half of the year before ref's
	c := Period{Comparison: true}.Unify(spanPeriod(0, 1, 6))
	if got := c.Resolve(ref).String(); got != "2022-H1" {
		t.Errorf("cùng kỳ of a yearless half: got %q; want %q", got, "2022-H1")
	}
}

// TestPeriodSpans checks Years, Months and Contains.
func TestPeriodSpans(t *testing.T) {
	h1 := mustPeriod(t, "2020-H1")
	if a, b := h1.Months(); a != 2020*12 || b != 2020*12+5 {
		t.Errorf("Months(2020-H1) = %d, %d; want %d, %d", a, b, 2020*12, 2020*12+5)
	}
	term := mustPeriod(t, "2016/2020")
	if a, b := term.Years(); a != 2016 || b != 2020 {
		t.Errorf("Years(2016/2020) = %d, %d", a, b)
	}
	if a, b := (Period{Grain: GrainHalf, First: 1, Last: 6}).Years(); a != 0 || b != 0 {
		t.Errorf("Years of a partial period = %d, %d; want 0, 0", a, b)
	}
	for _, c := range []struct {
		p, q string
		want bool
	}{
		{"2016/2020", "2020-H1", true},
		{"2020", "2020-06", true},
		{"2020-H1", "2020-06", true},
		{"2020-H1", "2020-07", false},
		{"2020-01/2020-09", "2020-Q3", true},
		{"2020-Q3", "2020-01/2020-09", false},
		{"2021", "2016/2020", false},
	} {
		if got := mustPeriod(t, c.p).Contains(mustPeriod(t, c.q)); got != c.want {
			t.Errorf("%s.Contains(%s) = %v; want %v", c.p, c.q, got, c.want)
		}
	}
	if (Period{Grain: GrainYear}).Contains(h1) {
		t.Errorf("a partial period contains nothing")
	}
}

// TestParsePeriod checks what ParsePeriod accepts and refuses.
func TestParsePeriod(t *testing.T) {
	for _, s := range []string{"2021", "2020-H1", "2020-H2", "2023-Q1", "2023-Q4", "2020-06", "2020-01/2020-09", "2020-02/2020-12", "2016/2020"} {
		p, err := ParsePeriod(s)
		if err != nil || p.String() != s {
			t.Errorf("ParsePeriod(%q) = %+v, %v", s, p, err)
		}
	}
	for _, s := range []string{"", "0000", "202", "20210", "2021-", "2021-H3", "2021-Q5", "2021-Q0", "2021-13", "2021-00",
		"2021-01/2021-06", "2021-01/2021-12", "2021-04/2021-06", "2021-05/2021-05", "2021-09/2021-01", "2020-01/2021-09",
		"2020/2020", "2020/2019", "2016/2020 ", "+201", "2021-6", "2021-Q1/2021-Q2"} {
		if p, err := ParsePeriod(s); err == nil {
			t.Errorf("ParsePeriod(%q) = %+v; want an error", s, p)
		}
	}
}

// FuzzParsePeriod checks that every string ParsePeriod accepts is the
// String of what it returns.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2021", "2020-H1", "2023-Q1", "2020-06", "2020-01/2020-09", "2016/2020", "2021-01/2021-06", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			return
		}
		if got := p.String(); got != s {
			t.Errorf("String(ParsePeriod(%q)) = %q", s, got)
		}
		if !p.Complete() {
			t.Errorf("ParsePeriod(%q) = %+v: not complete", s, p)
		}
	})
}
