package corpus

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// readWARC reads a WARC 1.0 or 1.1 file (ISO 28500) and yields one document
// per HTML response. The reader is written here rather than taken from a
// module because the format is simple: a version line ("WARC/1.1"), header
// lines, a blank line, Content-Length bytes of block, and two CRLFs.
//
// A "response" record whose block is an HTTP response with status 2xx and
// an HTML content type becomes a document: the HTTP header block is parsed
// (chunked transfer coding and gzip or deflate content coding are undone)
// and the body is read as an HTML page, with the HTTP charset winning over
// the page's own. A "resource" record with an HTML content type is read the
// same way without the HTTP part. A "conversion" record holds text derived
// from a page (Common Crawl's WET files): with an HTML content type it is
// read as a page, with text/plain as a plain-text file, byte for byte (its
// WARC-Date is the crawl's, not a publication date, so Published stays
// empty). Other records (warcinfo, request, metadata, revisit, non-HTML
// responses, redirects and errors, and plain-text resources such as a
// crawler's log) are skipped without an Error: they are not articles.
//
// The document ID is the WARC-Target-URI (an Error about a record carries
// it too) and the source is "file#offset", the byte offset of the record
// (of its gzip member in a .warc.gz). A record cut short yields
// ErrTruncated and ends the file; bytes that are not a record header yield
// one ErrBadRecord and the reader looks for the next "WARC/" line.
func readWARC(in *input, yield func(Item) bool) bool {
	w := &warcReader{r: in.r}
	if in.members != nil {
		in.members.resync = true
	}
	where := func(pos int64) string {
		if in.offset != nil {
			pos = in.offset(pos)
		}
		return in.source + "#" + strconv.FormatInt(pos, 10)
	}
	for {
		start := w.pos
		line, err := w.line()
		if it, ok := skippedMember(in, err); ok {
			// A corrupt gzip member: go on with the next one.
			w.lost = false
			if !yield(it) {
				return false
			}
			continue
		}
		if err != nil && err != io.EOF {
			return yield(errItem(where(start), 0, err))
		}
		switch {
		case len(bytes.TrimSpace(line)) == 0:
		case !bytes.HasPrefix(line, []byte("WARC/")):
			if !w.lost {
				w.lost = true
				err := fmt.Errorf("%w: expected a WARC version line, found %q", ErrBadRecord, clip(line, 40))
				if !yield(errItem(where(start), 0, err)) {
					return false
				}
			}
		default:
			w.lost = false
			it, ok, fatal := w.record(in, where(start))
			if m, skipped := skippedMember(in, it.errValue()); skipped {
				it, fatal = m, false
			}
			if ok && !yield(it) {
				return false
			}
			if fatal {
				return true
			}
			continue
		}
		if err == io.EOF {
			return true
		}
	}
}

// warcReader reads WARC records and counts the bytes it consumes.
type warcReader struct {
	r    *bufio.Reader
	pos  int64
	lost bool // inside bytes that are not a record, which are reported once
}

// maxHeaderLine and maxHeaders bound a record's header block.
const (
	maxHeaderLine = 64 << 10
	maxHeaders    = 1000
)

// line returns the next line without its line ending.
func (w *warcReader) line() ([]byte, error) {
	var line []byte
	for {
		frag, err := w.r.ReadSlice('\n')
		w.pos += int64(len(frag))
		line = append(line, frag...)
		if len(line) > maxHeaderLine {
			return nil, fmt.Errorf("%w: header line over %d bytes", ErrBadRecord, maxHeaderLine)
		}
		if err != bufio.ErrBufferFull {
			return bytes.TrimRight(line, "\r\n"), err
		}
	}
}

