package web

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestBusy holds the only slot with a post whose body is still coming:
// another post gets 503 with a Retry-After, and succeeds once the first
// is done.
func TestBusy(t *testing.T) {
	h := Handler(Options{MaxConcurrent: 1})
	pr, pw := io.Pipe()
	req := httptest.NewRequest(http.MethodPost, "/", pr)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	first := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { h.ServeHTTP(first, req); close(done) }()
	io.WriteString(pw, "text=") // returns once the handler reads: it holds the slot

	rec := post(t, h, "/", map[string]string{"text": wrongSum}, "")
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("second post: %d, Retry-After %q; want 503 with one", rec.Code, rec.Header().Get("Retry-After"))
	}
	if rec := post(t, h, "/records", map[string]string{"text": wrongSum}, ""); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/records while busy: %d", rec.Code)
	}
	io.WriteString(pw, "N%C4%83m+2024+c%C3%B3+12.640+lao+%C4%91%E1%BB%99ng.")
	pw.Close()
	<-done
	if first.Code != 200 {
		t.Errorf("first post: %d", first.Code)
	}
	if rec := post(t, h, "/", map[string]string{"text": wrongSum}, ""); rec.Code != 200 {
		t.Errorf("post after the first is done: %d", rec.Code)
	}
}

// TestPageLimits checks that a page past MaxRows or MaxErrors shows a
// count in place of the rest, and that the downloads hold everything.
func TestPageLimits(t *testing.T) {
	var jsonl strings.Builder
	for i := range 3 {
		fmt.Fprintf(&jsonl, `{"id":"d%d","text":"Năm 2024, tỉnh Gia Lai giải quyết việc làm cho %d.100 lao động."}`+"\n", i, 10+i)
	}
	h := Handler(Options{MaxRows: 2})
	body := post(t, h, "/?lang=en", map[string]string{"file": jsonl.String()}, "many.jsonl").Body.String()
	for _, want := range []string{"Documents: 3 · indicator records: 3", "<h2>d0</h2>", "<h2>d1</h2>", `id="more-docs">Only the first 2 documents are shown: the 1 after them (1 records)`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(body, "<h2>d2</h2>") {
		t.Error("the third document is shown")
	}
	// one document with more rows than MaxRows
	one := "Năm 2024, tỉnh Gia Lai có 11 xã, 12 phường, 13 thôn và 14 tổ dân phố."
	body = post(t, Handler(Options{MaxRows: 2}), "/?lang=en", map[string]string{"text": one}, "").Body.String()
	if !strings.Contains(body, "… and 2 more rows, in the downloads.") || strings.Count(body, "<tr id=") != 2 {
		t.Errorf("rows not capped at 2: %d rows", strings.Count(body, "<tr id="))
	}
	// errors past MaxErrors
	bad := "{\n{\n{\n" + `{"id":"ok","text":"Năm 2024 có 12 người."}` + "\n"
	body = post(t, Handler(Options{MaxErrors: 1}), "/?lang=en", map[string]string{"file": bad}, "bad.jsonl").Body.String()
	if strings.Count(body, `<p class="error">`) != 1 || !strings.Contains(body, "… and 2 more documents that could not be read") {
		t.Errorf("errors not capped:\n%s", body)
	}
}

func TestCrossSite(t *testing.T) {
	h := Handler(Options{Addr: "127.0.0.1:8080"})
	form := func(hdr map[string]string, host string) int {
		req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader("text=N%C4%83m+2024+c%C3%B3+12+ng%C6%B0%E1%BB%9Di."))
		req.Host = host
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for _, tc := range []struct {
		name string
		hdr  map[string]string
		host string
		want int
	}{
		{"same origin", map[string]string{"Origin": "http://127.0.0.1:8080", "Sec-Fetch-Site": "same-origin"}, "127.0.0.1:8080", 200},
		{"no browser headers", nil, "localhost:8080", 200},
		{"another origin", map[string]string{"Origin": "http://evil.example"}, "127.0.0.1:8080", 403},
		{"cross-site fetch", map[string]string{"Sec-Fetch-Site": "cross-site"}, "127.0.0.1:8080", 403},
		{"rebound name", map[string]string{"Origin": "http://evil.example:8080", "Sec-Fetch-Site": "same-origin"}, "evil.example:8080", 403},
	} {
		if got := form(tc.hdr, tc.host); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
	// a GET for another host name is refused too
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Host = "evil.example:8080"
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 403 {
		t.Errorf("GET for evil.example: %d", rec.Code)
	}
}

func TestNoStoreNoListing(t *testing.T) {
	h := Handler(Options{})
	for _, tc := range []struct {
		path string
		want int
	}{{"/", 200}, {"/static/", 404}, {"/static/style.css", 200}} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tc.path, nil))
		if rec.Code != tc.want || strings.Contains(rec.Body.String(), `href="app.js"`) {
			t.Errorf("GET %s: %d %.60q, want %d", tc.path, rec.Code, rec.Body.String(), tc.want)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("GET %s: Cache-Control %q", tc.path, cc)
		}
	}
	if cc := post(t, h, "/", map[string]string{"text": wrongSum}, "").Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("POST: Cache-Control %q", cc)
	}
}

// TestTooLarge posts far more than MaxUpload over a real connection, with
// and without a Content-Length: the client reads a 413, not a reset.
func TestTooLarge(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{MaxUpload: 64 << 10}))
	defer srv.Close()
	big := bytes.Repeat([]byte("Năm 2024 có 1.250 người. "), 100000) // about 2.7 MB
	for _, chunked := range []bool{false, true} {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		mw.WriteField("text", string(big))
		mw.Close()
		var r io.Reader = &body
		if chunked {
			r = io.MultiReader(r) // hides the length: sent chunked
		}
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/?lang=en", r)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Errorf("chunked %v: %v", chunked, err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !bytes.Contains(b, []byte("larger than")) {
			t.Errorf("chunked %v: %d %.80q, want 413", chunked, resp.StatusCode, b)
		}
	}
}

// TestBusyBytes: with slots free, a post whose size would take the bytes
// being checked past MaxInFlight gets 503 while a large one is read; a
// small one still gets in, and the large one alone is always taken.
func TestBusyBytes(t *testing.T) {
	h := Handler(Options{MaxConcurrent: 4, MaxInFlight: 2000})
	pr, pw := io.Pipe()
	req := httptest.NewRequest(http.MethodPost, "/", pr)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.ContentLength = 1500 // a large post, alone: taken
	first := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { h.ServeHTTP(first, req); close(done) }()
	io.WriteString(pw, "text=") // it holds 1500 bytes of the bound

	big := strings.Repeat("Năm 2024 có 12.640 lao động. ", 30) // over the 500 bytes left
	if rec := post(t, h, "/", map[string]string{"text": big}, ""); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("a post past the bound while another is read: %d, want 503", rec.Code)
	}
	if rec := post(t, h, "/", map[string]string{"text": "Năm 2024"}, ""); rec.Code != 200 {
		t.Errorf("a small post within the bound: %d, want 200", rec.Code)
	}
	io.WriteString(pw, strings.Repeat("x", 1495))
	pw.Close()
	<-done
	if rec := post(t, h, "/", map[string]string{"text": big}, ""); rec.Code != 200 {
		t.Errorf("the same post once the large one is done: %d", rec.Code)
	}
}
