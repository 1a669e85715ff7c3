// Package docs holds the user documentation that the solieu command
// prints: records.md, the output contract ("solieu help records").
package docs

import _ "embed"

// Records is docs/records.md: every field of the records solieu writes.
//
//go:embed records.md
var Records string
