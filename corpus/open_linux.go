package corpus

import (
	"strings"
	"syscall"
)

// pathMax is the longest path, with its final NUL, that the kernel takes:
// a longer one fails with ENAMETOOLONG, which a name in an open directory
// would not.
const pathMax = 4096

// open opens for reading the file at path p, named name in the directory
// d. It opens the directory first, unless it is open already or opening it
// failed. A file is opened by its path when the directory
// could not be opened, when the path is too long to open (so that the
// error is the one opening the path gives), or when the path does not
// name the file that name names in the directory (see joinIsPhysical).
func (d *dirFile) open(name, p string) (int, error) {
	if d == nil || len(p) >= pathMax {
		return openPath(p)
	}
	if d.fd < 0 && !d.failed {
		d.fd, d.failed = -1, true
		if joinIsPhysical(d.path) {
			fd, err := openDir(d.path)
			if err == nil {
				d.fd, d.failed = fd, false
			}
		}
	}
	if d.fd < 0 {
		return openPath(p)
	}
	for {
		fd, err := syscall.Openat(d.fd, name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// openDir opens the directory at path p.
func openDir(p string) (int, error) {
	for {
		fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// close closes the directory if it is open. It may be opened again.
func (d *dirFile) close() {
	if d.fd >= 0 {
		syscall.Close(d.fd)
		d.fd = -1
	}
}

// joinIsPhysical reports whether filepath.Join(dir, name), a path that
// filepath.Clean has made shorter, names the file that name names in the
// directory dir. It does unless Clean took out a ".." element with the
// name before it: "a/link/.." is the parent of where the link points,
// while "a/link/../x" becomes "a/x".
func joinIsPhysical(dir string) bool {
	named := false // an element naming a directory came before
	for e := range strings.SplitSeq(dir, "/") {
		switch e {
		case "", ".":
		case "..":
			if named {
				return false
			}
		default:
			named = true
		}
	}
	return true
}
