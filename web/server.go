package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"path"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

//go:embed page.html
var pageHTML string

//go:embed static
var staticFS embed.FS

var page = template.Must(template.New("page").Parse(pageHTML))

// Defaults of Options.
const (
	DefaultMaxUpload    = 8 << 20
	DefaultMaxDocuments = 200
	DefaultMaxRows      = 2000
	DefaultMaxErrors    = 50
)

// retryAfter is the Retry-After, in seconds, of a request refused because
// the server is busy.
const retryAfter = "5"

// Options tune the server.
type Options struct {
	// MaxUpload is the largest request body accepted, in bytes; 0 means
	// DefaultMaxUpload. A larger upload gets status 413.
	MaxUpload int64
	// Published, "YYYY-MM-DD", is the publication date of the texts that
	// state none (corpus.Document.PublishedElse); "" for none.
	Published string
	// MaxDocuments is how many documents of one upload (a JSON-lines file
	// holds many) are read; 0 means DefaultMaxDocuments.
	MaxDocuments int
	// MaxConcurrent is how many posts are read and checked at once; 0
	// means one per CPU. A post beyond it gets status 503 with a
	// Retry-After header.
	MaxConcurrent int
	// MaxInFlight bounds the bytes of the posts read and checked at once
	// (each counted by its Content-Length, or as MaxUpload without one);
	// 0 means DefaultMaxInFlight. Checking an article takes a few dozen
	// times its size in memory, so two 8 MB uploads at once would pass a
	// gigabyte: a post that would go past the bound while another is
	// being checked gets 503 with a Retry-After header.
	MaxInFlight int64
	// MaxRows is how many rows of figures tables one page shows; 0 means
	// DefaultMaxRows. The documents beyond are counted, not shown, and
	// are in the page's downloads.
	MaxRows int
	// MaxErrors is how many messages of documents that could not be read
	// one page shows; 0 means DefaultMaxErrors. The rest are counted.
	MaxErrors int
	// Addr is the server's own address ("127.0.0.1:8080"). When its host
	// is a loopback address or localhost, a request must name a loopback
	// host too (Host header), else it gets status 403: a page elsewhere
	// cannot reach the server by a name of its own (DNS rebinding).
	Addr string
	// Log receives one line per failed request; nil discards them.
	Log *log.Logger
}

func (o Options) withDefaults() Options {
	if o.MaxUpload <= 0 {
		o.MaxUpload = DefaultMaxUpload
	}
	if o.MaxDocuments <= 0 {
		o.MaxDocuments = DefaultMaxDocuments
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = runtime.NumCPU()
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.MaxErrors <= 0 {
		o.MaxErrors = DefaultMaxErrors
	}
	if o.Log == nil {
		o.Log = log.New(io.Discard, "", 0)
	}
	return o
}

// NewServer returns a server for addr ("127.0.0.1:8080") with Handler(opt)
// and timeouts that a slow or stalled client cannot hold open forever.
// opt.Addr is addr unless set.
func NewServer(addr string, opt Options) *http.Server {
	if opt.Addr == "" {
		opt.Addr = addr
	}
	return &http.Server{
		Addr:              addr,
		Handler:           Handler(opt),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// Handler returns the web page's handler:
//
//	GET  /          the form: paste text or upload files
//	POST /          the same form, then each document with its figures
//	                highlighted, its records table and its warnings
//	POST /records   the records of the posted input as a file
//	                (?format=jsonl, csv or tsv; jsonl by default; CSV
//	                starts with a UTF-8 byte order mark for Excel)
//	GET  /static/…  the style sheet and script
//
// The page is in Vietnamese; ?lang=en gives it in English. The posted
// form has a "text" field and "file" uploads, any number (txt, html,
// jsonl, zip, WARC …, read as corpus.Open reads files); when both are
// given both are read: the pasted text is one document and each file
// adds its own, together at most Options.MaxUpload bytes and
// Options.MaxDocuments documents. Every response carries a strict
// Content-Security-Policy and Cache-Control: no-store (a page holds what
// was posted).
//
// The handler refuses, with status 403, a post from another site (its
// Origin or Sec-Fetch-Site says so: http.CrossOriginProtection) and, on
// a loopback Options.Addr, any request for a host name that is not a
// loopback one. A post that finds Options.MaxConcurrent others being
// read gets 503 with Retry-After; one larger than Options.MaxUpload gets
// 413. /static/ lists no directory.
func Handler(opt Options) http.Handler {
	opt = opt.withDefaults()
	static, _ := fs.Sub(staticFS, "static")
	busy := make(chan struct{}, opt.MaxConcurrent)
	var flight inFlight
	limit := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			size := r.ContentLength
			if size < 0 || size > opt.MaxUpload {
				size = opt.MaxUpload
			}
			select {
			case busy <- struct{}{}:
				if flight.take(size, opt.MaxInFlight) {
					defer func() { <-busy; flight.give(size) }()
					h(w, r)
					return
				}
				<-busy
			default:
			}
			discardBody(r, opt)
			w.Header().Set("Retry-After", retryAfter)
			http.Error(w, langOf(r.URL.Query().Get("lang")).T["busy"], http.StatusServiceUnavailable)
		}
	}
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /static/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // no directory listing
			return
		}
		files.ServeHTTP(w, r)
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		render(w, opt, http.StatusOK, &pageView{L: langOf(r.URL.Query().Get("lang")), Title: "solieu"})
	})
	mux.HandleFunc("POST /{$}", limit(func(w http.ResponseWriter, r *http.Request) { serveCheck(w, r, opt) }))
	mux.HandleFunc("POST /records", limit(func(w http.ResponseWriter, r *http.Request) { serveRecords(w, r, opt) }))
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		discardBody(r, opt)
		http.Error(w, langOf(r.URL.Query().Get("lang")).T["other_site"], http.StatusForbidden)
	}))
	return secure(ownHost(opt.Addr, cop.Handler(mux)))
}

