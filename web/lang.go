package web

import (
	"strings"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// A lang is one language of the page: its UI strings, in one table, and
// the words and number separators of its readings.
type lang struct {
	// Code is the language's code ("vi", "en"), the page's lang attribute.
	Code string
	// T holds every UI string of the page, keyed by a name the template
	// uses ({{.L.T.submit}}). A string with verbs is a printf format.
	T map[string]string
	// Thousands and Point separate thousands and the decimals.
	Thousands, Point string
	// Units, Quals, Kinds and Rules name the values of the records and
	// warnings.
	Units map[normalize.Unit]string
	Quals map[normalize.Qualifier]string
	Kinds map[extract.Kind]string
	Rules map[check.Rule]string
	// name is the index of the language in indicatorNames' pairs.
	name int
}

// vi is the page's default language.
var vi = &lang{
	Code: "vi",
	T: map[string]string{
		"tagline":      "số liệu: các con số trong một bài báo về lao động, việc làm, giảm nghèo, an sinh; mỗi con số được đọc thế nào, và chỗ nào không khớp",
		"other_lang":   "English",
		"other_code":   "en",
		"paste":        "Dán bài viết",
		"placeholder":  "Dán nội dung bài viết vào đây…",
		"files":        "hoặc chọn tệp (một hay nhiều: txt, html, jsonl, zip, warc, gz, tar; tổng cộng tối đa %d MB)",
		"drop":         "…hoặc kéo thả tệp vào đây",
		"pick":         "Chọn tệp…",
		"both":         "Vừa dán văn bản vừa chọn tệp thì cả hai đều được đọc: văn bản dán là một bài, mỗi tệp thêm các bài của nó.",
		"submit":       "Kiểm tra",
		"summary":      "Số bài: %d · bản ghi chỉ tiêu: %d · cảnh báo: %d",
		"download":     "Tải về:",
		"dl_jsonl":     "bản ghi (JSONL)",
		"dl_csv":       "bản ghi (CSV, mở được bằng Excel)",
		"dl_warnings":  "cảnh báo (JSONL)",
		"more_docs":    "Chỉ hiện %d bài đầu: %d bài sau (%d bản ghi) có trong các tệp tải về ở trên.",
		"more_errors":  "… và %d bài nữa không đọc được",
		"legend_rec":   "con số thuộc một chỉ tiêu",
		"legend_norec": "con số không thuộc chỉ tiêu nào",
		"legend_warn":  "con số có cảnh báo",
		"legend_hint":  "bấm vào một con số để xem câu chứa nó và cách đọc; bấm một dòng của bảng để tìm con số trong bài",
		"warnings":     "Cảnh báo",
		"nowarn":       "Không có cảnh báo: mọi quan hệ được kiểm tra đều khớp.",
		"holds":        "%d quan hệ được kiểm tra và khớp",
		"with":         "cùng với",
		"th_n":         "#",
		"th_figure":    "Con số trong bài · đọc là",
		"th_indicator": "Chỉ tiêu",
		"th_kind":      "Loại",
		"th_period":    "Kỳ",
		"th_region":    "Địa bàn",
		"th_warn":      "Cảnh báo",
		"filter":       "Lọc bảng…",
		"filter_label": "Lọc các dòng của bảng",
		"hide_noind":   "Ẩn con số không thuộc chỉ tiêu nào",
		"sort_hint":    "Bấm tiêu đề cột để sắp xếp.",
		"no_indicator": "không thuộc chỉ tiêu nào",
		"more_rows":    "… còn %d dòng nữa, có trong các tệp tải về.",
		"sentence":     "Câu:",
		"reading":      "Đọc là:",
		"too_large":    "Dữ liệu gửi lên lớn hơn %d MB.",
		"bad_form":     "Không đọc được biểu mẫu gửi lên.",
		"bad_file":     "Không đọc được tệp %s.",
		"empty":        "Hãy dán một bài viết hoặc chọn tệp.",
		"max_docs":     "Chỉ đọc %d bài đầu tiên.",
		"busy":         "Máy chủ đang bận kiểm tra bài khác: hãy thử lại sau vài giây.",
		"other_site":   "Không nhận dữ liệu gửi từ trang web khác.",
	},
	Thousands: ".", Point: ",",
	Units: map[normalize.Unit]string{
		normalize.Person: "người", normalize.Household: "hộ", normalize.Organization: "đơn vị",
		normalize.Procedure: "hồ sơ", normalize.VND: "đồng", normalize.USD: "USD", normalize.PercentUnit: "%",
		normalize.PercentagePoint: "điểm %", normalize.PercentOfPlan: "% kế hoạch",
	},
	Quals: map[normalize.Qualifier]string{
		normalize.Over: "hơn", normalize.Under: "dưới", normalize.Nearly: "gần", normalize.Approx: "khoảng",
		normalize.AtLeast: "ít nhất", normalize.AtMost: "tối đa",
	},
	Kinds: map[extract.Kind]string{extract.Actual: "thực hiện", extract.Estimate: "ước tính", extract.Target: "kế hoạch, mục tiêu"},
	Rules: map[check.Rule]string{
		check.Change:     "Mức tăng, giảm không khớp với hai con số",
		check.Fraction:   "Phân số không khớp với tỷ lệ % đi kèm",
		check.Attainment: "Tỷ lệ đạt kế hoạch không khớp với số thực hiện và kế hoạch",
		check.Breakdown:  "Các phần (trong đó) vượt con số tổng",
		check.Sum:        "Các phần cộng lại không bằng con số tổng",
		check.Share:      "Tỷ lệ của phần trong tổng không khớp",
		check.Conflict:   "Hai bài đưa hai con số khác nhau cho cùng một chỉ tiêu",
	},
	name: 0,
}

// en is the page in English (?lang=en).
var en = &lang{
	Code: "en",
	T: map[string]string{
		"tagline":      "số liệu: the figures of a Vietnamese report on labour, jobs, poverty and social affairs; how each was read, and what does not add up",
		"other_lang":   "Tiếng Việt",
		"other_code":   "vi",
		"paste":        "Paste an article",
		"placeholder":  "Paste the article's text here…",
		"files":        "or choose files (one or more: txt, html, jsonl, zip, warc, gz, tar; at most %d MB in all)",
		"drop":         "…or drop files here",
		"pick":         "Choose files…",
		"both":         "When text is pasted and files are chosen, both are read: the pasted text is one document, and each file adds its own.",
		"submit":       "Check",
		"summary":      "Documents: %d · indicator records: %d · warnings: %d",
		"download":     "Download:",
		"dl_jsonl":     "records (JSONL)",
		"dl_csv":       "records (CSV, opens in Excel)",
		"dl_warnings":  "warnings (JSONL)",
		"more_docs":    "Only the first %d documents are shown: the %d after them (%d records) are in the downloads above.",
		"more_errors":  "… and %d more documents that could not be read",
		"legend_rec":   "figure of an indicator",
		"legend_norec": "figure of no indicator",
		"legend_warn":  "figure with a warning",
		"legend_hint":  "click a figure for its sentence and reading; click a table row to find its figure in the text",
		"warnings":     "Warnings",
		"nowarn":       "No warning: every relation checked holds.",
		"holds":        "%d relations checked that hold",
		"with":         "with",
		"th_n":         "#",
		"th_figure":    "Figure as written · read as",
		"th_indicator": "Indicator",
		"th_kind":      "Kind",
		"th_period":    "Period",
		"th_region":    "Region",
		"th_warn":      "Warning",
		"filter":       "Filter the table…",
		"filter_label": "Filter the table's rows",
		"hide_noind":   "Hide figures of no indicator",
		"sort_hint":    "Click a column heading to sort.",
		"no_indicator": "no indicator",
		"more_rows":    "… and %d more rows, in the downloads.",
		"sentence":     "Sentence:",
		"reading":      "Read as:",
		"too_large":    "The upload is larger than %d MB.",
		"bad_form":     "The form could not be read.",
		"bad_file":     "The file %s could not be read.",
		"empty":        "Paste an article or choose a file.",
		"max_docs":     "Only the first %d documents were read.",
		"busy":         "The server is busy checking other posts: try again in a few seconds.",
		"other_site":   "A post from another site is refused.",
	},
	Thousands: ",", Point: ".",
	Units: map[normalize.Unit]string{
		normalize.Person: "people", normalize.Household: "households", normalize.Organization: "organizations",
		normalize.Procedure: "procedures", normalize.VND: "VND", normalize.USD: "USD", normalize.PercentUnit: "%",
		normalize.PercentagePoint: "percentage points", normalize.PercentOfPlan: "% of plan",
	},
	Quals: map[normalize.Qualifier]string{
		normalize.Over: "over", normalize.Under: "under", normalize.Nearly: "nearly", normalize.Approx: "about",
		normalize.AtLeast: "at least", normalize.AtMost: "at most",
	},
	Kinds: map[extract.Kind]string{extract.Actual: "actual", extract.Estimate: "estimate", extract.Target: "target"},
	Rules: map[check.Rule]string{
		check.Change:     "A change that does not match its two levels",
		check.Fraction:   "A fraction that does not match its percent",
		check.Attainment: "A percent of plan that does not match the actual and the target",
		check.Breakdown:  "Parts (of which) larger than their total",
		check.Sum:        "Parts that do not add up to their total",
		check.Share:      "A part's share of its total that does not match",
		check.Conflict:   "Two documents give different figures for the same indicator",
	},
	name: 1,
}

// langs are the page's languages by code.
var langs = map[string]*lang{"vi": vi, "en": en}

// langOf returns the language a request asks for (?lang=en), Vietnamese
// by default.
func langOf(code string) *lang {
	if l, ok := langs[code]; ok {
		return l
	}
	return vi
}

// Indicator returns the plain name of an indicator id, or the id itself
// when it has none.
func (l *lang) Indicator(id string) string {
	if n, ok := indicatorNames[id]; ok {
		return n[l.name]
	}
	return id
}

// Unit names a unit; a unit without a name keeps its code.
func (l *lang) Unit(u normalize.Unit) string {
	if s, ok := l.Units[u]; ok {
		return s
	}
	return string(u)
}

// Kind names a record's kind.
func (l *lang) Kind(k extract.Kind) string {
	if s, ok := l.Kinds[k]; ok {
		return s
	}
	return string(k)
}

// Rule says in words what a warning's rule found.
func (l *lang) Rule(r check.Rule) string {
	if s, ok := l.Rules[r]; ok {
		return s
	}
	return string(r)
}

// Number writes a plain decimal ("120938.5", "-3") with the language's
// separators: "120.938,5" in Vietnamese.
func (l *lang) Number(d normalize.Decimal) string {
	s := d.String()
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(l.Thousands)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(l.Point + frac)
	}
	return b.String()
}

