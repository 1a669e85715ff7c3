package main

import (
	"strings"
	"testing"

	"github.com/solieu/solieu/docs"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

// TestRecordsDocumented: every field a record can carry (its JSON name,
// which is also its CSV column) is described in docs/records.md, the page
// "solieu help records" prints.
func TestRecordsDocumented(t *testing.T) {
	cols, err := report.Columns[extract.Record]()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cols {
		if !strings.Contains(docs.Records, "`"+c+"`") {
			t.Errorf("field %q of extract.Record is not described in docs/records.md", c)
		}
	}
}
