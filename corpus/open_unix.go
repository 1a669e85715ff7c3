//go:build unix

package corpus

import (
	"io/fs"
	"os"
	"syscall"
)

// openRead opens the file at path p, which is named name in the directory
// dir when dir is not nil (see dirFile). A regular file of at most
// smallFile bytes is read at once and closed, and its content returned;
// any other file is returned open, for reading as a stream. This costs
// four system calls for a small file (open, fstat, read, close) where
// os.Open, Stat and reading take a dozen on Linux: there os.Open makes
// every file non-blocking and tries to register it with the network
// poller, which refuses regular files, then makes it blocking again.
func openRead(dir *dirFile, name, p string) (*os.File, *fileData, error) {
	fd, err := dir.open(name, p)
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

// openPath opens the file at path p for reading.
func openPath(p string) (int, error) {
	for {
		fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// readSmall reads the file open as fd, of size bytes by fstat, to its end
// into a buffer from filePool. A read error ends the content early and is
// kept in the result, as os.File.Read would report it.
//
// Reading stops at a read that returns no bytes, or once size bytes have
// come from reads that asked for more: a regular file only returns fewer
// bytes than asked at its end, so a file of size bytes takes one read.
// Had the file grown since fstat, the read would have filled what it asked
// for and reading would go on; a file that grows after that read is read
// as it was, as it would be had it grown just after the read meeting the
// end. A file that shrank, or whose size says nothing (/proc), is read on
// to a read returning no bytes.
func readSmall(fd int, p string, size int) *fileData {
	d := filePool.Get().(*fileData)
	buf := d.buf
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
		if n == size {
			break
		}
	}
	d.set(buf, n)
	return d
}
