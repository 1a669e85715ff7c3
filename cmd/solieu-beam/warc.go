package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/solieu/solieu/corpus"
)

// A WARC.gz file is read in chunks of byte offsets too: crawlers compress
// it one record per gzip member, and members can be decompressed on their
// own. A chunk finds the first member that starts in its range and holds
// the start of a record (the gzip magic bytes 1f 8b 08, then
// decompressed bytes that begin "WARC/"), and the first such member past
// its range, and reads the bytes between with corpus.Open: the records
// whose member starts in its range, their sources ("c.warc.gz#1234") and
// fallback IDs offset to the file. A record that goes on in members that
// do not begin a record is read whole by the chunk it starts in.

// splittableWARC reports whether a file is a WARC.gz read in chunks: its
// name ends in .warc.gz and it starts with a gzip member that begins a
// WARC record.
func splittableWARC(name string, head io.Reader) bool {
	if !strings.HasSuffix(strings.ToLower(name), ".warc.gz") {
		return false
	}
	return recordMember(head)
}

// recordMember reports whether r starts with a gzip member whose
// decompressed bytes begin a WARC record.
func recordMember(r io.Reader) bool {
	z, err := gzip.NewReader(r)
	if err != nil {
		return false
	}
	z.Multistream(false)
	var b [5]byte
	_, err = io.ReadFull(z, b[:])
	return err == nil && string(b[:]) == "WARC/"
}

// gzipMagic starts every gzip member (deflate compression).
var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// readWARCChunk yields the documents and errors of the WARC records whose
// gzip member starts in c's range of the file that open opens, as
// corpus.Open yields them for the whole file. It returns an error only if the file cannot be read.
func readWARCChunk(open opener, c chunk, yield func(corpus.Item)) error {
	start, err := firstRecordMember(open, c)
	if err != nil || start < 0 {
		return err
	}
	// The records of the chunk end where the first record of a later
	// chunk starts: the members between belong to the chunk's last record.
	stop := c.Size
	if c.End < c.Size {
		next, err := firstRecordMember(open, chunk{Path: c.Path, Size: c.Size, Start: c.End, End: c.Size})
		if err != nil {
			return err
		}
		if next >= 0 {
			stop = next
		}
	}
	rc, err := open(start)
	if err != nil {
		return err
	}
	defer rc.Close()
	prefix := c.Path + "#"
	inner := strings.TrimSuffix(path.Base(c.Path), path.Ext(c.Path)) // x.warc
	fileID := strings.TrimSuffix(inner, path.Ext(inner)) + "#"
	shift := func(s, pre string) (string, int64, bool) {
		rest, ok := strings.CutPrefix(s, pre)
		if !ok {
			return s, 0, false
		}
		digits, tail, _ := strings.Cut(rest, ":")
		rel, err := strconv.ParseInt(digits, 10, 64)
		if err != nil {
			return s, 0, false
		}
		if tail != "" {
			tail = ":" + tail
		}
		return pre + strconv.FormatInt(start+rel, 10) + tail, start + rel, true
	}
	// A reader that cannot seek, so that corpus reads it as a stream.
	for it := range corpus.Open(c.Path, io.LimitReader(rc, stop-start)) {
		var at int64
		var ok bool
		if it.Doc != nil {
			if it.Doc.Source, at, ok = shift(it.Doc.Source, prefix); ok {
				it.Doc.ID, _, _ = shift(it.Doc.ID, fileID)
			}
		} else {
			if it.Err.Source, at, ok = shift(it.Err.Source, prefix); ok && it.Err.Doc != "" {
				it.Err.Doc, _, _ = shift(it.Err.Doc, fileID)
			}
		}
		if ok && at >= c.End {
			return nil // the next chunk's
		}
		yield(it)
	}
	return nil
}

// firstRecordMember returns the offset of the first gzip member that
// starts in c's range and begins a WARC record, or -1 if there is none.
func firstRecordMember(open opener, c chunk) (int64, error) {
	return firstMember(open, c, recordMember)
}

// firstMember returns the offset of the first gzip member that starts in
// c's range and that valid accepts, given the file from that offset on, or
// -1 if there is none.
func firstMember(open opener, c chunk, valid func(io.Reader) bool) (int64, error) {
	rc, err := open(c.Start)
	if err != nil {
		return -1, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(io.LimitReader(rc, c.End-c.Start+int64(len(gzipMagic))-1), 64<<10)
	pos := c.Start
	for pos < c.End {
		b, err := br.Peek(br.Size())
		if err != nil && err != io.EOF {
			return -1, err
		}
		i := bytes.Index(b, gzipMagic)
		if i < 0 {
			if err == io.EOF || len(b) < len(gzipMagic) {
				return -1, nil
			}
			// Keep the last bytes, which may start the magic.
			k := len(b) - len(gzipMagic) + 1
			br.Discard(k)
			pos += int64(k)
			continue
		}
		if pos+int64(i) >= c.End {
			return -1, nil
		}
		if ok, err := memberAt(open, pos+int64(i), valid); err != nil || ok {
			return pos + int64(i), err
		}
		br.Discard(i + 1)
		pos += int64(i + 1)
	}
	return -1, nil
}

// memberAt reports whether valid accepts the file from offset off on.
func memberAt(open opener, off int64, valid func(io.Reader) bool) (bool, error) {
	rc, err := open(off)
	if err != nil {
		return false, err
	}
	defer rc.Close()
	return valid(bufio.NewReader(rc)), nil
}
