package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// readHTML reads one HTML page as one document; see htmlText.
func readHTML(in *input, yield func(Item) bool) bool {
	b, err := in.readAll()
	if err != nil {
		return yield(in.docErr(err))
	}
	p, err := htmlText(b, "")
	if err != nil {
		return yield(in.docErr(err))
	}
	if p.text == "" {
		return yield(in.docErr(ErrNoText))
	}
	return yield(Item{Doc: &Document{
		ID: in.id(), Source: in.source, Title: p.title, Text: p.text, Published: p.published, HTML: true,
		Blocks: p.blocks,
	}})
}

// page is what is read from one HTML page.
type page struct {
	title, text, published string
	blocks                 []Block // see Document.Blocks
}

// htmlText decodes an HTML page and extracts its article text, title and
// publication date. contentType is the HTTP Content-Type header when there
// is one; its charset parameter wins over the page's own declaration.
//
// The steps, in order:
//  1. Decode to UTF-8: a byte order mark, else valid UTF-8 (mislabeled pages
//     are common), else the charset of contentType (unless it claims UTF-8)
//     or of the page's meta tag (windows-1258, windows-1252, ISO-8859-1,
//     ...), else windows-1258, the Vietnamese code page. Then normalize to
//     NFC.
//  2. Parse with golang.org/x/net/html. Pages nested deeper than it accepts
//     (512 open elements) are read by a plain tokenizer pass instead, which
//     keeps all visible text.
//  3. Read the metadata: og:title and <title>; article:published_time and
//     similar meta tags; JSON-LD datePublished.
//  4. Drop boilerplate: scripts, styles, navigation, menus, sidebars,
//     headers outside the article, footers, form controls, hidden elements,
//     elements whose class or id says share, counter, poll, related,
//     comments, tags, banner and so on, visitor counters ("Đang truy cập:
//     199"), and lists introduced by labels such as "Tin liên quan"
//     (related news), "Tin khác" (other news), "Cùng chuyên mục" (same
//     section).
//  5. Score text blocks as readability does: each paragraph of at least 25
//     characters scores 1 + commas + length/100 (at most 3), lowered by its
//     link density, and passes its score to its parent (in full), its
//     grandparent (half) and its great-grandparent (a sixth). The element
//     with the best score, again lowered by its link density, is the body.
//  6. Find the title element: an <h1> or the element whose text matches
//     og:title or <title>, else a block whose class or id names a title
//     ("tieude", "title-detail", "headline") where <title> names the site. When it stands before the body, the title and
//     the short blocks between it and the body that hold a digit (the date
//     line) are put before the body text.
//  7. Render to text: block elements break lines, paragraphs are separated
//     by a blank line, <br> breaks a line (two make a paragraph), inline
//     elements do not break, white space (U+00A0 included) is collapsed to
//     one space within a line, and the result is NFC.
//
// The title is the title element's text, else og:title, else <title>. The
// date is a <time datetime> in the article, else a published-time meta tag,
// else JSON-LD datePublished, normalized by normalizeDate.
func htmlText(raw []byte, contentType string) (p page, err error) {
	defer func() {
		// The parser and selector libraries are not ours; a panic on odd
		// input must become an error for this page, not end the batch.
		if r := recover(); r != nil {
			p, err = page{}, fmt.Errorf("corpus: html: internal error: %v", r)
		}
	}()
	b := decodeHTML(raw, contentType)
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return tokenText(b), nil
	}
	return extractPage(root), nil
}

// decodeHTML returns the page as valid UTF-8 in NFC; see htmlText. NFC
// comes before parsing so that labels, counters and titles compare equal
// whatever the page's normalization form: Windows-1258 decodes to base
// letters and combining tone marks.
func decodeHTML(b []byte, contentType string) []byte {
	b = toUTF8(b, contentType)
	if !isNFCStable(b) && !norm.NFC.IsNormal(b) {
		b = norm.NFC.Bytes(b)
	}
	return b
}