// record reads the record whose version line was just read. It returns
// the Item for it and whether there is one (ok is false for a skipped
// record), and whether reading must stop (the input ended or broke).
func (w *warcReader) record(in *input, source string) (it Item, ok, fatal bool) {
	hdr := map[string]string{}
	last := ""
	for i := 0; ; i++ {
		line, err := w.line()
		if err != nil {
			if err == io.EOF {
				err = fmt.Errorf("%w: record header ends early", ErrTruncated)
			}
			return errItem(source, 0, err), true, true
		}
		if len(line) == 0 {
			break
		}
		if i >= maxHeaders {
			return errItem(source, 0, fmt.Errorf("%w: over %d header lines", ErrBadRecord, maxHeaders)), true, true
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" { // a folded line
			hdr[last] += " " + strings.TrimSpace(string(line))
			continue
		}
		name, value, found := strings.Cut(string(line), ":")
		if !found {
			continue
		}
		last = strings.ToLower(strings.TrimSpace(name))
		if _, dup := hdr[last]; !dup {
			hdr[last] = strings.TrimSpace(value)
		}
	}
	uri := strings.Trim(hdr["warc-target-uri"], "<> ")
	id := uri
	if id == "" {
		id = in.id() + source[len(in.source):]
	}
	// Errors name the record's document by its URI, when it has one.
	fail := func(err error) (Item, bool, bool) {
		it := errItem(source, 0, err)
		it.Err.Doc = uri
		return it, true, false
	}
	size, err := strconv.ParseInt(hdr["content-length"], 10, 64)
	if err != nil || size < 0 {
		// Without a length the block cannot be skipped: look for the
		// next version line, and do not report the block as garbage.
		w.lost = true
		return fail(fmt.Errorf("%w: bad Content-Length %q", ErrBadRecord, hdr["content-length"]))
	}
	typ := strings.ToLower(hdr["warc-type"])
	mediaType, _, _ := mime.ParseMediaType(hdr["content-type"])
	want := typ == "response" && (mediaType == "application/http" || mediaType == "") ||
		typ == "resource" && isHTMLType(mediaType) ||
		typ == "conversion" && (mediaType == "text/plain" || isHTMLType(mediaType))
	if !want || size > maxEntrySize {
		n, err := io.CopyN(io.Discard, w.r, size)
		w.pos += n
		if it, ok := skippedMember(in, err); ok {
			return it, true, false
		}
		if err != nil {
			it := errItem(source, 0, fmt.Errorf("%w: record of %d bytes ends after %d", ErrTruncated, size, n))
			if want {
				it.Err.Doc = uri
			}
			return it, true, true
		}
		if want {
			return fail(fmt.Errorf("%w (%d bytes)", ErrTooLarge, size))
		}
		return Item{}, false, false
	}
	// Read the block as it comes rather than allocating Content-Length
	// bytes up front: a header may claim far more than the file holds.
	block, err := io.ReadAll(io.LimitReader(w.r, size))
	w.pos += int64(len(block))
	if err == nil && int64(len(block)) < size {
		err = fmt.Errorf("%w: record of %d bytes ends after %d", ErrTruncated, size, len(block))
	}
	if err != nil {
		it := errItem(source, 0, err)
		it.Err.Doc = uri
		return it, true, true
	}
	if typ == "conversion" && mediaType == "text/plain" {
		// Text extracted by the crawler (Common Crawl's WET files): read as
		// a plain-text file, byte for byte.
		text, err := decodeText(block)
		if err != nil {
			return fail(err)
		}
		if strings.TrimSpace(text) == "" {
			return fail(ErrNoText)
		}
		return Item{Doc: &Document{ID: id, Source: source, Text: text}}, true, false
	}
	body, contentType := block, hdr["content-type"]
	if typ == "response" {
		var skip bool
		body, contentType, skip, err = httpBody(block, in.budget)
		if err != nil {
			return fail(err)
		}
		if skip {
			return Item{}, false, false
		}
	}
	p, err := htmlText(body, contentType)
	if err != nil {
		return fail(err)
	}
	if p.text == "" {
		return fail(ErrNoText)
	}
	return Item{Doc: &Document{
		ID: id, Source: source, Title: p.title, Text: p.text, Published: p.published, HTML: true,
		Blocks: p.blocks,
	}}, true, false
}

// skippedMember returns the Error for err when it is a corrupt gzip member
// that was skipped (see gzipMembers.skip), named by the member's offset.
func skippedMember(in *input, err error) (Item, bool) {
	var me *memberError
	if !errors.As(err, &me) {
		return Item{}, false
	}
	return errItem(in.source+"#"+strconv.FormatInt(me.at, 10), 0, me), true
}

// errValue returns the item's error, or nil.
func (it Item) errValue() error {
	if it.Err == nil {
		return nil
	}
	return it.Err.Err
}

// isHTMLType reports whether a media type is HTML.
func isHTMLType(t string) bool { return t == "text/html" || t == "application/xhtml+xml" }

// httpBody parses an HTTP response and returns its decoded body and
// Content-Type. skip is true for a response that is not a 2xx HTML page.
func httpBody(block []byte, b *budget) (body []byte, contentType string, skip bool, err error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, "", false, fmt.Errorf("%w: HTTP response: %w", ErrBadRecord, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", true, nil
	}
	contentType = resp.Header.Get("Content-Type")
	mediaType, _, _ := mime.ParseMediaType(contentType)
	if contentType != "" && !isHTMLType(mediaType) {
		return nil, "", true, nil
	}
	body, err = io.ReadAll(resp.Body)
	switch {
	case err == nil:
	case len(resp.TransferEncoding) > 0 && len(body) == 0:
		// Some crawlers store the body de-chunked but keep the header.
		body = rawBody(block)
	case errors.Is(err, io.ErrUnexpectedEOF):
		// A body shorter than its Content-Length is kept: the WARC length
		// is the one that counts.
	default:
		return nil, "", false, fmt.Errorf("%w: HTTP body: %w", ErrBadRecord, err)
	}
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip", "deflate":
		d, err := decompress(enc, body, b)
		switch {
		case err == nil:
			body = d
		case looksLikeHTML(body):
			// Stored already decoded, with the header kept.
		default:
			return nil, "", false, fmt.Errorf("%w: HTTP body: %s: %w", ErrBadRecord, enc, err)
		}
	default:
		return nil, "", false, fmt.Errorf("%w: HTTP content coding %q not supported", ErrBadRecord, enc)
	}
	if contentType == "" && !looksLikeHTML(body) {
		return nil, "", true, nil
	}
	return body, contentType, false, nil
}

// rawBody returns the bytes after the HTTP header block of a response.
func rawBody(block []byte) []byte {
	if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
		return block[i+4:]
	}
	if i := bytes.Index(block, []byte("\n\n")); i >= 0 {
		return block[i+2:]
	}
	return nil
}

// decompress undoes an HTTP content coding, within the per-entry limit
// and the input's budget.
func decompress(enc string, b []byte, bud *budget) ([]byte, error) {
	var r io.Reader
	switch enc {
	case "deflate": // zlib as the RFC says, or raw deflate as some servers send
		zr, err := zlib.NewReader(bytes.NewReader(b))
		if err != nil {
			r = flate.NewReader(bytes.NewReader(b))
		} else {
			r = zr
		}
	default:
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		r = zr
	}
	return io.ReadAll(&errLimit{r: &budgetReader{r: r, b: bud}, n: maxEntrySize})
}

// clip returns at most n bytes of b, for messages.
func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
