package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"path"
	"strings"

	"github.com/solieu/solieu/corpus"
)

// A JSON lines file compressed in several gzip members (bgzip, or gzip
// files put end to end) is read in chunks too; one compressed in a
// single member is one chunk, read by one worker. A chunk owns the
// members that start in its range (found by their magic bytes 1f 8b 08
// and checked by decompressing them) and the lines that start in their
// decompressed bytes. The counting pass decompresses every member once to
// count the newlines; a line that goes on into the next members is read
// whole by the chunk it starts in.

// gzipLinesExts are the names of the files read so.
var gzipLinesExts = []string{".jsonl.gz", ".ndjson.gz"}

// innerName returns the name corpus gives what a .gz file holds.
func innerName(name string) string { return strings.TrimSuffix(name, path.Ext(name)) }

// splittableGzip reports whether a file is JSON lines compressed with
// gzip that corpus reads as JSON lines: its name ends in .jsonl.gz or
// .ndjson.gz, it starts with a gzip member, and its decompressed head is
// read as JSON lines.
func splittableGzip(name string, r io.Reader) bool {
	lower := strings.ToLower(name)
	if !strings.HasSuffix(lower, gzipLinesExts[0]) && !strings.HasSuffix(lower, gzipLinesExts[1]) {
		return false
	}
	z, err := gzip.NewReader(r)
	if err != nil {
		return false
	}
	head := make([]byte, peekSize)
	n, err := io.ReadFull(z, head)
	if err != nil && err != io.ErrUnexpectedEOF {
		return false
	}
	return splittable(innerName(name), head[:n])
}

// byteCounter counts the bytes read through it. It is an io.ByteReader,
// so that a gzip reader reads exactly one member and no further.
type byteCounter struct {
	r *bufio.Reader
	n int64
}

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *byteCounter) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// wholeMember reports whether r starts with a whole gzip member, which
// decompresses without error.
func wholeMember(r io.Reader) bool {
	br := bufio.NewReader(r)
	z, err := gzip.NewReader(br)
	if err != nil {
		return false
	}
	z.Multistream(false)
	_, err = io.Copy(io.Discard, z)
	return err == nil
}

// countGzip fills in c's First, Out, Newlines and EndsNL.
func countGzip(open opener, c chunk) (chunk, error) {
	first, err := firstMember(open, c, wholeMember)
	c.First = first
	if err != nil || first < 0 {
		return c, err
	}
	rc, err := open(first)
	if err != nil {
		return c, err
	}
	defer rc.Close()
	bc := &byteCounter{r: bufio.NewReaderSize(rc, 64<<10)}
	var z *gzip.Reader
	buf := make([]byte, 64<<10)
	for first+bc.n < c.End {
		if z == nil {
			z, err = gzip.NewReader(bc)
		} else {
			err = z.Reset(bc)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return c, err
		}
		z.Multistream(false)
		for {
			k, err := z.Read(buf)
			if k > 0 {
				c.Out += int64(k)
				c.Newlines += int64(bytes.Count(buf[:k], []byte{'\n'}))
				c.EndsNL = buf[k-1] == '\n'
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				return c, err
			}
		}
	}
	return c, nil
}

// readGzipChunk yields the documents and errors of the lines that start
// in the decompressed bytes of the members c owns, as corpus.Open yields
// them for the whole file.
func readGzipChunk(open opener, c chunk, yield func(corpus.Item)) error {
	if c.First < 0 || c.Out == 0 {
		return nil
	}
	rc, err := open(c.First)
	if err != nil {
		return err
	}
	defer rc.Close()
	z, err := gzip.NewReader(bufio.NewReaderSize(rc, 64<<10))
	if err != nil {
		return err
	}
	br := bufio.NewReaderSize(z, 64<<10)
	pos, n := int64(0), c.Before+1
	if !c.PrevNL {
		// The first bytes end a line that a chunk before owns.
		k, err := discardLine(br)
		if err != nil {
			return nil
		}
		pos += k
		n++
	}
	readLines(br, innerName(c.Path), c.Path, pos, c.Out, n, yield)
	return nil
}
