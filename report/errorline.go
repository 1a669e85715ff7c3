package report

import "github.com/solieu/solieu/corpus"

// An ErrorLine is one line of an error report (`solieu extract -errors`,
// the Beam pipeline's error output): where the failed input is
// ("a.jsonl:17", "b.zip!2021/x.html", "c.warc.gz#1234"), the ID of its
// document when known, and what went wrong.
type ErrorLine struct {
	Source  string `json:"source"`
	Doc     string `json:"doc,omitempty"`
	Message string `json:"message"`
}

// ErrorOf returns the error-report line of a document that could not be read.
func ErrorOf(e *corpus.Error) ErrorLine {
	return ErrorLine{Source: e.Where(), Doc: e.Doc, Message: e.Err.Error()}
}
