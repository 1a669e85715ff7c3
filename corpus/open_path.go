//go:build unix && !linux

package corpus

// open opens for reading the file at path p, named name in the directory
// d: on this system files are opened by their paths, not by their names
// in the directory.
func (d *dirFile) open(name, p string) (int, error) {
	return openPath(p)
}

// close does nothing: the directory is not opened.
func (d *dirFile) close() {}
