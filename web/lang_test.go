package web

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"html"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// TestIndicatorNames checks that every indicator has a plain name in
// both languages and every unit of the contract a word.
func TestIndicatorNames(t *testing.T) {
	for _, ind := range extract.All {
		n, ok := indicatorNames[ind.ID]
		if !ok || n[0] == "" || n[1] == "" {
			t.Errorf("%s has no name", ind.ID)
		}
	}
	for id := range indicatorNames {
		if extract.Lookup(id) == nil {
			t.Errorf("a name for %s, which is no indicator", id)
		}
	}
	for _, l := range []*lang{vi, en} {
		for _, u := range normalize.Units {
			if l.Units[u] == "" {
				t.Errorf("%s: unit %s has no word", l.Code, u)
			}
		}
	}
}

// TestLangKeys checks that the two tables of UI strings have the same keys.
func TestLangKeys(t *testing.T) {
	for k := range vi.T {
		if en.T[k] == "" {
			t.Errorf("en lacks %q", k)
		}
	}
	for k := range en.T {
		if vi.T[k] == "" {
			t.Errorf("vi lacks %q", k)
		}
	}
}

func TestReading(t *testing.T) {
	d := func(s string) normalize.Decimal { v, _ := normalize.ParseDecimal(s); return v }
	for _, tt := range []struct {
		l    *lang
		r    extract.Record
		want string
	}{
		{vi, extract.Record{Value: d("18923"), Unit: normalize.Person, Qualifier: normalize.Exact}, "18.923 người"},
		{vi, extract.Record{Value: d("36000"), Unit: normalize.Person, Qualifier: normalize.Over}, "hơn 36.000 người"},
		{vi, extract.Record{Value: d("1.5"), Unit: normalize.PercentUnit}, "1,5%"},
		{vi, extract.Record{Value: d("0.36"), Unit: normalize.PercentagePoint}, "0,36 điểm %"},
		{vi, extract.Record{Value: d("118"), Unit: normalize.PercentOfPlan}, "118% kế hoạch"},
		{vi, extract.Record{Value: d("120938500000"), Unit: normalize.VND, Text: "120.938,5 triệu đồng"}, "120.938,5 triệu đồng"},
		{vi, extract.Record{Value: d("2500000000"), Unit: normalize.VND, Text: "2,5 tỷ đồng"}, "2,5 tỷ đồng"},
		{vi, extract.Record{Value: d("3400000000"), Unit: normalize.VND, Text: "3.400.000.000 đồng"}, "3,4 tỷ đồng"},
		{vi, extract.Record{Value: d("1250"), Unit: normalize.Household, Qualifier: normalize.Approx}, "khoảng 1.250 hộ"},
		{en, extract.Record{Value: d("18923.5"), Unit: normalize.Person}, "18,923.5 people"},
		{en, extract.Record{Value: d("2500000000"), Unit: normalize.VND, Text: "2,5 tỷ đồng"}, "2.5 billion VND"},
	} {
		if got := tt.l.RecordReading(tt.r); got != tt.want {
			t.Errorf("%s %v: got %q; want %q", tt.l.Code, tt.r.Value, got, tt.want)
		}
	}
	m := normalize.Mention{Kind: normalize.Range, Low: d("1500"), High: d("1700"), Unit: normalize.Person}
	if got := vi.MentionReading(m); got != "1.500–1.700 người" {
		t.Errorf("range: %q", got)
	}
	m = normalize.Mention{Kind: normalize.Fraction, Num: d("2970"), Den: d("6000"), Unit: normalize.Person}
	if got := vi.MentionReading(m); got != "2.970/6.000 người" {
		t.Errorf("fraction: %q", got)
	}
	if got := vi.Number(d("-1234567.25")); got != "-1.234.567,25" {
		t.Errorf("negative: %q", got)
	}
}

func TestPeriod(t *testing.T) {
	for p, want := range map[string]string{
		"2024": "năm 2024", "2020-H1": "6 tháng đầu năm 2020", "2020-H2": "6 tháng cuối năm 2020",
		"2023-Q3": "quý III/2023", "2020-06": "tháng 6/2020", "2020-01/2020-09": "tháng 1–9/2020",
		"2016/2020": "giai đoạn 2016–2020", "": "",
	} {
		if got := vi.Period(p); got != want {
			t.Errorf("Period(%q) = %q; want %q", p, got, want)
		}
	}
	if got := en.Period("2020-H1"); got != "2020-H1" {
		t.Errorf("en: %q", got)
	}
}

