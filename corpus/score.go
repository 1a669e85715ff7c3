package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// para is one paragraph of a page: a block element with no block inside
// (a leaf), or a run of inline nodes between the blocks of a container.
type para struct {
	parent *html.Node   // the element that holds the paragraph, and gets its score first
	nodes  []*html.Node // the leaf block, or the inline run
	first  int          // document-order index of nodes[0]
	text   int          // bytes of non-space text
	link   int          // bytes of non-space text inside links
	runes  int          // characters of the collapsed text
	commas int
	digit  bool // the text holds a digit (a date line does)
}

// scorer finds the main content of a cleaned page (step 5 of htmlText).
type scorer struct {
	body       *html.Node
	start, end map[*html.Node]int  // document-order index of a node and of its last descendant
	blockish   map[*html.Node]bool // a block element, or an element with a block inside
	text, link map[*html.Node]int  // bytes of non-space text under an element, and in links
	paras      []*para
	score      map[*html.Node]float64
}

func newScorer(body *html.Node) *scorer {
	s := &scorer{
		body:     body,
		start:    map[*html.Node]int{},
		end:      map[*html.Node]int{},
		blockish: map[*html.Node]bool{},
		text:     map[*html.Node]int{},
		link:     map[*html.Node]int{},
		score:    map[*html.Node]float64{},
	}
	next := 0
	s.index(body, &next, false)
	s.collect(body)
	for _, p := range s.paras {
		if p.runes < 25 || p.text == 0 {
			continue
		}
		sc := 1 + float64(p.commas) + min(float64(p.runes)/100, 3)
		sc *= 1 - float64(p.link)/float64(p.text)
		a := p.parent
		for level := 0; level < 3 && a != nil; level++ {
			if _, ok := s.start[a]; !ok {
				break // above <body>
			}
			switch level {
			case 0:
				s.score[a] += sc
			case 1:
				s.score[a] += sc / 2
			default:
				s.score[a] += sc / float64(level*3)
			}
			a = a.Parent
		}
	}
	return s
}

// index numbers n and its descendants in document order and computes their
// blockishness and text sizes. It returns whether n is blockish.
func (s *scorer) index(n *html.Node, next *int, inLink bool) bool {
	s.start[n] = *next
	*next++
	block := false
	switch n.Type {
	case html.TextNode:
		k := nonSpace(n.Data)
		s.text[n] = k
		if inLink {
			s.link[n] = k
		}
	case html.ElementNode:
		block = blockLevel[n.DataAtom] > 0
		inLink = inLink || n.DataAtom == atom.A
	}
	if n.Type != html.ElementNode || !skipTags[n.DataAtom] {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if s.index(c, next, inLink) {
				block = true
			}
			s.text[n] += s.text[c]
			s.link[n] += s.link[c]
		}
	}
	s.end[n] = *next - 1
	s.blockish[n] = block
	return block
}

// collect gathers the paragraphs of the blockish element n.
func (s *scorer) collect(n *html.Node) {
	leaf := true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s.blockish[c] {
			leaf = false
			break
		}
	}
	if leaf {
		if n.Parent != nil {
			s.add(n.Parent, []*html.Node{n})
		}
		return
	}
	var run []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && skipTags[c.DataAtom]:
		case s.blockish[c]:
			if len(run) > 0 {
				s.add(n, run)
				run = nil
			}
			s.collect(c)
		case c.Type == html.TextNode || c.Type == html.ElementNode:
			run = append(run, c)
		}
	}
	if len(run) > 0 {
		s.add(n, run)
	}
}

// add records a paragraph made of nodes, held by parent.
func (s *scorer) add(parent *html.Node, nodes []*html.Node) {
	p := &para{parent: parent, nodes: nodes, first: s.start[nodes[0]]}
	for _, n := range nodes {
		p.text += s.text[n]
		p.link += s.link[n]
	}
	if p.text == 0 {
		return
	}
	space := false
	for _, n := range nodes {
		walk(n, func(c *html.Node) bool {
			if c.Type == html.TextNode {
				for _, r := range c.Data {
					switch {
					case unicode.IsSpace(r):
						space = p.runes > 0
						continue
					case r == ',' || r == '，':
						p.commas++
					case r >= '0' && r <= '9':
						p.digit = true
					}
					if space {
						p.runes++ // the collapsed space before this character
						space = false
					}
					p.runes++
				}
			}
			return c.Type != html.ElementNode || !skipTags[c.DataAtom]
		})
	}
	s.paras = append(s.paras, p)
}

// best returns the element with the best final score, or the body when no
// paragraph scored.
func (s *scorer) best() *html.Node {
	best, bestScore := s.body, 0.0
	walk(s.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || skipTags[n.DataAtom] {
			return n.Type != html.ElementNode
		}
		sc, ok := s.score[n]
		if !ok {
			return true
		}
		sc += tagWeight(n)
		if s.text[n] > 0 {
			sc *= 1 - float64(s.link[n])/float64(s.text[n])
		}
		if sc > bestScore {
			best, bestScore = n, sc
		}
		return true
	})
	return best
}

