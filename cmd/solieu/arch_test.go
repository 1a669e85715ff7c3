package main

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportDirection enforces the one-way data flow of design.md:
// corpus and normalize import no solieu package, extract may import both,
// the packages downstream of extract (report, check, web) import only what
// is upstream of them, and nothing imports cmd/solieu.
func TestImportDirection(t *testing.T) {
	const mod = "github.com/solieu/solieu/"
	allowed := map[string][]string{
		"corpus":    nil,
		"normalize": nil,
		"extract":   {"normalize", "corpus"},
		"report":    {"extract", "normalize", "corpus"},
		"check":     {"extract", "normalize", "corpus", "report"},
		"web":       {"extract", "normalize", "corpus", "check", "report"},
		// corpustest builds archives and WARC files for tests; only tests
		// may import it (testOnly), and it imports no solieu package
		"corpus/corpustest": nil,
		// docs holds the documentation the command prints, and no code
		"docs": nil,
	}
	const testOnly = "corpus/corpustest"
	for pkg, ok := range allowed {
		p, err := build.ImportDir(filepath.Join("..", "..", pkg), 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		for k, imp := range append(p.Imports, p.TestImports...) {
			if !strings.HasPrefix(imp, mod) {
				continue
			}
			name := strings.TrimPrefix(imp, mod)
			permitted := name == testOnly && k >= len(p.Imports)
			for _, a := range ok {
				if a == name {
					permitted = true
				}
			}
			if !permitted {
				t.Errorf("%s imports %s; want only %v", pkg, name, ok)
			}
		}
	}
}
