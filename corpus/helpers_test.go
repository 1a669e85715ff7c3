package corpus

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"iter"
	"testing"

	"github.com/stretchr/testify/require"
)

// collect drains an iterator, checking that every Item holds exactly one
// of Doc and Err.
func collect(t testing.TB, seq iter.Seq[Item]) (docs []*Document, errs []*Error) {
	t.Helper()
	for it := range seq {
		switch {
		case it.Doc != nil && it.Err == nil:
			docs = append(docs, it.Doc)
		case it.Err != nil && it.Doc == nil:
			errs = append(errs, it.Err)
		default:
			t.Fatalf("item with Doc %v and Err %v; want exactly one", it.Doc, it.Err)
		}
	}
	return docs, errs
}

// file is a named byte string for building archives.
type file struct {
	name string
	data []byte
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	_, err := z.Write(b)
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return buf.Bytes()
}

func zipBytes(t testing.TB, files ...file) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := z.Create(f.name)
		require.NoError(t, err)
		_, err = w.Write(f.data)
		require.NoError(t, err)
	}
	require.NoError(t, z.Close())
	return buf.Bytes()
}

func tarBytes(t testing.TB, files ...file) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	for _, f := range files {
		require.NoError(t, w.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.data)), Typeflag: tar.TypeReg}))
		_, err := w.Write(f.data)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// warcRecord returns one WARC record.
func warcRecord(typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: 2024-05-06T07:08:09Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// httpResponse returns an HTTP response with the given content type.
func httpResponse(contentType string, body []byte) []byte {
	return fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body)
}

// warcResponse returns a WARC response record for an HTML page.
func warcResponse(uri string, page []byte) []byte {
	return warcRecord("response", uri, "application/http; msgtype=response", httpResponse("text/html; charset=utf-8", page))
}

// warcGz compresses each record as its own gzip member, as crawlers do,
// and returns the file and the offset of each member.
func warcGz(t testing.TB, records ...[]byte) ([]byte, []int) {
	t.Helper()
	var out []byte
	var offsets []int
	for _, r := range records {
		offsets = append(offsets, len(out))
		out = append(out, gzipBytes(t, r)...)
	}
	return out, offsets
}