// secure adds headers that keep the page to its own resources and out of
// caches.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// ownHost refuses, with status 403, a request whose Host is not a
// loopback name when addr, the server's address, is a loopback one.
func ownHost(addr string, h http.Handler) http.Handler {
	if addr == "" || !isLoopback(hostOf(addr)) {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isLoopback(hostOf(r.Host)) {
			http.Error(w, "this server answers for this machine only (Host "+r.Host+")", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// hostOf returns the host of "host:port" or "host".
func hostOf(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}

// isLoopback reports whether host is localhost or a loopback address.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// maxDrain bounds what is read and dropped of a refused post, so that
// its client gets the answer rather than a reset connection.
const maxDrain = 16 << 20

// discardBody reads and drops what is left of a refused request's body,
// up to maxDrain beyond opt.MaxUpload.
func discardBody(r *http.Request, opt Options) {
	_, _ = io.CopyN(io.Discard, r.Body, opt.MaxUpload+maxDrain)
}

// render writes the page; the form is always shown on the server.
func render(w http.ResponseWriter, opt Options, status int, p *pageView) {
	p.Form = true
	if p.L == nil {
		p.L = vi
	}
	p.MaxMB = opt.MaxUpload >> 20
	var b bytes.Buffer
	if err := page.Execute(&b, p); err != nil {
		opt.Log.Printf("web: render: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

// errInput is an input the user must fix.
type errInput struct {
	status int
	msg    string
}

func (e *errInput) Error() string { return e.msg }

// readInput reads the posted documents: the pasted text, as one document,
// then those of each uploaded file, in order. It returns the text as
// pasted (to show it again), the documents and the messages of documents
// that could not be read, in language l.
func readInput(w http.ResponseWriter, r *http.Request, opt Options, l *lang) (text string, docs []corpus.Document, failed []string, err error) {
	tooLarge := &errInput{http.StatusRequestEntityTooLarge, fmt.Sprintf(l.T["too_large"], opt.MaxUpload>>20)}
	if r.ContentLength > opt.MaxUpload {
		discardBody(r, opt)
		w.Header().Set("Connection", "close")
		return "", nil, nil, tooLarge
	}
	body := r.Body
	r.Body = http.MaxBytesReader(w, body, opt.MaxUpload)
	if err := r.ParseMultipartForm(opt.MaxUpload); err != nil {
		if errors.Is(err, http.ErrNotMultipart) || errors.Is(err, http.ErrMissingBoundary) {
			err = r.ParseForm()
		}
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			_, _ = io.CopyN(io.Discard, body, maxDrain) // answer rather than reset
			return "", nil, nil, tooLarge
		}
		if err != nil {
			return "", nil, nil, &errInput{http.StatusBadRequest, l.T["bad_form"]}
		}
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	text = r.FormValue("text")
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	if len(bytes.TrimSpace([]byte(text))) > 0 {
		inputs = append(inputs, input{"pasted.txt", []byte(text)})
	}
	if r.MultipartForm != nil {
		for _, h := range r.MultipartForm.File["file"] {
			name := path.Base(strings.ReplaceAll(h.Filename, `\`, "/"))
			f, ferr := h.Open()
			if ferr != nil {
				return text, nil, nil, &errInput{http.StatusBadRequest, fmt.Sprintf(l.T["bad_file"], name)}
			}
			b, rerr := io.ReadAll(f)
			f.Close()
			if rerr != nil {
				return text, nil, nil, &errInput{http.StatusBadRequest, fmt.Sprintf(l.T["bad_file"], name)}
			}
			if len(bytes.TrimSpace(b)) > 0 {
				inputs = append(inputs, input{name, b})
			}
		}
	}
	if len(inputs) == 0 {
		return text, nil, nil, &errInput{http.StatusBadRequest, l.T["empty"]}
	}
	for _, in := range inputs {
		for it := range corpus.Open(in.name, bytes.NewReader(in.data)) {
			if it.Err != nil {
				failed = append(failed, it.Err.Error())
				continue
			}
			if len(docs) == opt.MaxDocuments {
				failed = append(failed, fmt.Sprintf(l.T["max_docs"], opt.MaxDocuments))
				return text, docs, failed, nil
			}
			it.Doc.PublishedElse = opt.Published
			docs = append(docs, *it.Doc)
		}
	}
	return text, docs, failed, nil
}

// serveCheck shows the posted documents checked.
func serveCheck(w http.ResponseWriter, r *http.Request, opt Options) {
	l := langOf(r.URL.Query().Get("lang"))
	text, docs, failed, err := readInput(w, r, opt, l)
	var ei *errInput
	if errors.As(err, &ei) {
		render(w, opt, ei.status, &pageView{L: l, Title: "solieu", Text: text, Errors: []string{ei.msg}})
		return
	}
	p, err := newPage(check.Reports(docs, check.Options{All: true}), l)
	if err != nil {
		opt.Log.Printf("web: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p.Text, p.Errors = text, failed
	p.limit(opt.MaxRows, opt.MaxErrors)
	if len(docs) > 0 {
		p.Title = "solieu: " + docs[0].ID
	}
	render(w, opt, http.StatusOK, p)
}

// serveRecords answers the posted documents' records as a file.
func serveRecords(w http.ResponseWriter, r *http.Request, opt Options) {
	f := report.JSONL
	if s := r.URL.Query().Get("format"); s != "" {
		var err error
		if f, err = report.ParseFormat(s); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
	_, docs, _, err := readInput(w, r, opt, langOf(r.URL.Query().Get("lang")))
	var ei *errInput
	if errors.As(err, &ei) {
		http.Error(w, ei.msg, ei.status)
		return
	}
	var recs []extract.Record
	for _, d := range docs {
		recs = append(recs, extract.Extract(d, extract.Options{})...)
	}
	var b bytes.Buffer
	if err := writeRecords(&b, recs, f); err != nil {
		opt.Log.Printf("web: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	mime := map[report.Format]string{report.JSONL: "application/x-ndjson", report.CSV: "text/csv", report.TSV: "text/tab-separated-values"}[f]
	w.Header().Set("Content-Type", mime+"; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="records.%s"`, f))
	_, _ = w.Write(b.Bytes())
}

// WriteHTML writes reports as one self-contained HTML page: the same view
// as the server's, with its style sheet and script inline and the record
// downloads as data URLs, so that the file can be opened or sent alone.
func WriteHTML(w io.Writer, title string, reports []check.Report) error {
	p, err := newPage(reports, vi)
	if err != nil {
		return err
	}
	css, err := staticFS.ReadFile("static/style.css")
	if err != nil {
		return err
	}
	js, err := staticFS.ReadFile("static/app.js")
	if err != nil {
		return err
	}
	p.Title, p.Standalone = title, true
	// Both are files of this package, embedded at build time.
	p.CSS, p.JS = template.CSS(css), template.JS(js)
	return page.Execute(w, p)
}

// DefaultMaxInFlight is the default bound on the bytes of the posts being
// checked at once: one upload of the largest size, and some small ones.
const DefaultMaxInFlight = DefaultMaxUpload + DefaultMaxUpload/2

// inFlight counts the bytes of the posts being checked.
type inFlight struct {
	mu sync.Mutex
	n  int64
}

// take adds n bytes when they fit under max, or when nothing else is being
// checked (a post as large as the bound still runs alone), and reports
// whether it did.
func (f *inFlight) take(n, max int64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n > 0 && f.n+n > max {
		return false
	}
	f.n += n
	return true
}

// give returns n bytes taken.
func (f *inFlight) give(n int64) {
	f.mu.Lock()
	f.n -= n
	f.mu.Unlock()
}
