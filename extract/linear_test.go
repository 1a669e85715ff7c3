package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
)

// figureLine returns a text of n clauses of figures, each with its cue:
// on one line with no sentence end, or split into sentences.
func figureLine(n int, split bool) string {
	var sb strings.Builder
	sb.WriteString("Năm 2024, tỉnh Yên Bái")
	for i := range n {
		sep := ", "
		clause := "giải quyết việc làm cho %d.%03d lao động, hỗ trợ %d hộ nghèo với tổng kinh phí %d triệu đồng"
		if split {
			sep = ". "
			clause = "Giải quyết việc làm cho %d.%03d lao động, hỗ trợ %d hộ nghèo với tổng kinh phí %d triệu đồng"
		}
		if i == 0 {
			sep = " "
			clause = strings.ToLower(clause[:1]) + clause[1:]
		}
		sb.WriteString(sep)
		fmt.Fprintf(&sb, clause, 1+i%9, i%1000, 10+i%90, 100+i%900)
	}
	if split {
		sb.WriteString(".")
	}
	return sb.String()
}

// extractWork extracts text and returns its records and the work counted.
func extractWork(text string) ([]Record, int) {
	workCounting, work = true, 0
	defer func() { workCounting = false }()
	recs := Extract(corpus.Document{ID: "line", Text: text}, Options{})
	return recs, work
}

// TestLinearWork holds the work of Extract to the length of its text,
// whatever its shape: a line of N figures with no sentence end, and 4N,
// take about 4 times the work, as the same text split into sentences
// does, not 16 times.
func TestLinearWork(t *testing.T) {
	const n = 300
	works := map[string][2]int{}
	for _, split := range []bool{false, true} {
		name := map[bool]string{false: "one line", true: "sentences"}[split]
		recs1, w1 := extractWork(figureLine(n, split))
		recs4, w4 := extractWork(figureLine(4*n, split))
		works[name] = [2]int{w1, w4}
		t.Logf("%s: %d figures' clauses: work %d, %d records; %d: work %d (%.2f×), %d records",
			name, n, w1, len(recs1), 4*n, w4, float64(w4)/float64(w1), len(recs4))
		if w1 == 0 || float64(w4) > 4.5*float64(w1) {
			t.Errorf("%s: work %d for %d clauses, %d for %d: not linear", name, w1, n, w4, 4*n)
		}
		// each clause has three figures with their cues: jobs, poor
		// households and money
		for _, c := range []struct {
			recs []Record
			n    int
		}{{recs1, n}, {recs4, 4 * n}} {
			if len(c.recs) < 2*c.n {
				t.Errorf("%s: %d records for %d clauses of figures", name, len(c.recs), c.n)
			}
		}
	}
	// the line reads as the sentences do: the same indicators and values
	line, _ := extractWork(figureLine(n, false))
	sents, _ := extractWork(figureLine(n, true))
	count := func(recs []Record) map[string]int {
		m := map[string]int{}
		for _, r := range recs {
			m[r.Indicator+" "+r.Value.String()]++
		}
		return m
	}
	lc, sc := count(line), count(sents)
	diff := 0
	for k, v := range sc {
		diff += max(v-lc[k], lc[k]-v)
	}
	for k, v := range lc {
		if _, ok := sc[k]; !ok {
			diff += v
		}
	}
	if len(line) == 0 || diff > len(sents)/20 {
		t.Errorf("one line: %d records, %d differ from the %d of the same text in sentences", len(line), diff, len(sents))
	}
	// a piece of a cut line is longer than a sentence, so each figure of
	// it scans more, but as much for N figures as for 4N
	l, s := works["one line"], works["sentences"]
	if r1, r4 := float64(l[0])/float64(s[0]), float64(l[1])/float64(s[1]); r4 > 1.15*r1 {
		t.Errorf("one line: work %.1f times the sentences' for %d clauses, %.1f times for %d", r1, n, r4, 4*n)
	}
}

// TestLinearWorkFrames holds the work of the frame rules to the length of
// the text: a list of N items that each open a list ("- Chỉ tiêu: …") and
// N numbered headings with no heading above them ("2. Mục tiêu …") take
// about 4 times the work for 4N as for N.
func TestLinearWorkFrames(t *testing.T) {
	shapes := map[string]func(i int) string{
		"list items": func(i int) string {
			return fmt.Sprintf("- Chỉ tiêu: giải quyết việc làm cho %d lao động\n", 100+i%900)
		},
		"headings": func(i int) string {
			return fmt.Sprintf("%d. Mục tiêu năm 2025\nGiải quyết việc làm cho %d lao động.\n", 1+i%9, 100+i%900)
		},
	}
	const n = 300
	for name, line := range shapes {
		recs1, recs4 := linearShape(t, name, "Kế hoạch năm 2025 của tỉnh Yên Bái\n", line, n)
		if len(recs1) < n || len(recs4) < 4*n {
			t.Errorf("%s: %d records for %d figures, %d for %d", name, len(recs1), n, len(recs4), 4*n)
		}
		for _, r := range recs1 {
			if r.Kind != Target {
				t.Errorf("%s: %s %s is %s, not a target", name, r.Indicator, r.Value, r.Kind)
				break
			}
		}
	}
}

// TestLinearWorkFrameChecks holds to the length of the text the checks of
// a figure's frame that look around it (a company or another country in
// its segment, a plan stated after a result, the programme named after
// it) and the lists of periods: on a line of N such clauses with no
// sentence end and no ";", and 4N, the work grows about 4 times.
func TestLinearWorkFrameChecks(t *testing.T) {
	shapes := map[string]func(i int) string{
		"one segment": func(i int) string {
			return fmt.Sprintf("công ty Sông Hồng hỗ trợ %d người lao động tại Nhật Bản với số tiền %d triệu đồng, giải quyết việc làm cho %d lao động, chỉ tiêu giao %d lao động, đạt %d%% kế hoạch, ",
				100+i%900, 10+i%90, 200+i%700, 300+i%600, 50+i%40)
		},
		"periods": func(i int) string {
			return fmt.Sprintf("Năm %d: %d người\n", 2000+i%25, 100+i%900)
		},
	}
	for name, clause := range shapes {
		linearShape(t, name, "Số lao động được giải quyết việc làm của tỉnh Yên Bái qua các năm:\n", clause, 300)
	}
}

// linearShape extracts a text of head and n pieces, and of 4n, and fails
// when the work of the second is more than about 4 times the first's; it
// returns both texts' records.
func linearShape(t *testing.T, name, head string, piece func(i int) string, n int) (recs1, recs4 []Record) {
	t.Helper()
	text := func(n int) string {
		var sb strings.Builder
		sb.WriteString(head)
		for i := range n {
			sb.WriteString(piece(i))
		}
		return sb.String()
	}
	recs1, w1 := extractWork(text(n))
	recs4, w4 := extractWork(text(4 * n))
	t.Logf("%s: %d: work %d, %d records; %d: work %d (%.2f×), %d records", name, n, w1, len(recs1), 4*n, w4, float64(w4)/float64(w1), len(recs4))
	if w1 == 0 || float64(w4) > 4.5*float64(w1) {
		t.Errorf("%s: work %d for %d, %d for %d: not linear", name, w1, n, w4, 4*n)
	}
	return recs1, recs4
}