// toUTF8 returns the page as valid UTF-8; see htmlText.
func toUTF8(b []byte, contentType string) []byte {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return bytes.ToValidUTF8(b[len(bomUTF8):], []byte("\uFFFD"))
	case bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE):
		if u, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b); err == nil {
			return bytes.ToValidUTF8(u, []byte("\uFFFD"))
		}
	case utf8.Valid(b):
		return b // ASCII, or UTF-8 whatever the page claims
	}
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if name == "utf-8" && certain {
		// The HTTP header says UTF-8 and the bytes are not: servers label
		// legacy pages with their own default. Read the page's own label.
		enc, name, certain = charset.DetermineEncoding(b, "")
	}
	if !certain && name == "windows-1252" {
		// The charset comes from a meta tag in the first 1024 bytes, or is
		// the parser's default. Look further for a meta tag (heads full of
		// scripts push it down), and when the page declares nothing, take
		// the Vietnamese code page: its letters are the ones that differ.
		switch start, end := metaCharset(b[:min(len(b), 64<<10)]); {
		case start < 0:
			enc, name = charmap.Windows1258, "windows-1258"
		case end > 1024:
			enc, name, _ = charset.DetermineEncoding(b[start:], "")
		}
	}
	if name != "utf-8" && enc != nil {
		if u, err := enc.NewDecoder().Bytes(b); err == nil {
			b = u
		}
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// metaCharset returns where the first <meta> tag of head that names a
// charset starts and ends, or -1, -1.
func metaCharset(head []byte) (start, end int) {
	for off := 0; ; {
		i := indexFold(head[off:], "<meta")
		if i < 0 {
			return -1, -1
		}
		start = off + i
		end = len(head)
		if k := bytes.IndexByte(head[start:], '>'); k >= 0 {
			end = start + k + 1
		}
		if indexFold(head[start:end], "charset") >= 0 {
			return start, end
		}
		off = end
	}
}

// indexFold returns the index of the first ASCII-case-insensitive match of
// the lower-case word in b, or -1.
func indexFold(b []byte, word string) int {
	for i := 0; i+len(word) <= len(b); i++ {
		if b[i]|0x20 == word[0] && bytes.EqualFold(b[i:i+len(word)], []byte(word)) {
			return i
		}
	}
	return -1
}

// Block elements and how they break text: 2 is a paragraph break (a blank
// line), 1 a line break.
var blockLevel = map[atom.Atom]int{
	atom.Address: 2, atom.Article: 2, atom.Aside: 2, atom.Blockquote: 2, atom.Body: 2,
	atom.Caption: 2, atom.Center: 2, atom.Details: 2, atom.Dialog: 2, atom.Dir: 2,
	atom.Div: 2, atom.Dl: 2, atom.Fieldset: 2, atom.Figcaption: 2, atom.Figure: 2,
	atom.Footer: 2, atom.Form: 2, atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2,
	atom.H5: 2, atom.H6: 2, atom.Header: 2, atom.Hgroup: 2, atom.Hr: 2, atom.Html: 2,
	atom.Legend: 2, atom.Main: 2, atom.Menu: 2, atom.Nav: 2, atom.Ol: 2, atom.P: 2,
	atom.Pre: 2, atom.Section: 2, atom.Summary: 2, atom.Table: 2, atom.Tbody: 2,
	atom.Tfoot: 2, atom.Thead: 2, atom.Tr: 2, atom.Ul: 2, atom.Frameset: 2,
	// Items and cells: a line each.
	atom.Li: 1, atom.Td: 1, atom.Th: 1, atom.Dt: 1, atom.Dd: 1, atom.Option: 1,
}

// skipTags are never rendered: they hold no visible article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Map: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
	atom.Head: true, atom.Title: true, atom.Math: true,
}

