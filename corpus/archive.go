package corpus

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
)

// readGzip reads a gzip stream: a single compressed file (a.html.gz), a
// compressed tar (b.tar.gz, b.tgz) or a compressed WARC whose records are
// gzip members of their own (c.warc.gz). The decompressed content is
// detected like any input, under the name without ".gz" (".tgz" becomes
// ".tar"), and keeps the source name of the compressed file. For WARC, the
// offset in a source ("c.warc.gz#1234") is that of the gzip member where
// the record starts, as in CDX indexes.
func readGzip(in *input, yield func(Item) bool) bool {
	src := &byteCounter{r: in.r}
	z, err := gzip.NewReader(src)
	if err != nil {
		return yield(in.errorf("gzip: %w", err))
	}
	z.Multistream(false)
	m := &gzipMembers{src: src, z: z, starts: []memberStart{{0, 0}}}
	name := in.name
	switch ext := path.Ext(name); strings.ToLower(ext) {
	case ".gz":
		name = strings.TrimSuffix(name, ext)
	case ".tgz":
		name = strings.TrimSuffix(name, ext) + ".tar"
	default:
		if z.Name != "" {
			name = z.Name
		}
	}
	// A compressed WARC is a series of members, one per record: a corrupt
	// member is skipped to the next (see gzipMembers.skip).
	m.resync = strings.HasSuffix(strings.ToLower(name), ".warc")
	inner := newInput(in.source, name, &budgetReader{r: m, b: in.budget}, in.depth+1)
	inner.offset, inner.budget, inner.names, inner.members = m.offsetAt, in.budget, in.names, m
	return dispatch(inner, yield)
}

// byteCounter counts the bytes read from r. It is an io.ByteReader, so the
// gzip reader reads exactly one member and no further.
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

// memberStart records where a gzip member starts: at byte out of the
// decompressed stream and byte in of the compressed one.
type memberStart struct{ out, in int64 }

// gzipMembers decompresses a gzip stream member by member and remembers
// where each member starts.
type gzipMembers struct {
	src    *byteCounter
	z      *gzip.Reader
	out    int64 // decompressed bytes returned so far
	cur    int64 // where the member being read starts in the compressed stream
	starts []memberStart
	done   bool
	// resync makes a corrupt member an error of its own: the reader
	// looks for the next member and goes on from there (see skip).
	resync bool
}

func (g *gzipMembers) Read(p []byte) (int, error) {
	for !g.done {
		n, err := g.z.Read(p)
		g.out += int64(n)
		if err != io.EOF {
			if err != nil {
				err = g.fail(err)
			}
			return n, err
		}
		if b, err := g.src.r.Peek(1); err != nil {
			g.done = true
		} else if b[0] == 0 {
			// Some writers pad a stream with zeros to a block size.
			if err := zeros(g.src.r); err != nil {
				return n, err
			}
			g.done = true
		} else if err := g.next(); err != nil {
			return n, err
		}
		if n > 0 {
			return n, nil
		}
	}
	return 0, io.EOF
}

// fail returns the error for a member that could not be decompressed: a
// truncation says where the input ends; corruption is skipped in resync
// mode.
func (g *gzipMembers) fail(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		g.done = true
		return fmt.Errorf("gzip: %w: the compressed data ends at byte %d, inside the gzip member that starts at byte %d, after %d bytes of output",
			ErrTruncated, g.src.n, g.cur, g.out)
	}
	if g.resync {
		return g.skip(g.cur, err)
	}
	return fmt.Errorf("gzip: %w", err)
}

// next starts reading the gzip member that follows the current one.
func (g *gzipMembers) next() error {
	at := g.src.n
	if err := g.z.Reset(g.src); err != nil {
		if g.resync {
			return g.skip(at, err)
		}
		return fmt.Errorf("gzip: bad member at byte %d: %w", at, unexpected(err))
	}
	g.z.Multistream(false)
	g.started(at)
	return nil
}

// started records that a member starts at byte at of the compressed
// stream, at the current decompressed position.
func (g *gzipMembers) started(at int64) {
	g.cur = at
	g.starts = append(g.starts, memberStart{g.out, at})
	// Forget members far behind the reader: positions asked for lag
	// behind g.out by at most the reader's buffer.
	const keep = 1 << 20
	i := 0
	for i+1 < len(g.starts) && g.starts[i+1].out+keep < g.out {
		i++
	}
	g.starts = g.starts[i:]
}