// Period writes a record's period ("2024-H1") as a reader says it ("6
// tháng đầu năm 2024"); English keeps the code.
func (l *lang) Period(p string) string {
	if l != vi || p == "" {
		return p
	}
	year := func(s string) bool { return len(s) == 4 && strings.Trim(s, "0123456789") == "" }
	month := func(s string) string { return strings.TrimPrefix(s, "0") }
	if a, b, ok := strings.Cut(p, "/"); ok {
		switch {
		case year(a) && year(b):
			return "giai đoạn " + a + "–" + b
		case len(a) == 7 && len(b) == 7 && a[:4] == b[:4]:
			return "tháng " + month(a[5:]) + "–" + month(b[5:]) + "/" + a[:4]
		case len(a) == 7 && len(b) == 7:
			return "tháng " + month(a[5:]) + "/" + a[:4] + "–" + month(b[5:]) + "/" + b[:4]
		}
		return p
	}
	if year(p) {
		return "năm " + p
	}
	if len(p) == 7 && year(p[:4]) && p[4] == '-' {
		switch p[5:] {
		case "H1":
			return "6 tháng đầu năm " + p[:4]
		case "H2":
			return "6 tháng cuối năm " + p[:4]
		case "Q1", "Q2", "Q3", "Q4":
			return "quý " + []string{"I", "II", "III", "IV"}[p[6]-'1'] + "/" + p[:4]
		}
		return "tháng " + month(p[5:]) + "/" + p[:4]
	}
	return p
}

