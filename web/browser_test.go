package web

import (
	"archive/zip"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium or Chrome binary: $CHROME_PATH,
// else the first of the usual names on $PATH.
func chromium() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts headless Chromium for t, or skips t without one.
func browser(t *testing.T) context.Context {
	t.Helper()
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium binary found ($CHROME_PATH, chromium, chromium-browser, google-chrome, headless-shell): install Debian's chromium package to run the browser test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // tests may run as root
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(cancelCtx)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// loaded waits until the page's script has run: on a busy machine a
// click may otherwise come first.
func loaded(ctx context.Context, t *testing.T) {
	t.Helper()
	for {
		state, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState`))
		if err != nil {
			t.Fatalf("browser: reading the page's state: %v", err)
		}
		if state == "complete" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// eval runs a JavaScript expression of type T in the page.
func eval[T any](ctx context.Context, t *testing.T, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("browser: %s: %v", js, err)
	}
	return v
}

// TestBrowser drives headless Chromium against the server at a desktop
// width (1280 px) and a phone's (390 px): it pastes an article of ours
// with a wrong sum, submits it, and checks the Vietnamese page, the
// highlighted figures, the warning, the reading and sentence shown on a
// click, the row it marks (in view, inside the table's box), the table's
// filter and switch, and that the phone page does not scroll sideways.
// It saves the screenshots in ../testdata (screenshot-1280.png, also as
// screenshot.png for the README, and screenshot-390.png).
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	sample, err := os.ReadFile(filepath.Join("..", "testdata", "check", "sum-wrong.txt"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(Options{})) // on 127.0.0.1
	defer srv.Close()
	for _, width := range []int64{1280, 390} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(srv.URL),
				chromedp.WaitVisible(chromedp.ID("text")),
				chromedp.SetValue(chromedp.ID("text"), string(sample)),
				chromedp.Click(chromedp.ID("submit")),
				chromedp.WaitVisible(chromedp.CSS(".warnings")),
			)
			if err != nil {
				t.Fatalf("browser: submitting the article: %v", err)
			}
			loaded(ctx, t)
			checkPage(ctx, t, width)
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatalf("browser: screenshot: %v", err)
			}
			if len(png) < 8 || string(png[1:4]) != "PNG" {
				t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
			}
			names := []string{fmt.Sprintf("screenshot-%d.png", width)}
			if width == 1280 {
				names = append(names, "screenshot.png")
			}
			for _, name := range names {
				out := filepath.Join("..", "testdata", name)
				if err := os.WriteFile(out, png, 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("screenshot: %s (%d bytes)", out, len(png))
			}
		})
	}
}

// checkPage checks the page of sum-wrong.txt at a width.
func checkPage(ctx context.Context, t *testing.T, width int64) {
	if w := eval[int64](ctx, t, `document.documentElement.scrollWidth`); w > width {
		t.Errorf("the page is %d px wide at %d px: it scrolls sideways", w, width)
	}
	ui := eval[string](ctx, t, `document.documentElement.lang + "|" + document.getElementById("submit").textContent + "|" + document.querySelector(".warnings h3").textContent + "|" + document.querySelector("table.figures th").parentNode.textContent`)
	if !strings.HasPrefix(ui, "vi|Kiểm tra|Cảnh báo|#Con số trong bài") || !strings.Contains(ui, "Chỉ tiêu") {
		t.Errorf("Vietnamese UI: got %q", ui)
	}
	figs := eval[[]string](ctx, t, `Array.from(document.querySelectorAll("mark.fig[data-reading]")).map(m => m.className + "|" + m.textContent)`)
	want := []string{
		"fig warn|12.640 lao động", "fig warn|7.320 lao động", "fig warn|3.410 lao động", "fig warn|1.460 lao động",
		"fig rec|9.850/10.000 người", "fig rec|98,5%", "fig rec|5,12%", "fig rec|4,07%", "fig rec|1,05%",
		"fig rec|13.000 lao động", "fig rec|1.500 lao động",
	}
	if strings.Join(figs, "\n") != strings.Join(want, "\n") {
		t.Errorf("highlighted figures:\n%s\nwant:\n%s", strings.Join(figs, "\n"), strings.Join(want, "\n"))
	}
	warning := eval[string](ctx, t, `document.querySelector(".warnings li").textContent`)
	if !strings.HasPrefix(warning, "Các phần cộng lại không bằng con số tổng") || !strings.Contains(warning, "add up to 12.190, not 12.640 lao động") {
		t.Errorf("warning: got %q", warning)
	}
	// rows of no indicator are hidden at first; the switch shows them
	hidden := eval[[]int](ctx, t, `[document.querySelectorAll("tbody tr.noind").length, document.querySelectorAll("tbody tr.noind[hidden]").length]`)
	if hidden[0] == 0 || hidden[1] != hidden[0] {
		t.Errorf("rows of no indicator: %d, hidden %d; want all hidden", hidden[0], hidden[1])
	}
	// the filter keeps the rows that hold its words
	shown := eval[int](ctx, t, `(() => { const f = document.querySelector("input.filter"); f.value = "mức giảm tỷ lệ hộ nghèo"; f.dispatchEvent(new Event("input")); const n = document.querySelectorAll("tbody tr:not([hidden])").length; f.value = ""; f.dispatchEvent(new Event("input")); return n })()`)
	if shown != 1 {
		t.Errorf("filter %q: %d rows shown; want 1", "mức giảm tỷ lệ hộ nghèo", shown)
	}
	// a click on the figures' heading sorts the rows by value, a second
	// the other way; the number's heading puts them back in text order
	sorted := eval[[]string](ctx, t, `(() => { const b = document.querySelector("th button[data-sort=value]"); const first = () => document.querySelector("tbody tr:not([hidden])").getAttribute("data-value"); b.click(); const up = first(); b.click(); const down = first(); document.querySelector("th button[data-sort=n]").click(); return [up, down, first()] })()`)
	if strings.Join(sorted, " ") != "1.05 13000 12640" {
		t.Errorf("sorted by value: first rows %q; want 1.05 13000 12640", sorted)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("mark.fig.warn[data-reading]")), chromedp.WaitVisible(chromedp.CSS(".popup"))); err != nil {
		t.Fatalf("browser: clicking a figure: %v", err)
	}
	popup := eval[string](ctx, t, `document.querySelector(".popup").textContent`)
	if !strings.Contains(popup, "Đọc là: 12.640 người · Số lao động được giải quyết việc làm (thực hiện, năm 2024, Quảng Trị)") ||
		!strings.Contains(popup, "⚠ Các phần cộng lại không bằng con số tổng:") || !strings.Contains(popup, "Câu: ") ||
		eval[string](ctx, t, `document.querySelector(".popup .sentence b").textContent`) != "12.640 lao động" {
		t.Errorf("reading on click: got %q", popup)
	}
	if w := eval[int64](ctx, t, `document.documentElement.scrollWidth`); w > width {
		t.Errorf("with the reading open the page is %d px wide at %d px", w, width)
	}
	row := eval[string](ctx, t, `document.querySelector("tr.on").textContent`)
	if !strings.Contains(row, "12.640 lao động") || !strings.Contains(row, "Số lao động được giải quyết việc làm") {
		t.Errorf("highlighted row: got %q", row)
	}
	if width == 1280 {
		// beside the text, in view: the click needs no scrolling to see it
		inView := eval[bool](ctx, t, `(() => { const r = document.querySelector("tr.on").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.left >= document.querySelector(".text").getBoundingClientRect().right })()`)
		if !inView {
			t.Errorf("the marked row is not in view beside the text: %s", eval[string](ctx, t, `JSON.stringify([document.querySelector("tr.on").getBoundingClientRect(), document.querySelector("mark.fig.warn").getBoundingClientRect(), innerHeight])`))
		}
	}
	// a click on a row opens its figure's reading
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("tr#d0-r5 td:nth-child(3)"))); err != nil {
		t.Fatalf("browser: clicking a row: %v", err)
	}
	if p := eval[string](ctx, t, `document.querySelector(".popup").textContent`); !strings.Contains(p, "9.850/10.000") && !strings.Contains(p, "9.850") {
		t.Errorf("reading after a click on row 5: %q", p)
	}
}

// TestBrowserFiles uploads two files at once, one a zip of two articles,
// with pasted text beside them, and checks that all are read; then the
// English page.
func TestBrowserFiles(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(Handler(Options{}))
	defer srv.Close()
	dir := t.TempDir()
	a := filepath.Join(dir, "an-giang.txt")
	if err := os.WriteFile(a, []byte("Năm 2024, tỉnh An Giang giải quyết việc làm cho 31.200 lao động."), 0o644); err != nil {
		t.Fatal(err)
	}
	z := filepath.Join(dir, "two.zip")
	writeZip(t, z, map[string]string{
		"ben-tre.txt":  "Năm 2024, tỉnh Bến Tre giải quyết việc làm cho 24.500 lao động.",
		"tra-vinh.txt": "Năm 2024, tỉnh Trà Vinh giải quyết việc làm cho 18.300 lao động.",
	})
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), "Năm 2024, tỉnh Long An giải quyết việc làm cho 27.100 lao động."),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{a, z}),
	)
	if err != nil {
		t.Fatalf("browser: choosing files: %v", err)
	}
	loaded(ctx, t)
	if got := eval[string](ctx, t, `document.getElementById("filelist").textContent`); !strings.Contains(got, "an-giang.txt") || !strings.Contains(got, "two.zip") {
		t.Errorf("chosen files listed: %q", got)
	}
	// a file dropped on the box joins those chosen
	dropped := eval[string](ctx, t, `(() => { const dt = new DataTransfer(); dt.items.add(new File(["Năm 2024, tỉnh Kiên Giang giải quyết việc làm cho 22.800 lao động."], "kien-giang.txt", {type: "text/plain"})); document.getElementById("drop").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true})); return Array.from(document.getElementById("file").files).map(f => f.name).join(" ") })()`)
	if dropped != "an-giang.txt two.zip kien-giang.txt" {
		t.Errorf("files after a drop: %q", dropped)
	}
	if got := eval[string](ctx, t, `document.getElementById("both").textContent`); !strings.Contains(got, "cả hai đều được đọc") {
		t.Errorf("the rule for text and files: %q", got)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("submit")), chromedp.WaitVisible(chromedp.CSS("article.doc"))); err != nil {
		t.Fatalf("browser: submitting: %v", err)
	}
	docs := eval[[]string](ctx, t, `Array.from(document.querySelectorAll("article.doc h2")).map(h => h.textContent)`)
	if strings.Join(docs, " ") != "pasted an-giang ben-tre tra-vinh kien-giang" {
		t.Errorf("documents: %q", docs)
	}
	// English on request
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?lang=en"), chromedp.WaitVisible(chromedp.ID("submit"))); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](ctx, t, `document.documentElement.lang + "|" + document.getElementById("submit").textContent`); got != "en|Check" {
		t.Errorf("English page: %q", got)
	}
}

// writeZip writes a zip file of the named texts.
func writeZip(t *testing.T, name string, files map[string]string) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, n := range []string{"ben-tre.txt", "tra-vinh.txt"} {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
