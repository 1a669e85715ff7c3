package web

import (
	"context"
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

// TestBrowser drives headless Chromium against the server: it pastes an
// article of ours with a wrong sum, submits it, and checks the highlighted
// figures, the warning, and the reading shown on a click; then it saves a
// screenshot of the page to ../testdata/screenshot.png for the README.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium binary found ($CHROME_PATH, chromium, chromium-browser, google-chrome, headless-shell): install Debian's chromium package to run the browser test")
	}
	sample, err := os.ReadFile(filepath.Join("..", "testdata", "check", "sum-wrong.txt"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(Options{})) // on 127.0.0.1
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // tests may run as root
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(actx)
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), string(sample)),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS(".warnings")),
	)
	if err != nil {
		t.Fatalf("browser: submitting the article: %v", err)
	}
	figs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("mark.fig[data-reading]")).map(m => m.className + "|" + m.textContent)`))
	if err != nil {
		t.Fatalf("browser: reading the figures: %v", err)
	}
	warning, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".warnings li")))
	if err != nil {
		t.Fatalf("browser: reading the warning: %v", err)
	}
	// the page's script must have run before a click can open a reading
	// (on a busy machine the click may otherwise come first)
	for {
		state, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState`))
		if err != nil {
			t.Fatalf("browser: reading the page's state: %v", err)
		}
		if state == "complete" {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("mark.fig.warn[data-reading]")), chromedp.WaitVisible(chromedp.CSS(".popup"))); err != nil {
		t.Fatalf("browser: clicking a figure: %v", err)
	}
	popup, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".popup")))
	if err != nil {
		t.Fatalf("browser: reading the popup: %v", err)
	}
	row, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("tr.on")))
	if err != nil {
		t.Fatalf("browser: reading the marked row: %v", err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}

	want := []string{
		"fig warn|12.640 lao động", "fig warn|7.320 lao động", "fig warn|3.410 lao động", "fig warn|1.460 lao động",
		"fig rec|9.850/10.000 người", "fig rec|98,5%", "fig rec|5,12%", "fig rec|4,07%", "fig rec|1,05%",
		"fig rec|13.000 lao động", "fig rec|1.500 lao động",
	}
	if strings.Join(figs, "\n") != strings.Join(want, "\n") {
		t.Errorf("highlighted figures:\n%s\nwant:\n%s", strings.Join(figs, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(strings.ToLower(warning), "sum ") || !strings.Contains(warning, "add up to 12.190, not 12.640 lao động") {
		t.Errorf("warning: got %q", warning)
	}
	if !strings.Contains(popup, "12640 person exact · employment.jobs_created (actual, 2024, Quảng Trị)") || !strings.Contains(popup, "⚠ sum:") {
		t.Errorf("reading on click: got %q", popup)
	}
	if !strings.Contains(row, "12.640 lao động") {
		t.Errorf("highlighted row: got %q", row)
	}
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	out := filepath.Join("..", "testdata", "screenshot.png")
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", out, len(png))
}
