package extract

import (
	"github.com/solieu/solieu/normalize"
)

// targetFirst holds the first words of targetCues and leadTargetCues, the
// lists targetEnd matches at each token: a token that begins none of them
// is skipped without comparing it to each phrase. It is built once, when
// the package is initialized (after the lists it reads).
var targetFirst = func() *normalize.WordFilter {
	f := new(normalize.WordFilter)
	for _, list := range []*phraseList{targetCues, leadTargetCues} {
		for _, p := range list.p {
			if len(p) > 0 {
				f.Add(p[0])
			}
		}
	}
	return f
}()
