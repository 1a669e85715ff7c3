package extract

import (
	"sync"

	"github.com/solieu/solieu/normalize"
)

// targetFirst holds the first words of targetCues and leadTargetCues, the
// lists targetEnd matches at each token: a token that begins none of them
// is skipped without comparing it to each phrase.
var targetFirst = sync.OnceValue(func() *normalize.WordFilter {
	f := new(normalize.WordFilter)
	for _, list := range [][][]string{targetCues, leadTargetCues} {
		for _, p := range list {
			if len(p) > 0 {
				f.Add(p[0])
			}
		}
	}
	return f
})
