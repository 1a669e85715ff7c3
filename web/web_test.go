package web

import (
	"bytes"
	"encoding/base64"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// wrongSum is an article of our own with a total that is not the sum of its
// parts (12.190, not 12.640).
const wrongSum = "Năm 2024, tỉnh Quảng Trị đã giải quyết việc làm cho 12.640 lao động, gồm 7.320 lao động làm việc trong tỉnh, 3.410 lao động làm việc ở tỉnh khác và 1.460 lao động đi làm việc ở nước ngoài theo hợp đồng."

// post sends a multipart form with the given fields; a field named "file"
// is sent as an upload named by fileName.
func post(t *testing.T, h http.Handler, target string, fields map[string]string, fileName string) *httptest.ResponseRecorder {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		if k == "file" {
			fw, err := mw.CreateFormFile("file", fileName)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(fw, v)
			continue
		}
		mw.WriteField(k, v)
	}
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, target, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

var marks = regexp.MustCompile(`<mark class="fig (rec|norec|warn)" id="[^"]+"`)

func TestServer(t *testing.T) {
	h := Handler(Options{MaxUpload: 64 << 10})
	jsonl := `{"id":"a","text":"Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 46.820 lao động."}` + "\n" +
		`{"id":"b","text":"Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 43.150 lao động."}` + "\n"
	tests := []struct {
		name     string
		target   string
		fields   map[string]string
		file     string
		status   int
		contains []string
		marks    string // the classes of the highlighted figures, in order
	}{
		{"pasted text with a wrong sum", "/", map[string]string{"text": wrongSum}, "", 200,
			[]string{`<span class="rule">sum</span>`, "add up to 12.190, not 12.640 lao động", "employment.jobs_created", "Số lao động được giải quyết việc làm", "không thuộc chỉ tiêu nào", `download="records.csv"`, "12.640 người", `<html lang="vi">`},
			"warn warn warn warn"},
		{"text is escaped", "/", map[string]string{"text": `<script>alert("x")</script> Năm 2023 hỗ trợ 1.250 người lao động.`}, "", 200,
			[]string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"}, "rec"},
		{"uploaded JSON lines conflict", "/", map[string]string{"file": jsonl}, "two.jsonl", 200,
			[]string{"<h2>a</h2>", "<h2>b</h2>", `<span class="rule">conflict</span>`, "(cùng với b)", "(cùng với a)"}, "warn warn"},
		{"uploaded HTML", "/", map[string]string{"file": "<html><body><article><p>Năm 2023, tỉnh phấn đấu giải quyết việc làm cho 20.000 lao động.</p></article></body></html>"}, "a.html", 200,
			[]string{"<h2>a</h2>", "employment.jobs_created"}, "rec"},
		{"text and file both read", "/", map[string]string{"text": "Hôm qua có 7 người.", "file": "Hôm nay có 12 người."}, "x.txt", 200,
			[]string{"<h2>pasted</h2>", "<h2>x</h2>"}, "norec norec"},
		{"nothing posted", "/", map[string]string{"text": "  "}, "", 400, []string{"Hãy dán một bài viết hoặc chọn tệp"}, ""},
		{"too large", "/", map[string]string{"text": strings.Repeat("1.250 người. ", 10000)}, "", 413, []string{"lớn hơn 0 MB"}, ""},
		{"binary upload", "/", map[string]string{"file": "\x00\x01\x02abc"}, "x.txt", 200, []string{`class="error"`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := post(t, h, tt.target, tt.fields, tt.file)
			if rec.Code != tt.status {
				t.Fatalf("status %d; want %d\n%s", rec.Code, tt.status, rec.Body)
			}
			body := rec.Body.String()
			for _, s := range tt.contains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			var got []string
			for _, m := range marks.FindAllStringSubmatch(body, -1) {
				got = append(got, m[1])
			}
			if strings.Join(got, " ") != tt.marks {
				t.Errorf("marks: got %q; want %q", strings.Join(got, " "), tt.marks)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("Content-Security-Policy: got %q", csp)
			}
			if strings.Contains(body, "<script>alert") {
				t.Error("unescaped script in the page")
			}
		})
	}
}

func TestServerGet(t *testing.T) {
	h := Handler(Options{})
	for _, tt := range []struct {
		path   string
		status int
		want   string
	}{
		{"/", 200, `<textarea id="text" name="text"`},
		{"/static/style.css", 200, "mark.warn"},
		{"/static/app.js", 200, "textContent"},
		{"/nope", 404, ""},
	} {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.want) {
				t.Errorf("got %d %.80q; want %d with %q", rec.Code, rec.Body.String(), tt.status, tt.want)
			}
		})
	}
}