// dropSelector selects the elements removed before scoring. <form> is kept:
// ASP.NET pages wrap their whole body in one.
const dropSelector = "script, style, noscript, template, iframe, object, embed, svg, canvas, " +
	"video, audio, map, input, select, textarea, button, nav, footer, aside, menu, dialog, " +
	"[hidden], [style*='display:none'], [style*='display: none']"

// Selectors, compiled once: goquery's Find compiles its selector string on
// every call.
var (
	selDrop    = compile(dropSelector)
	selHeader  = compile("header")
	selArticle = compile("article")
	selBody    = compile("body")
	selTitle   = compile("title")
	selMeta    = compile("meta, [itemprop]")
	selJSONLD  = compile(`script[type="application/ld+json"]`)
	selClassID = compile("[class], [id]")
)

// selector is a CSS selector compiled once, for Selection.FindMatcher.
// goquery.Single is the exported way to compile one; it alters only
// MatchAll (to stop at the first match), so MatchAll is redone here.
type selector struct{ goquery.Matcher }

func compile(sel string) selector { return selector{goquery.Single(sel)} }

// MatchAll returns n and its descendants that match, in document order.
func (s selector) MatchAll(n *html.Node) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && s.Match(c) {
			out = append(out, c)
		}
		return true
	})
	return out
}

// boilerClass matches class and id values of page furniture (lower case).
var boilerClass = regexp.MustCompile(`(?:^|[^a-z])(?:nav|navbar|navigation|menu|mainmenu|topmenu|submenu|sidebar|side-bar|sidebox|breadcrumbs?|share|sharing|social|counter|visitors?|statistics?|stats|poll|survey|vote|related|relate|lienquan|lien-quan|tinlienquan|tin-lien-quan|tinkhac|tin-khac|othernews|other-news|samecategory|cungchuyenmuc|comments?|binhluan|binh-luan|mostread|most-read|mostview|most-view|docnhieu|doc-nhieu|xemnhieu|xem-nhieu|tags?|keywords?|advert|advertisement|ads|adv|banner|quangcao|quang-cao|widget|hotline|login|search|popup|modal|cookie|copyright|rating|footer|subscribe|newsletter)(?:$|[^a-z])`)

// contentClass matches class and id values of article containers (lower case).
var contentClass = regexp.MustCompile(`article|body|content|entry|main|news|post|story|text|detail|chitiet|chi-tiet|noidung|noi-dung|baiviet|bai-viet`)

// listLabels are headings (lower case, NFC) that introduce lists of links
// to other articles, not the article itself.
var listLabels = map[string]bool{
	"tin liên quan": true, "tin bài liên quan": true, "bài liên quan": true, // related news
	"bài viết liên quan": true, "các bài liên quan": true, "các tin liên quan": true,
	"tin khác": true, "các tin khác": true, "tin tức khác": true, "tin bài khác": true, // other news
	"bài viết khác": true, "các bài viết khác": true, "tin cùng loại": true,
	"cùng chuyên mục": true, "tin cùng chuyên mục": true, "bài cùng chuyên mục": true, // same section
	"tin đã đưa": true, "các tin đã đưa": true, "tin cũ hơn": true, "các tin cũ hơn": true, // earlier news
	"tin mới": true, "tin mới nhất": true, "tin mới hơn": true, "các tin mới hơn": true, // latest news
	"đọc nhiều": true, "đọc nhiều nhất": true, "tin đọc nhiều": true, // most read
	"xem nhiều": true, "xem nhiều nhất": true, "tin xem nhiều": true, // most viewed
	"tin nổi bật": true, "tin tiêu điểm": true, "tin nên đọc": true, // highlights
	"có thể bạn quan tâm": true, "bạn có thể quan tâm": true, "xem thêm": true, // see also
}