// scales are the scale words of money, largest first, as an article
// writes them.
var scales = []struct {
	word string
	exp  int
}{{"tỷ", 9}, {"tỉ", 9}, {"triệu", 6}, {"nghìn", 3}, {"ngàn", 3}}

// amount writes a value of unit u. Money keeps the scale word of the
// figure as written ("120.938,5 triệu đồng" for "120.938,5 triệu đồng"),
// or takes tỷ or triệu when the figure has none and is that large.
func (l *lang) amount(v normalize.Decimal, u normalize.Unit, written string) string {
	unit := l.Unit(u)
	switch u {
	case normalize.PercentUnit:
		return l.Number(v) + "%"
	case normalize.PercentOfPlan:
		return l.Number(v) + unit
	case normalize.VND, normalize.USD:
		low := strings.ToLower(written)
		for _, s := range scales {
			if strings.Contains(low, s.word) {
				return l.scaled(v, s.exp, s.word, unit)
			}
		}
		switch abs := v.Float64(); {
		case abs >= 1e9 || abs <= -1e9:
			return l.scaled(v, 9, "tỷ", unit)
		case abs >= 1e6 || abs <= -1e6:
			return l.scaled(v, 6, "triệu", unit)
		}
	}
	return strings.TrimSpace(l.Number(v) + " " + unit)
}