// tagWeight is readability's prior for an element: its tag and what its
// class and id say.
func tagWeight(n *html.Node) float64 {
	w := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		w = 5
	case atom.Td, atom.Pre, atom.Blockquote:
		w = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		w = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		w = -5
	}
	attrs := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if contentClass.MatchString(attrs) {
		w += 25
	}
	if boilerClass.MatchString(attrs) {
		w -= 25
	}
	return w
}

// titleElement returns the element that holds the article title (step 6 of
// htmlText), or nil. ref is og:title or the <title> text. In order of
// preference: an <h1> that matches ref, another element that matches ref,
// an <h1> when ref matches nothing. Among several, the last one before the
// content wins, else the first one inside it.
func (s *scorer) titleElement(content *html.Node, ref string) *html.Node {
	ref = normTitle(ref)
	// An element can match only if its text is about as long as ref or
	// shorter (in bytes that are not space): a cheap test before the
	// text is built and compared.
	refLen := nonSpace(ref)
	var h1Match, otherMatch, h1s, classed []*html.Node
	walk(s.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || skipTags[n.DataAtom] || s.text[n] == 0 {
			return false
		}
		isH1 := n.DataAtom == atom.H1
		if isH1 {
			h1s = append(h1s, n)
		}
		if !isH1 && s.text[n] <= maxTitleText && titleClassed(n) {
			classed = append(classed, n)
		}
		if refLen == 0 || s.text[n] > refLen+refLen/4+8 || 10*s.text[n] < 3*refLen {
			return true
		}
		if titleMatch(normTitle(textOf(n)), ref) {
			if isH1 {
				h1Match = append(h1Match, n)
			} else {
				otherMatch = append(otherMatch, n)
			}
		}
		return true
	})
	for _, list := range [][]*html.Node{h1Match, otherMatch, h1s, classed} {
		if t := s.near(content, list); t != nil {
			return s.promote(t)
		}
	}
	return nil
}

// maxTitleText bounds the text of an element taken for the title by its
// class alone.
const maxTitleText = 300

// titleClassWords are the class or id names of a page's title block when
// it is no <h1> and <title> names the site ("tieude", "title-detail").
var titleClassWords = []string{"tieude", "tieu-de", "tieu_de", "title-detail", "detail-title", "news-title",
	"article-title", "post-title", "entry-title", "headline", "title"}

// titleClassed reports whether n's class or id names a title block.
func titleClassed(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range titleClassWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// near returns the last node of list that ends before content, else the
// first one inside content, else nil.
func (s *scorer) near(content *html.Node, list []*html.Node) *html.Node {
	cs, ce := s.start[content], s.end[content]
	var before *html.Node
	for _, n := range list {
		if s.end[n] < cs {
			before = n
		}
	}
	if before != nil {
		return before
	}
	for _, n := range list {
		if s.start[n] > cs && s.end[n] <= ce {
			return n
		}
	}
	return nil
}

// promote returns the block that holds the inline title element t when the
// block holds little else, so that its line is rendered whole.
func (s *scorer) promote(t *html.Node) *html.Node {
	if s.blockish[t] {
		return t
	}
	for b := t.Parent; b != nil && b != s.body; b = b.Parent {
		if s.text[b] > s.text[t]+40 {
			return t
		}
		if blockLevel[b.DataAtom] > 0 {
			return b
		}
	}
	return t
}

// normTitle prepares a title for comparison: NFC, lower case, white space
// collapsed, surrounding punctuation removed.
func normTitle(s string) string {
	s = strings.ToLower(collapse(norm.NFC.String(s)))
	return strings.Trim(s, " .:;,-–—|»«\"'“”")
}

// titleMatch reports whether the normalized element text t is the
// normalized title ref, or a large part of it ("Title - Site name").
func titleMatch(t, ref string) bool {
	if t == "" || ref == "" {
		return false
	}
	if t == ref {
		return true
	}
	tn, rn := utf8.RuneCountInString(t), utf8.RuneCountInString(ref)
	return tn >= 10 && tn*10 >= rn*4 && strings.Contains(ref, t)
}

// timeIn returns the date of the first <time> of the article (between the
// title, or the enclosing <article>, and the end of the content) that
// gives one: its datetime attribute, else its text.
func (s *scorer) timeIn(content, title *html.Node) string {
	from, to := s.start[content], s.end[content]
	if title != nil && s.start[title] < from {
		from = s.start[title]
	}
	for a := content.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			from, to = min(from, s.start[a]), max(to, s.end[a])
			break
		}
	}
	date := ""
	walk(s.body, func(n *html.Node) bool {
		if date != "" || s.end[n] < from || s.start[n] > to {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Time {
			if dt, ok := attrOK(n, "datetime"); ok {
				date = normalizeDate(dt)
			} else {
				date = normalizeDate(collapse(textOf(n))) // <time>28/02/2019 10:03</time>
			}
		}
		return true
	})
	return date
}
