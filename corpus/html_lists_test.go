package corpus

import (
	"fmt"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// listPage returns a page of n sections, each a paragraph of prose
// followed by a "Tin khác" label and its list of links, some lists nested
// in a link, some labels bare paragraphs inside the article.
func listPage(n int) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Trang thử</title></head><body><article>")
	for i := range n {
		fmt.Fprintf(&b, "<p>Đoạn %d: huyện miền núi đã hỗ trợ %d hộ vay vốn tạo việc làm, tăng %d%% so với năm trước.</p>", i, 100+i, i%30)
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "<div><h3>Tin khác</h3><ul><li><a href='/a%d'>Bài một số %d</a></li><li><a href='/b%d'>Bài hai</a></li></ul></div>", i, i, i)
		case 1:
			fmt.Fprintf(&b, "<p>Xem thêm:</p><ul><li><a href='/c%d'>Tin cũ số %d</a></li></ul><ul><li><a href='/d%d'>Tin nữa</a></li></ul>", i, i, i)
		default:
			fmt.Fprintf(&b, "<a href='/e%d'><div><span>Tin liên quan</span><p>Một bài đã đăng</p></div></a><script>var x=%d;</script>", i, i)
		}
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// TestRemoveListLinear counts the nodes clean visits while removing link
// lists: a page with four times the labels must take about four times the
// work, where recounting the article for each label took sixteen.
func TestRemoveListLinear(t *testing.T) {
	work := func(n int) int {
		root, err := html.Parse(strings.NewReader(listPage(n)))
		require.NoError(t, err)
		return clean(goquery.NewDocumentFromNode(root))
	}
	small, large := work(300), work(1200)
	require.Positive(t, small)
	ratio := float64(large) / float64(small)
	assert.InDelta(t, 4.0, ratio, 0.5, "work %d for 300 labels, %d for 1200", small, large)
}

// TestLinkSizesKept checks that the sizes removeList keeps up to date
// equal what linkStats counts afresh after every removal, so that the
// decisions, and the text, are those of a recount.
func TestLinkSizesKept(t *testing.T) {
	root, err := html.Parse(strings.NewReader(listPage(12)))
	require.NoError(t, err)
	var labels []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && listLabels[strings.ToLower(strings.Trim(collapse(textOf(n)), " :"))] &&
			n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			labels = append(labels, n)
			return false
		}
		return true
	})
	require.Len(t, labels, 12)
	ls := newLinkSizes(root)
	for _, l := range labels {
		ls.removeList(l)
		walk(root, func(n *html.Node) bool {
			if n.Type == html.ElementNode {
				text, link := linkStats(n)
				require.Equal(t, linkSize{text, link}, ls.size[n], "%s after removing the list of %q", n.Data, textOf(l))
			}
			return true
		})
	}
	p, err := htmlText([]byte(listPage(4)), "")
	require.NoError(t, err)
	assert.NotContains(t, p.text, "Tin khác")
	assert.NotContains(t, p.text, "Bài một số")
	assert.Contains(t, p.text, "Đoạn 3: huyện miền núi")
}
