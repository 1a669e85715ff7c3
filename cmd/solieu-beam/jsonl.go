package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/solieu/solieu/corpus"
)

// JSON lines files are read in parallel: a file is cut into chunks of
// byte offsets, each chunk owns the lines that start in it (a line that
// straddles the end of a chunk is read whole by the chunk it starts in),
// and a first pass counts the newlines of every chunk so that each chunk
// knows the number of its first line, which the documents' sources
// ("a.jsonl:17") and fallback IDs ("a:17") hold, as "solieu extract" gives
// them.

// jsonlExts are the extensions of the files read in chunks: those corpus
// reads as JSON lines by their name.
var jsonlExts = []string{".jsonl", ".ndjson"}

// peekSize is how many leading bytes corpus's format detection looks at
// (corpus.peekSize).
const peekSize = 4096

// maxLine bounds the bytes of one line, as corpus bounds one entry. It is
// a variable so that tests can lower it.
var maxLine int64 = 512 << 20

// A chunk is the byte range [Start, End) of a JSON lines or WARC.gz file
// of Size bytes. It owns the lines, or the gzip members, that start in the
// range.
type chunk struct {
	Path       string
	Size       int64
	Start, End int64
	// Newlines is the number of newline bytes in the range, and Before
	// the number before Start: the first line starting at or after Start
	// is line Before+1, or Before+2 when Start is inside a line.
	Newlines, Before int64
	// WARC marks a chunk of a WARC.gz file (see readWARCChunk).
	WARC bool
	// Gzip marks a chunk of a JSON lines file compressed in several gzip
	// members (see readGzipChunk). First is the offset of the first
	// member that starts in the range (-1 if none), Out the bytes
	// decompressed from the members that start in the range, EndsNL
	// whether they end in a newline, and PrevNL whether those of the
	// chunks before do (or there are none).
	Gzip           bool
	First, Out     int64
	EndsNL, PrevNL bool
}

// splittable reports whether the file whose name is name and whose first
// bytes are head is read by corpus as JSON lines by its extension: its
// name ends in .jsonl or .ndjson and its head has no magic bytes of
// another format and is not binary. Other files are read whole.
func splittable(name string, head []byte) bool {
	if !slices.Contains(jsonlExts, strings.ToLower(path.Ext(name))) || len(head) == 0 {
		return false
	}
	if len(head) >= 3 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8 || // gzip
		bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")) || // zip
		len(head) >= 262 && string(head[257:262]) == "ustar" || // tar
		bytes.HasPrefix(head, []byte("WARC/")) {
		return false
	}
	// Binary content: let corpus judge the head as it would the file's.
	for it := range corpus.Open(name, bytes.NewReader(head[:min(len(head), peekSize)])) {
		return it.Err == nil || !errors.Is(it.Err, corpus.ErrBinary)
	}
	return false
}

// chunks returns the chunks of a file of size bytes, each of at most
// split bytes.
func chunks(name string, size, split int64) []chunk {
	var out []chunk
	for start := int64(0); start < size; start += split {
		out = append(out, chunk{Path: name, Size: size, Start: start, End: min(start+split, size)})
	}
	return out
}

// An opener opens a file at a byte offset.
type opener func(off int64) (io.ReadCloser, error)

// skipTo positions r, just opened, at offset off: by Seek when r can,
// else by reading.
func skipTo(r io.Reader, off int64) error {
	if off == 0 {
		return nil
	}
	if s, ok := r.(io.Seeker); ok {
		_, err := s.Seek(off, io.SeekStart)
		return err
	}
	n, err := io.CopyN(io.Discard, r, off)
	if err == io.EOF {
		err = fmt.Errorf("file ends at %d bytes, before offset %d", n, off)
	}
	return err
}