// scaled writes v / 10^exp followed by the scale word and the unit.
func (l *lang) scaled(v normalize.Decimal, exp int, word, unit string) string {
	if l == en {
		word = map[string]string{"tỷ": "billion", "tỉ": "billion", "triệu": "million", "nghìn": "thousand", "ngàn": "thousand"}[word]
	}
	return l.Number(normalize.NewDecimal(v.Coef, int(v.Exp)-exp)) + " " + word + " " + unit
}

// qualified puts the qualifier's word before a reading.
func (l *lang) qualified(q normalize.Qualifier, s string) string {
	if w := l.Quals[q]; w != "" {
		return w + " " + s
	}
	return s
}

// RecordReading says a record's value as a reader would: "hơn 36.000
// người", "120.938,5 triệu đồng", "5,12%".
func (l *lang) RecordReading(r extract.Record) string {
	return l.qualified(r.Qualifier, l.amount(r.Value, r.Unit, r.Text))
}

// MentionReading says how a figure of no record was read: "1.095",
// "1.500–1.700 người", "2.970/6.000 người".
func (l *lang) MentionReading(m normalize.Mention) string {
	var s string
	switch m.Kind {
	case normalize.Range:
		lo := l.amount(m.Low, m.Unit, m.Text)
		hi := l.amount(m.High, m.Unit, m.Text)
		if u := " " + l.Unit(m.Unit); m.Unit != normalize.NoUnit && strings.HasSuffix(lo, u) {
			lo = strings.TrimSuffix(lo, u) // "1.500–1.700 người"
		}
		s = lo + "–" + hi
	case normalize.Fraction:
		s = l.Number(m.Num) + "/" + l.amount(m.Den, m.Unit, m.Text)
	default:
		s = l.amount(m.Value, m.Unit, m.Text)
	}
	return l.qualified(m.Qualifier, s)
}