// counterText matches the whole text of a visitor counter: "Đang truy cập:
// 199 Hôm nay: 1,095 Tất cả: 385,016" (now visiting, today, all) or "109
// Người đang Online" (people online). It must match the whole element, so
// a sentence that mentions visits is never removed.
var counterText = regexp.MustCompile(`^(?:(?:(?:số |tổng |tổng số )?(?:lượt truy cập|người truy cập)|đang truy cập|đang online|đang trực tuyến|trực tuyến|online|khách|thành viên|hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|năm nay|tất cả|tổng cộng|tổng|truy cập|lượt xem|visitors?|hits|today|total)\s*:?\s*[\d.,]+\s*)+$|^[\d.,]+\s*(?:người|khách|thành viên|users?|visitors?)?\s*(?:đang\s+)?(?:online|truy cập|trực tuyến)$`)

// extractPage runs steps 3 to 7 of htmlText on a parsed page.
func extractPage(root *html.Node) page {
	doc := goquery.NewDocumentFromNode(root)
	ogTitle, titleTag, metaDate := pageMeta(doc)
	ldDate := jsonLDDate(doc)

	clean(doc)
	body := root
	if b := doc.FindMatcher(selBody).First(); b.Length() > 0 {
		body = b.Nodes[0]
	}
	s := newScorer(body)
	content := s.best()
	titleRef := ogTitle
	if titleRef == "" {
		titleRef = titleTag
	}
	title := s.titleElement(content, titleRef)

	w := textWriter{title: title, size: s.text}
	w.b.Grow(s.text[content] + s.text[content]/4) // spaces are not counted in s.text
	if title != nil && s.end[title] < s.start[content] {
		w.node(title)
		w.breakLine(2)
		for _, p := range s.paras {
			if p.first <= s.end[title] || p.first >= s.start[content] {
				continue
			}
			if p.runes > 1000 || p.link*10 > p.text*3 || !p.digit {
				continue // not a date line or a lead: a share bar, a link row
			}
			for _, n := range p.nodes {
				w.node(n)
			}
			w.breakLine(2)
		}
	}
	w.node(content)

	var p page
	p.text, p.blocks = w.finish()
	switch {
	case title != nil:
		p.title = collapse(textOf(title))
	case ogTitle != "":
		p.title = ogTitle
	default:
		p.title = titleTag
	}
	p.title = norm.NFC.String(p.title)
	p.published = s.timeIn(content, title)
	if p.published == "" {
		p.published = metaDate
	}
	if p.published == "" {
		p.published = ldDate
	}
	return p
}

// metaDateKeys are the meta names, properties and itemprops that carry a
// publication time, most trusted first.
var metaDateKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "pubdate",
	"publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
	"dc.date", "date",
}

// pageMeta returns og:title, the <title> text and the first publication
// date found in meta tags (or elements with itemprop="datePublished").
func pageMeta(doc *goquery.Document) (ogTitle, titleTag, date string) {
	titleTag = collapse(doc.FindMatcher(selTitle).First().Text())
	found := map[string]string{}
	doc.FindMatcher(selMeta).Each(func(_ int, m *goquery.Selection) {
		content, ok := m.Attr("content")
		if !ok {
			content, ok = m.Attr("datetime")
		}
		if !ok {
			return
		}
		for _, attr := range []string{"property", "name", "itemprop"} {
			key := strings.ToLower(strings.TrimSpace(m.AttrOr(attr, "")))
			if key == "og:title" && ogTitle == "" {
				ogTitle = collapse(content)
			}
			if _, seen := found[key]; key != "" && !seen {
				found[key] = content
			}
		}
	})
	for _, k := range metaDateKeys {
		if d := normalizeDate(found[k]); d != "" {
			return ogTitle, titleTag, d
		}
	}
	return ogTitle, titleTag, ""
}

// jsonLDDate returns the first datePublished in the page's JSON-LD blocks.
func jsonLDDate(doc *goquery.Document) string {
	var date string
	doc.FindMatcher(selJSONLD).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			date = normalizeDate(findKey(v, "datePublished", 0))
		}
		return date == ""
	})
	return date
}