func TestServerForm(t *testing.T) {
	// a plain urlencoded form works as well as a multipart one
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(url.Values{"text": {wrongSum}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	Handler(Options{}).ServeHTTP(rec, req)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "add up to 12.190") {
		t.Errorf("got %d; want the sum warning", rec.Code)
	}
}

func TestRecordsDownload(t *testing.T) {
	h := Handler(Options{})
	for _, tt := range []struct {
		format, mime, first string
		status              int
	}{
		{"", "application/x-ndjson", `{"doc":"pasted","indicator":"employment.jobs_created","value":12640,`, 200},
		{"csv", "text/csv", "doc,indicator,value,unit,qualifier,kind,period,period_start,period_end,region,text,start,end,sentence,published,source,fact\r\n", 200},
		{"tsv", "text/tab-separated-values", "doc\tindicator\t", 200},
		{"xml", "text/plain", "unknown format", 400},
	} {
		t.Run(tt.format, func(t *testing.T) {
			rec := post(t, h, "/records?format="+tt.format, map[string]string{"text": wrongSum}, "")
			if rec.Code != tt.status || !strings.HasPrefix(rec.Header().Get("Content-Type"), tt.mime) || !strings.Contains(rec.Body.String(), tt.first) {
				t.Errorf("got %d %s %.120q; want %d %s with %q", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String(), tt.status, tt.mime, tt.first)
			}
		})
	}
	// the page's data-URL link holds the same JSONL as /records
	page := post(t, h, "/", map[string]string{"text": wrongSum}, "").Body.String()
	m := regexp.MustCompile(`id="dl-jsonl" download="records.jsonl" href="data:application/x-ndjson;charset=utf-8;base64,([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no JSONL download link")
	}
	got, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	want := post(t, h, "/records", map[string]string{"text": wrongSum}, "").Body.String()
	if string(got) != want {
		t.Errorf("data URL:\n%s\n/records:\n%s", got, want)
	}
}

// TestWarningsDownload checks the page's link to its warnings: the sum
// that does not add up, once, as a JSON line of solieu check; a page with
// no warning has no link.
func TestWarningsDownload(t *testing.T) {
	h := Handler(Options{})
	page := post(t, h, "/", map[string]string{"text": wrongSum}, "").Body.String()
	m := regexp.MustCompile(`id="dl-warnings" download="warnings.jsonl" href="data:application/x-ndjson;charset=utf-8;base64,([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no warnings download link")
	}
	got, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], `{"rule":"sum",`) || !strings.Contains(lines[0], "add up to 12.190, not 12.640 lao động") {
		t.Errorf("warnings download:\n%s", got)
	}
	clean := post(t, h, "/", map[string]string{"text": "Năm 2023, giải quyết việc làm cho 12.640 lao động."}, "").Body.String()
	if strings.Contains(clean, "dl-warnings") {
		t.Error("a page with no warning links to warnings")
	}
}

