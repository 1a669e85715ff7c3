//go:build unix

package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"syscall"
)

// openRead opens the file at path p. A regular file of at most smallFile
// bytes is read at once and closed, and its content returned; any other
// file is returned open, for reading as a stream. This costs five system
// calls for a small file (open, fstat, two reads, close) where os.Open,
// Stat and reading take a dozen on Linux: there os.Open makes every file
// non-blocking and tries to register it with the network poller, which
// refuses regular files, then makes it blocking again.
func openRead(p string) (*os.File, *fileData, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	var st syscall.Stat_t
	for {
		err = syscall.Fstat(fd, &st)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size > smallFile {
		// Not blocking, not registered with the poller: reads block a
		// thread, as they do for a regular file opened with os.Open.
		return os.NewFile(uintptr(fd), p), nil, nil
	}
	d := readSmall(fd, p, int(st.Size))
	syscall.Close(fd)
	return nil, d, nil
}

// readSmall reads the file open as fd, of about size bytes, to its end
// into a buffer from filePool. A read error ends the content early and is
// kept in the result, as os.File.Read would report it.
func readSmall(fd int, p string, size int) *fileData {
	d := &fileData{buf: filePool.Get().(*[]byte)}
	buf := *d.buf
	if cap(buf) < size+1 { // one byte more, to meet the end in one read
		buf = make([]byte, 0, max(size+1, 4<<10))
	}
	buf = buf[:cap(buf)]
	n := 0
	for {
		if n == len(buf) { // the file grew
			buf = append(buf, 0)[:n]
			buf = buf[:cap(buf)]
		}
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			d.err = &fs.PathError{Op: "read", Path: p, Err: err}
			break
		}
		if m == 0 {
			break
		}
		n += m
	}
	*d.buf = buf[:0]
	d.b = buf[:n]
	d.r = bytes.NewReader(d.b)
	return d
}