// findKey returns the first string value of key in a decoded JSON value.
func findKey(v any, key string, depth int) string {
	if depth > 20 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok {
			return s
		}
		for _, c := range v {
			if s := findKey(c, key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range v {
			if s := findKey(c, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// clean removes boilerplate from the page (step 4 of htmlText). It returns
// the number of nodes visited while removing link lists, which tests use to
// check that the work grows linearly with the page.
func clean(doc *goquery.Document) int {
	doc.FindMatcher(selDrop).Remove()
	doc.FindMatcher(selHeader).FilterFunction(func(_ int, s *goquery.Selection) bool {
		return s.ParentsMatcher(selArticle).Length() == 0
	}).Remove()

	body := doc.FindMatcher(selBody).First()
	bodyLen := 0
	if body.Length() > 0 {
		bodyLen, _ = linkStats(body.Nodes[0])
	}
	var boiler []*html.Node
	body.FindMatcher(selClassID).Each(func(_ int, s *goquery.Selection) {
		attrs := strings.ToLower(s.AttrOr("class", "") + " " + s.AttrOr("id", ""))
		if boilerClass.MatchString(attrs) {
			boiler = append(boiler, s.Nodes[0])
		}
	})
	for _, n := range boiler {
		if n.Parent == nil {
			continue // inside an element removed before
		}
		// Keep an element that holds most of the page, or prose under a
		// content-like name: a wrapper with an unlucky name
		// ("post-content has-sidebar") is not furniture.
		text, link := linkStats(n)
		attrs := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		if 2*text > bodyLen || contentClass.MatchString(attrs) && text-link >= 500 {
			continue
		}
		n.Parent.RemoveChild(n)
	}

	var counters, labels []*html.Node
	short := shortTexts(doc.Nodes[0])
	walk(doc.Nodes[0], func(n *html.Node) bool {
		t, ok := short[n]
		if !ok || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			return true
		}
		if len(t) > 200 {
			return true
		}
		c := strings.ToLower(collapse(t))
		if strings.ContainsAny(c, "0123456789") && counterText.MatchString(c) {
			counters = append(counters, n)
			return false
		}
		if len(c) <= 60 && listLabels[strings.Trim(c, " :.-–»›•|")] {
			labels = append(labels, n)
			return false
		}
		return true
	})
	for _, n := range counters {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	if len(labels) == 0 {
		return 0
	}
	ls := newLinkSizes(doc.Nodes[0])
	for _, n := range labels {
		ls.removeList(n)
	}
	return ls.work
}

// shortTexts returns the text of every element under root whose text is
// at most 300 bytes, building each from its children's once.
func shortTexts(root *html.Node) map[*html.Node]string {
	const limit = 300
	short := map[*html.Node]string{}
	var f func(n *html.Node) (string, bool)
	f = func(n *html.Node) (string, bool) {
		switch n.Type {
		case html.TextNode:
			return n.Data, len(n.Data) <= limit
		case html.ElementNode:
			if skipTags[n.DataAtom] {
				return "", true
			}
		case html.DocumentNode:
		default:
			return "", true
		}
		var b strings.Builder
		ok := true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, cok := f(c)
			if ok = ok && cok && b.Len()+len(t) <= limit; ok {
				b.WriteString(t)
			}
		}
		if ok && n.Type == html.ElementNode {
			short[n] = b.String()
		}
		return b.String(), ok
	}
	f(root)
	return short
}

// linkSize is what linkStats returns for one element: its bytes of
// non-space text and how many of them are inside links.
type linkSize struct{ text, link int }

// linkSizes holds the linkStats of every element of a tree, computed once
// bottom-up and kept up to date as removeList removes elements, so that
// removing many lists costs time linear in the page rather than a recount
// of the article per list.
type linkSizes struct {
	size map[*html.Node]linkSize
	work int // nodes visited, for tests
}

// newLinkSizes computes the linkStats of every element under root.
func newLinkSizes(root *html.Node) *linkSizes {
	ls := &linkSizes{size: map[*html.Node]linkSize{}}
	var f func(n *html.Node) linkSize
	f = func(n *html.Node) linkSize {
		ls.work++
		switch n.Type {
		case html.TextNode:
			k := nonSpace(n.Data)
			return linkSize{k, 0}
		case html.ElementNode:
			if skipTags[n.DataAtom] {
				ls.size[n] = linkSize{}
				return linkSize{}
			}
		}
		var s linkSize
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := f(c)
			s.text += cs.text
			s.link += cs.link
		}
		if n.DataAtom == atom.A && n.Type == html.ElementNode {
			s.link = s.text
		}
		if n.Type == html.ElementNode {
			ls.size[n] = s
		}
		return s
	}
	f(root)
	return ls
}

// remove detaches n from its parent and takes its text out of the sizes of
// its ancestors. An ancestor inside a link counts all of n's text as link
// text; an ancestor inside a skipped element never counted it.
func (ls *linkSizes) remove(n *html.Node) {
	s := ls.size[n]
	if n.Type == html.TextNode {
		s = linkSize{nonSpace(n.Data), 0}
	}
	inLink := false
	for a := n.Parent; a != nil; a = a.Parent {
		ls.work++
		if a.Type == html.ElementNode && skipTags[a.DataAtom] {
			break
		}
		inLink = inLink || a.Type == html.ElementNode && a.DataAtom == atom.A
		as := ls.size[a]
		as.text -= s.text
		if inLink {
			as.link -= s.text
		} else {
			as.link -= s.link
		}
		ls.size[a] = as
	}
	n.Parent.RemoveChild(n)
}

// removeList removes a list of links introduced by the label element: the
// largest ancestor of the label that is still mostly links, and the link
// lists that follow it.
func (ls *linkSizes) removeList(label *html.Node) {
	if label.Parent == nil {
		return // already removed with an earlier list
	}
	labelLen := len(textOf(label))
	cur := label
	for p := cur.Parent; p != nil && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = p.Parent {
		ls.work++
		s := ls.size[p]
		rest := s.text - labelLen
		if rest > 0 && s.link*10 < rest*4 {
			break // the parent holds more than the list
		}
		cur = p
	}
	for sib := cur.NextSibling; sib != nil; {
		ls.work++
		next := sib.NextSibling
		if sib.Type == html.ElementNode {
			s := ls.size[sib]
			if s.text == 0 || s.link*10 < s.text*4 {
				break
			}
			ls.remove(sib)
		} else if strings.TrimSpace(sib.Data) != "" {
			break
		}
		sib = next
	}
	if cur.Parent != nil {
		ls.remove(cur)
	}
}

// walk calls f on n and its descendants in document order; f returns false
// to skip a node's descendants.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		walk(c, f)
		c = next
	}
}

// textOf returns the raw text of n and its descendants, without the
// contents of skipped elements.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return c.Type != html.ElementNode || !skipTags[c.DataAtom]
	})
	return b.String()
}

// linkStats returns the bytes of non-space text under n and how many of
// them are inside links.
func linkStats(n *html.Node) (text, link int) {
	var f func(n *html.Node, inLink bool)
	f = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			k := nonSpace(n.Data)
			text += k
			if inLink {
				link += k
			}
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] {
				return
			}
			inLink = inLink || n.DataAtom == atom.A
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c, inLink)
		}
	}
	f(n, false)
	return text, link
}

// nonSpace counts the bytes of s that are not white space.
func nonSpace(s string) int {
	k := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			k += utf8.RuneLen(r)
		}
	}
	return k
}

// collapse trims s and collapses its white space runs into single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// attrOK returns the value of n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
