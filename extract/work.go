package extract

// The work counter measures what Extract does independently of the
// machine: the hot scans of a figure's reading (its clause, window and
// segment, the cues, hits and periods of its sentence, the lines and
// list items of frames) add the tokens or items they may visit. It counts
// only while a test sets workCounting (TestLinearWork), so that a test can
// hold the work to the length of the text; otherwise it is one branch per
// scan. Tests that set it do not run in parallel.
var (
	workCounting bool
	work         int
)

// visit counts n items scanned, while workCounting is set.
func visit(n int) {
	if workCounting {
		work += n
	}
}