func TestSentenceAround(t *testing.T) {
	text := "Năm 2023 có 1.200 hộ. Năm 2024 có 1.350 hộ, tăng 12,5%. Hết"
	i := strings.Index(text, "12,5%")
	if got := sentenceAround(text, i, i+len("12,5%")); got != "Năm 2024 có 1.350 hộ, tăng 12,5%." {
		t.Errorf("got %q", got)
	}
}

// TestEnglish checks the page in English.
func TestEnglish(t *testing.T) {
	h := Handler(Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?lang=en", nil))
	for _, want := range []string{`<html lang="en">`, `action="/?lang=en"`, ">Check</button>", `href="/?lang=vi"`} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("English page lacks %q", want)
		}
	}
	body := post(t, h, "/?lang=en", map[string]string{"text": wrongSum}, "").Body.String()
	for _, want := range []string{"People given jobs", "12,640 people", "Parts that do not add up to their total"} {
		if !strings.Contains(body, want) {
			t.Errorf("English result lacks %q", want)
		}
	}
}

// TestTextAndFiles checks the rule for text and files: both are read,
// the text first, then each file in order; a zip adds its articles.
func TestTextAndFiles(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("text", "Năm 2024, tỉnh Sóc Trăng giải quyết việc làm cho 15.400 lao động.")
	fw, _ := mw.CreateFormFile("file", "hau-giang.txt")
	fw.Write([]byte("Năm 2024, tỉnh Hậu Giang giải quyết việc làm cho 12.900 lao động."))
	fw, _ = mw.CreateFormFile("file", "two.zip")
	fw.Write(zipOf(t, "ca-mau.txt", "Năm 2024, tỉnh Cà Mau giải quyết việc làm cho 20.100 lao động.", "bac-lieu.txt", "Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho 13.700 lao động."))
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	Handler(Options{}).ServeHTTP(rec, req)
	got := regexp.MustCompile(`<h2>([^<]*)</h2>`).FindAllStringSubmatch(rec.Body.String(), -1)
	var ids []string
	for _, m := range got {
		ids = append(ids, m[1])
	}
	if strings.Join(ids, " ") != "pasted hau-giang ca-mau bac-lieu" {
		t.Errorf("documents: %q", ids)
	}
	if !strings.Contains(rec.Body.String(), "cả hai đều được đọc") {
		t.Error("the page does not say the rule for text and files")
	}
}

// zipOf returns a zip of name, text pairs.
func zipOf(t *testing.T, nameText ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := newZip(&b)
	for i := 0; i < len(nameText); i += 2 {
		w, err := zw.Create(nameText[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(nameText[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCSVBOM checks that both CSV downloads start with a UTF-8 byte order
// mark, and JSONL does not.
func TestCSVBOM(t *testing.T) {
	h := Handler(Options{})
	rec := post(t, h, "/records?format=csv", map[string]string{"text": wrongSum}, "")
	if !strings.HasPrefix(rec.Body.String(), "\ufeffdoc,indicator,") {
		t.Errorf("/records CSV: %.40q", rec.Body.String())
	}
	if rec := post(t, h, "/records", map[string]string{"text": wrongSum}, ""); strings.HasPrefix(rec.Body.String(), "\ufeff") {
		t.Error("JSONL with a byte order mark")
	}
	page := post(t, h, "/", map[string]string{"text": wrongSum}, "").Body.String()
	m := regexp.MustCompile(`id="dl-csv" download="records.csv" href="data:text/csv;charset=utf-8;base64,([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no CSV link")
	}
	got, _ := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	if !strings.HasPrefix(string(got), "\ufeffdoc,") {
		t.Errorf("page CSV: %.40q", got)
	}
}

// TestWarningsOnly checks that the warnings download leaves out the
// relations that hold: wrongSum's article with a fraction that holds
// downloads the sum alone.
func TestWarningsOnly(t *testing.T) {
	text := wrongSum + " Năm 2024 tuyển sinh 9.850/10.000 người, đạt 98,5% kế hoạch."
	page := post(t, Handler(Options{}), "/", map[string]string{"text": text}, "").Body.String()
	if !strings.Contains(page, `class="holds"`) {
		t.Fatal("no relation that holds: the test needs one")
	}
	m := regexp.MustCompile(`id="dl-warnings" download="warnings.jsonl" href="data:application/x-ndjson;charset=utf-8;base64,([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no warnings link")
	}
	got, _ := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], `{"rule":"sum",`) {
		t.Errorf("warnings download:\n%s", got)
	}
}

func newZip(w *bytes.Buffer) *zip.Writer { return zip.NewWriter(w) }
