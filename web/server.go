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
	"net/http"
	"path"
	"strings"
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
)

// Options tune the server.
type Options struct {
	// MaxUpload is the largest request body accepted, in bytes; 0 means
	// DefaultMaxUpload. A larger upload gets status 413.
	MaxUpload int64
	// MaxDocuments is how many documents of one upload (a JSON-lines file
	// holds many) are read; 0 means DefaultMaxDocuments.
	MaxDocuments int
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
	if o.Log == nil {
		o.Log = log.New(io.Discard, "", 0)
	}
	return o
}

// NewServer returns a server for addr ("127.0.0.1:8080") with Handler(opt)
// and timeouts that a slow or stalled client cannot hold open forever.
func NewServer(addr string, opt Options) *http.Server {
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
//	GET  /          the form: paste text or upload a file
//	POST /          the same form, then each document with its figures
//	                highlighted, its records table and its warnings
//	POST /records   the records of the posted input as a file
//	                (?format=jsonl, csv or tsv; jsonl by default)
//	GET  /static/…  the style sheet and script
//
// The posted form has a "text" field and a "file" upload (txt, html or
// jsonl, read as corpus.Open reads files); the file wins when both are
// given. Every response carries a strict Content-Security-Policy.
func Handler(opt Options) http.Handler {
	opt = opt.withDefaults()
	static, _ := fs.Sub(staticFS, "static")
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		render(w, opt, http.StatusOK, &pageView{Title: "solieu"})
	})
	mux.HandleFunc("POST /{$}", func(w http.ResponseWriter, r *http.Request) { serveCheck(w, r, opt) })
	mux.HandleFunc("POST /records", func(w http.ResponseWriter, r *http.Request) { serveRecords(w, r, opt) })
	return secure(mux)
}

// secure adds headers that keep the page to its own resources.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

// render writes the page; the form is always shown on the server.
func render(w http.ResponseWriter, opt Options, status int, p *pageView) {
	p.Form = true
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

// readInput reads the posted documents: the uploaded file, else the pasted
// text. It returns the text as pasted (to show it again), the documents and
// the messages of documents that could not be read.
func readInput(w http.ResponseWriter, r *http.Request, opt Options) (text string, docs []corpus.Document, failed []string, err error) {
	r.Body = http.MaxBytesReader(w, r.Body, opt.MaxUpload)
	if err := r.ParseMultipartForm(opt.MaxUpload); err != nil {
		if errors.Is(err, http.ErrNotMultipart) || errors.Is(err, http.ErrMissingBoundary) {
			err = r.ParseForm()
		}
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return "", nil, nil, &errInput{http.StatusRequestEntityTooLarge, fmt.Sprintf("the upload is larger than %d MB", opt.MaxUpload>>20)}
		}
		if err != nil {
			return "", nil, nil, &errInput{http.StatusBadRequest, "the form could not be read"}
		}
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	text = r.FormValue("text")
	name, data := "pasted.txt", []byte(text)
	if f, h, ferr := r.FormFile("file"); ferr == nil {
		b, rerr := io.ReadAll(f)
		f.Close()
		if rerr != nil {
			return text, nil, nil, &errInput{http.StatusBadRequest, "the file could not be read"}
		}
		if len(b) > 0 {
			name, data = path.Base(strings.ReplaceAll(h.Filename, `\`, "/")), b
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return text, nil, nil, &errInput{http.StatusBadRequest, "paste an article or choose a file"}
	}
	for it := range corpus.Open(name, bytes.NewReader(data)) {
		if it.Err != nil {
			failed = append(failed, it.Err.Error())
			continue
		}
		if len(docs) == opt.MaxDocuments {
			failed = append(failed, fmt.Sprintf("only the first %d documents were read", opt.MaxDocuments))
			break
		}
		docs = append(docs, *it.Doc)
	}
	return text, docs, failed, nil
}

// serveCheck shows the posted documents checked.
func serveCheck(w http.ResponseWriter, r *http.Request, opt Options) {
	text, docs, failed, err := readInput(w, r, opt)
	var ei *errInput
	if errors.As(err, &ei) {
		render(w, opt, ei.status, &pageView{Title: "solieu", Text: text, Errors: []string{ei.msg}})
		return
	}
	p, err := newPage(check.Reports(docs, check.Options{All: true}))
	if err != nil {
		opt.Log.Printf("web: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p.Text, p.Errors = text, failed
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
	_, docs, _, err := readInput(w, r, opt)
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
	p, err := newPage(reports)
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