// gzipMagic starts every gzip member (with the deflate method).
var gzipMagic = []byte{0x1f, 0x8b, 8}

// skip handles the corrupt member that starts at byte at, as warcio
// does: it looks for the next gzip header after what was read and starts
// reading there. It returns the *memberError to report, once; reading
// then goes on with the next member, or ends when none follows.
func (g *gzipMembers) skip(at int64, cause error) error {
	for {
		buf, err := g.src.r.Peek(4096)
		if i := bytes.Index(buf, gzipMagic); i >= 0 {
			g.discard(i)
			start := g.src.n
			if g.z.Reset(g.src) == nil {
				g.z.Multistream(false)
				g.started(start)
				return &memberError{at: at, next: start, err: cause}
			}
			continue // not a header after all: look further
		}
		if err != nil { // the end of the input: no member follows
			g.discard(len(buf))
			g.done = true
			return &memberError{at: at, next: -1, err: cause}
		}
		g.discard(len(buf) - len(gzipMagic) + 1)
	}
}

// discard skips n compressed bytes.
func (g *gzipMembers) discard(n int) {
	k, _ := g.src.r.Discard(n)
	g.src.n += int64(k)
}

// A memberError is a corrupt gzip member of a compressed WARC, skipped.
type memberError struct {
	at, next int64 // where the member and the next one start; next is -1 if none
	err      error
}

func (e *memberError) Error() string {
	s := fmt.Sprintf("gzip: the member at byte %d is corrupt (%v); ", e.at, e.err)
	if e.next < 0 {
		return s + "no member follows it"
	}
	return s + fmt.Sprintf("reading goes on with the member at byte %d", e.next)
}

// Unwrap makes a memberError an ErrBadRecord, and its cause.
func (e *memberError) Unwrap() []error { return []error{ErrBadRecord, e.err} }