func TestWriteHTML(t *testing.T) {
	doc := corpus.Document{ID: "t", Source: "t.txt", Text: wrongSum + "\n<b>đậm</b>"}
	var b bytes.Buffer
	if err := WriteHTML(&b, "solieu: t", check.Reports([]corpus.Document{doc}, check.Options{All: true})); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{"<style>* {", "<script>// solieu's page script", "<title>solieu: t</title>", "&lt;b&gt;đậm&lt;/b&gt;", `class="fig warn"`, "data:text/csv;charset=utf-8;base64,"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, bad := range []string{`href="/static/`, `src="/static/`, "<form", "<b>đậm"} {
		if strings.Contains(page, bad) {
			t.Errorf("self-contained page has %q", bad)
		}
	}
}

func TestRows(t *testing.T) {
	text := "Năm 2020, tuyển sinh 2.970/6.000 người, đạt 49,5% kế hoạch; hôm nay 1,095 lượt. Phấn đấu đào tạo nghề cho 2.000 - 2.500 người."
	doc := corpus.Document{ID: "t", Text: text}
	rep := check.Reports([]corpus.Document{doc}, check.Options{})[0]
	var got []string
	for _, r := range Rows(rep) {
		got = append(got, strings.Join([]string{itoa(r.N), r.Figure, r.Reading, r.Indicator, string(r.Kind)}, "|"))
	}
	want := []string{
		"1|2.970/6.000 người|2970 person exact|vocational.enrollment|actual",
		"1|2.970/6.000 người|6000 person exact|vocational.enrollment|target",
		"2|49,5%|49.5 percent_of_plan exact|vocational.enrollment|actual",
		"3|1,095 lượt|1.095 person exact|no indicator|",
		"4|2.000 - 2.500 người|2000 person at_least|vocational.trained|target",
		"4|2.000 - 2.500 người|2500 person at_most|vocational.trained|target",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMentionReading(t *testing.T) {
	d := func(s string) normalize.Decimal { v, _ := normalize.ParseDecimal(s); return v }
	for _, tt := range []struct {
		m    normalize.Mention
		want string
	}{
		{normalize.Mention{Kind: normalize.Number, Value: d("1.095")}, "1.095 exact"},
		{normalize.Mention{Kind: normalize.Quantity, Value: d("36000"), Unit: normalize.Person, Qualifier: normalize.Over}, "36000 person over"},
		{normalize.Mention{Kind: normalize.Range, Low: d("1500"), High: d("1700"), Unit: normalize.Person, Qualifier: normalize.Exact}, "1500–1700 person exact"},
		{normalize.Mention{Kind: normalize.Fraction, Num: d("2970"), Den: d("6000"), Unit: normalize.Person}, "2970/6000 person exact"},
	} {
		if got := MentionReading(tt.m); got != tt.want {
			t.Errorf("MentionReading(%+v) = %q; want %q", tt.m, got, tt.want)
		}
	}
	r := extract.Record{Value: d("0.36"), Unit: normalize.PercentagePoint, Qualifier: normalize.Exact}
	if got := RecordReading(r); got != "0.36 percentage_point exact" {
		t.Errorf("RecordReading = %q", got)
	}
}

func itoa(n int) string { return normalize.NewDecimal(int64(n), 0).String() }

// TestWarningsURLOnce checks that a conflict, which the reports of both
// its documents hold, is downloaded once.
func TestWarningsURLOnce(t *testing.T) {
	docs := []corpus.Document{
		{ID: "a", Text: "Nghệ An: năm 2024 giải quyết việc làm cho 46.820 lao động."},
		{ID: "b", Text: "Nghệ An: năm 2024 giải quyết việc làm cho 43.150 lao động."},
	}
	reports := check.Reports(docs, check.Options{})
	held := 0
	for _, r := range reports {
		held += len(r.Warnings)
	}
	if held != 2 {
		t.Fatalf("the two reports hold %d warnings; want the conflict in each", held)
	}
	u, err := warningsURL(reports)
	if err != nil {
		t.Fatal(err)
	}
	b64 := strings.TrimPrefix(string(u), "data:application/x-ndjson;charset=utf-8;base64,")
	got, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], `{"rule":"conflict",`) {
		t.Errorf("warnings download:\n%s", got)
	}
}

// TestCSVDownloadNeutralised checks that a cell a spreadsheet would run
// (here the document id, from an upload named "=2+3.txt") comes after a
// single quote, in /records and in the page's CSV link alike.
func TestCSVDownloadNeutralised(t *testing.T) {
	h := Handler(Options{})
	fields := map[string]string{"file": "Năm 2024, tỉnh Phú Yên giải quyết việc làm cho 8.420 lao động."}
	rec := post(t, h, "/records?format=csv", fields, "=2+3.txt")
	if body := rec.Body.String(); rec.Code != 200 || !strings.Contains(body, "\r\n'=2+3,employment.jobs_created,8420,") {
		t.Errorf("/records: %d %q", rec.Code, body)
	}
	page := post(t, h, "/", fields, "=2+3.txt").Body.String()
	m := regexp.MustCompile(`id="dl-csv" download="records.csv" href="data:text/csv;charset=utf-8;base64,([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no CSV download link")
	}
	got, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "\r\n'=2+3,") {
		t.Errorf("page CSV: %q", got)
	}
}