// countNewlines returns the number of newline bytes in c's range of r,
// opened at c.Start.
func countNewlines(r io.Reader, c chunk) (int64, error) {
	buf := make([]byte, 256<<10)
	var n int64
	lr := io.LimitReader(r, c.End-c.Start)
	for {
		k, err := lr.Read(buf)
		n += int64(bytes.Count(buf[:k], []byte{'\n'}))
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// readChunk yields the documents and errors of the lines that start in
// c's range of r, opened at c.Start-1 (at 0 for the first chunk), as
// corpus.Open yields them for the whole file: blank lines are skipped, a
// byte order mark before the first line is dropped, and each line is read
// by jsonLine. It returns an error only if r cannot be read at all.
func readChunk(r io.Reader, c chunk, yield func(corpus.Item)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	pos, n := c.Start, c.Before+1 // the next line starts at pos and is line n
	if c.Start > 0 {
		b, err := br.ReadByte()
		if err != nil {
			return fmt.Errorf("reading offset %d: %w", c.Start-1, err)
		}
		if b != '\n' {
			// Start is inside a line, which the chunk before owns.
			k, err := discardLine(br)
			if err != nil {
				return nil // the line runs to the end of the file
			}
			pos += k
			n++
		}
	}
	readLines(br, c.Path, c.Path, pos, c.End, n, yield)
	return nil
}

// readLines yields the documents and errors of the lines of r that start
// before offset end, r being at offset pos, the start of line n. A line is
// read by jsonLine, as in the file name; errors name source.
func readLines(br *bufio.Reader, name, source string, pos, end, n int64, yield func(corpus.Item)) {
	for pos < end {
		line, k, err := nextLine(br)
		pos += k
		switch {
		case errors.Is(err, corpus.ErrTooLarge):
			// The whole line is read past.
			yield(corpus.Item{Err: &corpus.Error{Source: source, Line: int(n), Err: err}})
			n++
			continue
		case err == io.EOF && len(line) == 0:
			return
		case err != nil && err != io.EOF:
			yield(corpus.Item{Err: &corpus.Error{Source: source, Line: int(n), Err: err}})
			return
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF})
		}
		if len(bytes.TrimSpace(line)) > 0 {
			for _, it := range jsonLine(name, source, int(n), line) {
				yield(it)
			}
		}
		if err == io.EOF {
			return
		}
		n++
	}
}

// nextLine returns the next line of r without its line ending ("\n" or
// "\r\n") and the number of bytes it took, ending included. At the end of
// the input it returns the last line, if any, with io.EOF. A line over
// maxLine bytes returns corpus.ErrTooLarge, with the bytes of it read so
// far counted and the rest left unread.
func nextLine(r *bufio.Reader) ([]byte, int64, error) {
	var line []byte
	for {
		frag, err := r.ReadSlice('\n')
		if int64(len(line)+len(frag)) > maxLine+2 { // +2: the line ending
			k := int64(len(line) + len(frag))
			if err == bufio.ErrBufferFull {
				rest, _ := discardLine(r)
				k += rest
			}
			return nil, k, fmt.Errorf("%w (a line over %d bytes)", corpus.ErrTooLarge, maxLine)
		}
		if err == bufio.ErrBufferFull {
			line = append(line, frag...)
			continue
		}
		if line == nil {
			line = frag
		} else {
			line = append(line, frag...)
		}
		k := int64(len(line))
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, k, err
	}
}

// discardLine discards input up to and including the next "\n" and
// returns the number of bytes discarded; at the end of the input it
// returns io.EOF.
func discardLine(r *bufio.Reader) (int64, error) {
	var n int64
	for {
		frag, err := r.ReadSlice('\n')
		n += int64(len(frag))
		if err != bufio.ErrBufferFull {
			return n, err
		}
	}
}

// jsonLine returns what corpus gives for line n of the JSON lines file
// name, read alone as the whole file's reader reads it (corpus.JSONLine):
// its document, with its source and fallback ID, or its error. The source
// is the file's, or the .gz file's that holds it.
func jsonLine(name, source string, n int, line []byte) []corpus.Item {
	if it, ok := corpus.JSONLine(name, source, n, line); ok {
		return []corpus.Item{it}
	}
	return nil
}
