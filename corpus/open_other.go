//go:build !unix

package corpus

import "os"

// openRead opens the file at path p for reading as a stream.
func openRead(dir *dirFile, name, p string) (*os.File, *fileData, error) {
	f, err := os.Open(p)
	return f, nil, err
}

// close does nothing: the directory is not opened.
func (d *dirFile) close() {}