// zeros reads r to its end and fails unless it holds only zero bytes.
func zeros(r io.Reader) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		for _, b := range buf[:n] {
			if b != 0 {
				return errors.New("gzip: data after the last member")
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// offsetAt returns the compressed offset of the member holding byte pos of
// the decompressed stream.
func (g *gzipMembers) offsetAt(pos int64) int64 {
	at := g.starts[0].in
	for _, s := range g.starts {
		if s.out > pos {
			break
		}
		at = s.in
	}
	return at
}

// unexpected turns io.EOF inside a stream into io.ErrUnexpectedEOF, so a
// truncated archive says so.
func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// entryName checks an archive entry name. It returns the name with
// forward slashes, whether the entry is skipped without a word (a
// directory, a hidden file, macOS metadata), and ErrUnsafePath for a name
// that leaves the archive's tree.
func entryName(name string) (string, bool, error) {
	name = strings.ReplaceAll(name, `\`, "/")
	if strings.HasSuffix(name, "/") {
		return name, true, nil
	}
	if strings.HasPrefix(name, "/") || len(name) > 1 && name[1] == ':' { // "/etc/x", "C:x"
		return name, false, ErrUnsafePath
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return name, false, ErrUnsafePath
		}
	}
	for _, part := range strings.Split(path.Clean(name), "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return name, true, nil
		}
	}
	return name, false, nil
}

// readZip reads every file of a zip archive, in the archive's order,
// recursively. Directories, hidden files and macOS metadata are skipped;
// a symbolic link yields ErrLink (it is not followed), an entry whose
// name leaves the tree ("../x") yields ErrUnsafePath, an entry larger
// than the per-entry limit yields ErrTooLarge, and a damaged entry an
// Error of its own (see zipEntryErr). Nothing is ever written to disk. A zip needs random
// access: a regular file, or a reader with ReadAt and Size, is read in
// place; any other stream is buffered in memory (up to the per-entry
// limit).
func readZip(in *input, yield func(Item) bool) bool {
	ra, size, err := readerAt(in)
	if err != nil {
		return yield(in.errorf("zip: %w", err))
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		if errors.Is(err, zip.ErrFormat) {
			return yield(in.errorf("%w: the central directory, which lists the entries, is missing or damaged; no entry was read", err))
		}
		return yield(in.errorf("%w", err))
	}
	for _, f := range zr.File {
		name, skip, err := entryName(f.Name)
		if skip || f.Mode().IsDir() {
			continue
		}
		source := in.source + "!" + name
		if err == nil && f.Mode().Type() != 0 {
			err = specialEntry(f.Mode().Type(), func() string {
				// A symbolic link's target is its content.
				rc, err := f.Open()
				if err != nil {
					return ""
				}
				defer rc.Close()
				b, _ := io.ReadAll(io.LimitReader(rc, 1024))
				return string(b)
			})
		}
		if err == nil && f.UncompressedSize64 > uint64(maxEntrySize) {
			err = fmt.Errorf("%w (%d bytes)", ErrTooLarge, f.UncompressedSize64)
		}
		if err == nil && f.Flags&0x1 != 0 {
			err = errors.New("zip: encrypted entry")
		}
		var rc io.ReadCloser
		if err == nil {
			if rc, err = f.Open(); err != nil {
				err = zipEntryErr(err)
			}
		}
		var src io.Reader
		if err == nil {
			src = &zipEntryReader{r: &errLimit{r: &budgetReader{r: rc, b: in.budget}, n: maxEntrySize}}
			if f.UncompressedSize64 <= smallFile && (in.names == nil || !in.names.scanning) {
				// Read a small entry whole first: damage found at its
				// end (a checksum) is the entry's error, not what a
				// format's reader makes of the bytes before it.
				var b []byte
				if b, err = io.ReadAll(src); err == nil {
					src = bytes.NewReader(b)
				}
				rc.Close()
			}
		}
		if err != nil {
			if !yield((&input{source: source, name: name}).extErr(err)) {
				return false
			}
			continue
		}
		_, whole := src.(*bytes.Reader)
		ok := dispatch(in.child(name, src), yield)
		if !whole {
			rc.Close()
		}
		if !ok {
			return false
		}
	}
	return true
}

// zipEntryReader reads a zip entry and says what its errors mean.
type zipEntryReader struct{ r io.Reader }

func (z *zipEntryReader) Read(p []byte) (int, error) {
	n, err := z.r.Read(p)
	if err != nil && err != io.EOF {
		err = zipEntryErr(err)
	}
	return n, err
}

// zipEntryErr returns the error for a damaged zip entry, which names
// the damage: the other entries are read.
func zipEntryErr(err error) error {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, ErrTooLarge):
		return err
	case errors.Is(err, zip.ErrChecksum):
		return fmt.Errorf("zip: this entry is damaged: its data do not match their checksum (%w)", err)
	case errors.Is(err, zip.ErrFormat):
		return fmt.Errorf("zip: this entry is damaged: its local header is not a zip header (%w)", err)
	case errors.Is(err, zip.ErrAlgorithm):
		return fmt.Errorf("zip: this entry is compressed with a method not supported (%w)", err)
	case errors.As(err, &corrupt):
		return fmt.Errorf("zip: this entry is damaged: its compressed data are corrupt at byte %d of them (%w)", int64(corrupt), err)
	case err == io.ErrUnexpectedEOF:
		return fmt.Errorf("zip: %w: this entry's compressed data end early", ErrTruncated)
	}
	return fmt.Errorf("zip: this entry is damaged: %w", err)
}

// readerAt returns random access to the input for zip, buffering it in
// memory when the underlying reader does not allow it.
func readerAt(in *input) (io.ReaderAt, int64, error) {
	if ra, ok := in.raw.(io.ReaderAt); ok {
		size := int64(-1)
		switch r := in.raw.(type) {
		case *os.File:
			if info, err := r.Stat(); err == nil && info.Mode().IsRegular() {
				size = info.Size()
			}
		case interface{ Size() int64 }:
			size = r.Size()
		}
		if size >= in.rawStart {
			if in.budget != nil && in.depth == 0 {
				in.budget.size = max(in.budget.size, size-in.rawStart)
			}
			return io.NewSectionReader(ra, in.rawStart, size-in.rawStart), size - in.rawStart, nil
		}
	}
	b, err := in.readAll()
	if err != nil {
		return nil, 0, err
	}
	return bytes.NewReader(b), int64(len(b)), nil
}

// errLimit reads at most n bytes from r and fails with ErrTooLarge past
// them, where io.LimitReader would stop silently.
type errLimit struct {
	r io.Reader
	n int64
}

func (l *errLimit) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, ErrTooLarge
	}
	return n, err
}

// readTar reads every regular file of a tar archive, in the archive's
// order, recursively. Directories, hidden files and macOS metadata are
// skipped; names are checked as for zip. A hard link is read as the entry
// it links to, when that entry came before it and was small enough to be
// kept (see keptEntry), and yields an ErrLink naming its target
// otherwise; a symbolic link or a device yields an ErrLink or an Error
// and is not read. A truncated archive yields an Error after the entries
// read so far.
func readTar(in *input, yield func(Item) bool) bool {
	tr := tar.NewReader(in.r)
	kept := map[string][]byte{} // entry name → its bytes, for hard links
	var keptSize int64
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil && !errors.Is(err, tar.ErrInsecurePath) {
			return yield(in.errorf("tar: %w", unexpected(err)))
		}
		if h.Typeflag == tar.TypeDir {
			continue
		}
		name, skip, err := entryName(h.Name)
		if skip {
			continue
		}
		var src io.Reader = tr
		switch h.Typeflag {
		case tar.TypeReg: // the reader turns legacy TypeRegA into TypeReg
		case tar.TypeLink:
			target, _, terr := entryName(h.Linkname)
			b, ok := kept[path.Clean(target)]
			switch {
			case err != nil:
			case terr != nil:
				err = fmt.Errorf("%w: a hard link to %q, outside the archive", ErrLink, h.Linkname)
			case !ok:
				err = fmt.Errorf("%w: a hard link to %q, an entry not found before it or too large to keep", ErrLink, h.Linkname)
			}
			src = bytes.NewReader(b)
		default:
			if err == nil {
				err = specialEntry(h.FileInfo().Mode().Type(), func() string { return h.Linkname })
			}
		}
		if err == nil && h.Size > maxEntrySize {
			err = fmt.Errorf("%w (%d bytes)", ErrTooLarge, h.Size)
		}
		if err != nil {
			if !yield((&input{source: in.source + "!" + name, name: name}).extErr(err)) {
				return false
			}
			continue
		}
		var keep *bytes.Buffer
		if h.Typeflag == tar.TypeReg && h.Size <= maxKeptEntry && keptSize+h.Size <= maxKept {
			keep = &bytes.Buffer{}
			src = io.TeeReader(src, keep)
		}
		entry := &errWatch{r: src}
		if !dispatch(in.child(name, entry), yield) {
			return false
		}
		if entry.err != nil && entry.err != io.EOF {
			return true // the archive broke inside this entry, whose Error was yielded
		}
		if keep != nil {
			// The reader may have stopped early: keep the whole entry.
			if _, err := io.Copy(io.Discard, entry); err != nil {
				return yield(in.errorf("tar: %w", unexpected(err)))
			}
			if entry.err != nil && entry.err != io.EOF {
				return yield(in.errorf("tar: %w", unexpected(entry.err)))
			}
			kept[path.Clean(name)] = keep.Bytes()
			keptSize += int64(keep.Len())
		}
	}
}

// maxKeptEntry and maxKept bound what readTar keeps of the entries it has
// read, for hard links to them: entries of at most maxKeptEntry bytes, up
// to maxKept bytes in all.
const (
	maxKeptEntry = 4 << 20
	maxKept      = 64 << 20
)

// specialEntry returns the error for an archive entry that is not a
// regular file: a symbolic link (target returns what it points to) or a
// device, pipe or socket.
func specialEntry(mode fs.FileMode, target func() string) error {
	if mode&fs.ModeSymlink != 0 {
		return fmt.Errorf("%w: a symbolic link to %q, not followed", ErrLink, target())
	}
	return fmt.Errorf("%w: a special file (%v), not read", ErrUnknownFormat, mode)
}

// errWatch remembers the first error its reader returned.
type errWatch struct {
	r   io.Reader
	err error
}

func (w *errWatch) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}
