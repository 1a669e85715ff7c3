package corpus

import (
	"errors"
	"strconv"
)

// Document is one article.
type Document struct {
	// ID identifies the document in output records (the `doc` field of
	// spec/records.md): the file name without its extension for a file or
	// an archive entry (when several inputs of one run have the same, the
	// shortest end of the path that tells them apart: "2021/index",
	// "2022/index"; see Walk), the `id` field (else the `url` field, else the
	// file's ID and the line number, "a:17") for a JSON line, and the
	// WARC-Target-URI for a WARC record.
	ID string
	// Source says where the document came from, for people: "a.txt",
	// "a.jsonl:17" (line 17), "b.zip!2021/x.html" (an archive entry),
	// "c.warc.gz#1234" (the WARC record at byte offset 1234 of the file, or
	// of its gzip member for a compressed WARC).
	Source string
	// Title is the article title when the input names one (a JSON field or
	// the HTML headline); it is empty for plain text.
	Title string
	// Text is the article text, valid UTF-8 in normalization form NFC. For
	// HTML it is the text extracted from the page. Byte offsets reported by
	// later stages point into Text.
	Text string
	// Published is the publication date from the input's metadata, as
	// "YYYY-MM-DD" or "YYYY-MM-DDThh:mm[:ss]" without a zone (Vietnam's
	// time, UTC+7, when the metadata gives a zone; the time as written
	// otherwise), or "" when the metadata does not give it. For HTML the
	// order of trust is a <time> in the article, article:published_time
	// and similar meta tags, then JSON-LD datePublished. A date that only
	// appears in the visible text (the date line under the title, which
	// Text keeps) is left for later stages.
	Published string
	// PublishedElse is the publication date to take when the document
	// states none, in its metadata (Published) or in its text (a date line
	// under the title): the date a user gives for a pasted text or a bare
	// file ("solieu extract -published"), "YYYY-MM-DD". Readers leave it
	// empty; WalkOptions.Published sets it.
	PublishedElse string
	// HTML reports whether Text was extracted from HTML.
	HTML bool
	// Blocks is the structure of Text as the input marks it up: headings,
	// the date line, the lead, captions, list items, the byline and
	// paragraphs, in text order and not overlapping. Every character of
	// Text that is not white space lies in one block. The HTML reader
	// fills it (for an HTML file, a JSON line with an html field, a WARC
	// response); it is nil for plain text, where later stages infer the
	// structure from lines.
	Blocks []Block
}

// Error is the failure to read one document or one file. It never stops a
// batch: readers yield it and go on with the next input.
type Error struct {
	// Source names the input as in Document.Source.
	Source string
	// Line is the 1-based line number within Source, or 0 when the error
	// is not about one line.
	Line int
	// Doc is the ID the failed document would have had (see Document.ID)
	// when it is known: a JSON line with an id or url, a WARC record with
	// a target URI, a text or HTML file. It is empty when the failure is
	// not about one document (a broken archive) or its ID was not read.
	Doc string
	// Err is the underlying error.
	Err error
}

// Error returns "source:line: message", or "source: message" when Line is 0.
func (e *Error) Error() string {
	return e.Where() + ": " + e.Err.Error()
}

// Where returns the source with the line number, in the form of
// Document.Source: "a.jsonl:17", "b.zip!2021/x.html", "c.warc.gz#1234".
func (e *Error) Where() string {
	if e.Line > 0 {
		return e.Source + ":" + strconv.Itoa(e.Line)
	}
	return e.Source
}

// Unwrap returns the underlying error, so that errors.Is(err, ErrTooLarge)
// and the like work on an *Error.
func (e *Error) Unwrap() error { return e.Err }

// Item is what a reader yields: exactly one of Doc and Err is set.
type Item struct {
	Doc *Document
	Err *Error
}

// Errors that readers wrap; test for them with errors.Is.
var (
	// ErrUnknownFormat means the input is neither text, HTML, JSON lines,
	// WARC nor a known archive.
	ErrUnknownFormat = errors.New("corpus: unknown format")
	// ErrBinary means the input holds binary data (NUL bytes) where text or
	// HTML was expected.
	ErrBinary = errors.New("corpus: binary content")
	// ErrInvalidUTF8 means a plain-text input is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("corpus: invalid UTF-8")
	// ErrEmpty means the input has no bytes at all.
	ErrEmpty = errors.New("corpus: empty input")
	// ErrNoText means the input was read but holds no text, for example an
	// HTML page with only scripts or a JSON line without text.
	ErrNoText = errors.New("corpus: no text")
	// ErrTooLarge means a document, line or archive entry is larger than
	// the per-entry limit (512 MiB), or that an input decompressed to more
	// than 100 times its size past its first GiB: the limits that stop
	// decompression bombs.
	ErrTooLarge = errors.New("corpus: entry too large")
	// ErrTooDeep means archives are nested deeper than the reader follows.
	ErrTooDeep = errors.New("corpus: archives nested too deep")
	// ErrUnsafePath means an archive entry's name leaves the archive's tree
	// ("../x", "/etc/x"); the entry is not read. No reader ever writes files.
	ErrUnsafePath = errors.New("corpus: unsafe path in archive")
	// ErrLink means an archive entry is a symbolic link, which is not
	// followed, or a hard link whose target cannot be read again.
	ErrLink = errors.New("corpus: link not read")
	// ErrTruncated means an input ends in the middle of a record.
	ErrTruncated = errors.New("corpus: truncated input")
	// ErrBadRecord means a JSON line or a WARC record is malformed.
	ErrBadRecord = errors.New("corpus: malformed record")
)
