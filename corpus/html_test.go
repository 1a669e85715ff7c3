package corpus

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.txt from the current HTML-to-text output")

// TestHTMLGolden turns each testdata/*.html page into text and compares it
// with testdata/NAME.golden.txt. The golden file starts with the title and
// the publication date, one per line, then a blank line, then the text.
func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			p, err := htmlText(raw, "")
			require.NoError(t, err)
			got := "title: " + p.title + "\npublished: " + p.published + "\n\n" + p.text + "\n"
			golden := strings.TrimSuffix(path, ".html") + ".golden.txt"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), got)
		})
	}
}

// TestHTMLText checks single features of HTML-to-text on small pages.
func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, page, contentType string
		title, text, published  string
	}{{
		name:  "inline elements do not break",
		page:  `<p>Năm <b>2023</b> tỉnh<i>đã</i> tạo <a href="#">việc làm</a> cho 27.300 người.</p>`,
		title: "", text: "Năm 2023 tỉnhđã tạo việc làm cho 27.300 người.",
	}, {
		name: "blocks become paragraphs",
		page: `<div><p>Đoạn một có 12 người.</p><p>Đoạn hai có 13 người.</p><h2>Mục</h2>Chữ trần</div>`,
		text: "Đoạn một có 12 người.\n\nĐoạn hai có 13 người.\n\nMục\n\nChữ trần",
	}, {
		name: "br breaks a line, two br a paragraph",
		page: `<div>một<br>hai<br/><br>ba<br><br><br>bốn</div>`,
		text: "một\nhai\n\nba\n\nbốn",
	}, {
		name: "cells and items are lines",
		page: `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><ul><li>d</li><li>e</li></ul>`,
		text: "a\nb\n\nc\n\nd\ne",
	}, {
		name: "white space and nbsp collapse",
		page: "<p>  5&nbsp;000\u00a0\u00a0người \t\n và   12%  </p>",
		text: "5 000 người và 12%",
	}, {
		name: "entities are decoded",
		page: `<p>LĐ-TB&amp;XH &#7897; &lt;b&gt; &quot;x&quot; &#8211; &hellip;</p>`,
		text: "LĐ-TB&XH ộ <b> \"x\" – …",
	}, {
		name: "scripts, styles and hidden elements are dropped",
		page: `<p>Có<script>var x="không"</script><style>p{}</style> chữ<span hidden>ẩn</span><span style="display: none">ẩn</span>.</p>`,
		text: "Có chữ.",
	}, {
		name: "text is NFC",
		page: "<p>Hoa\u0300 Bi\u0300nh</p>",
		text: "Hoà Bình",
	}, {
		name:  "title from h1, date from time element",
		page:  `<title>Tiêu đề trang - Báo</title><meta property="article:published_time" content="2020-01-01"><article><h1>Tiêu đề trang</h1><time datetime="2021-02-03T04:05:06Z">3/2</time><p>Nội dung bài viết dài hơn hai mươi lăm ký tự, có dấu phẩy, thật.</p></article>`,
		title: "Tiêu đề trang", published: "2021-02-03T11:05:06", // in Vietnam's time
		text: "Tiêu đề trang\n\n3/2\n\nNội dung bài viết dài hơn hai mươi lăm ký tự, có dấu phẩy, thật.",
	}, {
		name:  "title from a title-classed block when <title> names the site",
		page:  `<title>Cổng thông tin điện tử tỉnh</title><div class="menu"><a href="/">Trang chủ</a></div><div class="tieude">Huyện tạo việc làm cho 1.200 lao động</div><div class="noidung"><p>Năm 2024, huyện đã tạo việc làm cho 1.200 lao động, vượt kế hoạch đề ra.</p></div>`,
		title: "Huyện tạo việc làm cho 1.200 lao động",
		text:  "Huyện tạo việc làm cho 1.200 lao động\n\nNăm 2024, huyện đã tạo việc làm cho 1.200 lao động, vượt kế hoạch đề ra.",
	}, {
		name:  "title from og:title, date from meta",
		page:  `<meta property="og:title" content="Tin A"><title>Trang</title><meta name="pubdate" content="28/02/2019 10:03"><p>Không có thẻ tiêu đề trong nội dung, chỉ có đoạn văn này.</p>`,
		title: "Tin A", published: "2019-02-28T10:03",
		text: "Không có thẻ tiêu đề trong nội dung, chỉ có đoạn văn này.",
	}, {
		name:  "title from title tag, date from JSON-LD",
		page:  `<title>Trang tin</title><script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2018-07-01"}]</script><p>Đoạn văn đủ dài để được chọn làm nội dung chính của trang.</p>`,
		title: "Trang tin", published: "2018-07-01",
		text: "Đoạn văn đủ dài để được chọn làm nội dung chính của trang.",
	}, {
		name:        "HTTP charset wins over meta",
		page:        "<meta charset=\"utf-8\"><p>Caf\xe9 au lait, m\xeame chose, tr\xe8s bien.</p>",
		contentType: "text/html; charset=iso-8859-1",
		text:        "Café au lait, même chose, très bien.",
	}, {
		name:        "valid UTF-8 wins over a wrong label",
		page:        `<meta charset="windows-1252"><p>Việc làm cho 1.000 người.</p>`,
		contentType: "",
		text:        "Việc làm cho 1.000 người.",
	}, {
		name: "no charset and not UTF-8 reads as windows-1252",
		page: "<p>Na\xefve caf\xe9 \x93quoted\x94</p>",
		text: "Naïve café “quoted”",
	}, {
		name:        "an HTTP claim of UTF-8 that the bytes belie gives way to meta",
		page:        cp1258(`<meta charset="windows-1258"><p>Việc làm.</p>`),
		contentType: "text/html; charset=UTF-8",
		text:        "Việc làm.",
	}, {
		name: "no charset and not UTF-8 reads as windows-1258",
		page: cp1258("<p>Việc làm cho 1.000 người.</p>"),
		text: "Việc làm cho 1.000 người.",
	}, {
		name: "a script's charset attribute is no declaration",
		page: cp1258(`<script charset="utf-8" src="a.js"></script><p>Việc làm.</p>`),
		text: "Việc làm.",
	}, {
		name: "meta charset after the first 1024 bytes",
		page: "<head><script>" + strings.Repeat("var x = 1;\n", 120) + "</script><meta charset=\"iso-8859-1\"></head><p>Caf\xe9 cr\xe8me.</p>",
		text: "Café crème.",
	}, {
		name: "related list under a Windows-1258 label dropped",
		page: cp1258(`<meta charset="windows-1258"><div class="content"><p>Bài chính nói về 3.000 lao động được hỗ trợ, kinh phí 2 tỷ đồng.</p>` +
			`<b>Bài viết liên quan</b><ul><li><a href="/1">Bài khác</a></li><li><a href="/2">Bài nữa</a></li></ul></div>`),
		text: "Bài chính nói về 3.000 lao động được hỗ trợ, kinh phí 2 tỷ đồng.",
	}, {
		name:      "time element without datetime gives its text",
		page:      `<article><h1>Tin</h1><time>28/02/2019 10:03</time><p>Nội dung bài viết dài hơn hai mươi lăm ký tự, có dấu phẩy.</p></article>`,
		title:     "Tin",
		published: "2019-02-28T10:03",
		text:      "Tin\n\n28/02/2019 10:03\n\nNội dung bài viết dài hơn hai mươi lăm ký tự, có dấu phẩy.",
	}, {
		name: "visitor counter dropped, sentence about visits kept",
		page: `<div><p>Cổng có 2 triệu lượt truy cập trong năm, tăng mạnh so với năm trước.</p></div><div>Đang truy cập: 12<br>Hôm nay: 1.300<br>Tất cả: 99.999</div><div>58 người đang online</div>`,
		text: "Cổng có 2 triệu lượt truy cập trong năm, tăng mạnh so với năm trước.",
	}, {
		name: "related list under a label dropped",
		page: `<div class="content"><p>Bài chính nói về 3.000 lao động được hỗ trợ, kinh phí 2 tỷ đồng.</p><p>Đoạn thứ hai của bài chính, vẫn còn nội dung, rất dài.</p><b>Tin liên quan</b><ul><li><a href="/1">Bài khác số một nói về việc làm</a></li><li><a href="/2">Bài khác số hai</a></li></ul></div>`,
		text: "Bài chính nói về 3.000 lao động được hỗ trợ, kinh phí 2 tỷ đồng.\n\nĐoạn thứ hai của bài chính, vẫn còn nội dung, rất dài.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlText([]byte(tt.page), tt.contentType)
			require.NoError(t, err)
			assert.Equal(t, tt.text, p.text, "text")
			assert.Equal(t, tt.title, p.title, "title")
			assert.Equal(t, tt.published, p.published, "published")
		})
	}
}

// TestHTMLDateOrder checks the order of trust among the page's dates:
// <time> in the article, then article:published_time, then JSON-LD
// datePublished. The visible date line is left in the text, where the
// extractor reads it when Published is empty.
func TestHTMLDateOrder(t *testing.T) {
	const (
		timeTag = `<time datetime="2021-01-01T08:00:00+07:00">1/1/2021</time>`
		meta    = `<meta property="article:published_time" content="2022-02-02">`
		jsonLD  = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-03"}</script>`
		line    = `<p class="date">04/04/2024</p>`
	)
	tests := []struct {
		name      string
		parts     []string
		published string
	}{
		{"all", []string{timeTag, meta, jsonLD, line}, "2021-01-01T08:00:00"},
		{"no time", []string{meta, jsonLD, line}, "2022-02-02"},
		{"JSON-LD and date line", []string{jsonLD, line}, "2023-03-03"},
		{"date line only", []string{line}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var head, body string
			for _, p := range tt.parts {
				if strings.HasPrefix(p, "<meta") || strings.HasPrefix(p, "<script") {
					head += p
				} else {
					body += p
				}
			}
			page := "<html><head><title>Tin</title>" + head + "</head><body><article><h1>Tin</h1>" + body +
				"<p>Nội dung bài viết dài hơn hai mươi lăm ký tự, có dấu phẩy, thật.</p></article>" +
				`<aside><time datetime="2020-12-12">tin khác</time></aside></body></html>`
			p, err := htmlText([]byte(page), "")
			require.NoError(t, err)
			assert.Equal(t, tt.published, p.published)
			if strings.Contains(body, "04/04/2024") {
				assert.Contains(t, p.text, "04/04/2024", "the date line stays in the text")
			}
		})
	}
}

// cp1258 encodes s in Windows-1258, whose Vietnamese letters are base
// letters plus combining tone marks, as legacy pages were written. It
// panics on a rune the code page cannot spell.
func cp1258(s string) string {
	var enc []byte
	for _, r := range s {
		if b, ok := charmap.Windows1258.EncodeRune(r); ok {
			enc = append(enc, b)
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		base, marks := d[0], d[1:]
		// Fold one mark into the base when the code page has the result
		// (â, ê, ô, ơ, ư); the tone mark stays combining.
		for i, m := range marks {
			c := []rune(norm.NFC.String(string([]rune{base, m})))
			if _, ok := charmap.Windows1258.EncodeRune(c[0]); ok && len(c) == 1 {
				base, marks = c[0], slices.Delete(slices.Clone(marks), i, i+1)
				break
			}
		}
		for _, x := range append([]rune{base}, marks...) {
			b, ok := charmap.Windows1258.EncodeRune(x)
			if !ok {
				panic(fmt.Sprintf("cp1258: rune %U", x))
			}
			enc = append(enc, b)
		}
	}
	return string(enc)
}

// TestHTMLWindows1258 encodes a page as Windows-1258 and checks that the
// text comes back composed (NFC).
func TestHTMLWindows1258(t *testing.T) {
	want := "Ngành Lao động – Thương binh và Xã hội tổ chức hội nghị"
	enc := cp1258(want)
	require.NotEqual(t, want, enc)
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>` + enc + "</p></body></html>"
	p, err := htmlText([]byte(page), "")
	require.NoError(t, err)
	assert.Equal(t, want, p.text)
	assert.True(t, norm.NFC.IsNormalString(p.text), "text is NFC")
}

// TestHTMLDeepNesting feeds a page nested far deeper than the HTML parser
// accepts; the tokenizer fallback must still return its text, quickly.
func TestHTMLDeepNesting(t *testing.T) {
	const n = 100000
	page := "<html><head><title>Sâu</title></head><body>" + strings.Repeat("<div>", n) +
		"Văn bản ở tầng sâu nhất: 42 người." + strings.Repeat("</div>", n) + "</body></html>"
	docs, errs := collect(t, Open("deep.html", strings.NewReader(page)))
	require.Empty(t, errs)
	require.Len(t, docs, 1)
	assert.Equal(t, "Văn bản ở tầng sâu nhất: 42 người.", docs[0].Text)
	assert.Equal(t, "Sâu", docs[0].Title)
}

// TestNormalizeDate covers the date forms found in page metadata.
func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-02-28T10:03:00+07:00", "2019-02-28T10:03:00"},
		{"2019-02-28T10:03+07:00", "2019-02-28T10:03"},
		{"2019-02-28T10:03:00.123Z", "2019-02-28T17:03:00"},
		{"2019-02-27T20:00:00Z", "2019-02-28T03:00:00"},
		{"2019-02-28T03:03:00+00:00", "2019-02-28T10:03:00"},
		{"2019-02-28T20:03-05:00", "2019-03-01T08:03"},
		{"2019-02-28T10:03:00 GMT+7", "2019-02-28T10:03:00"},
		{"2019-02-28Z", "2019-02-28"},
		{"Thu, 28 Feb 2019 10:03:00 GMT", "2019-02-28T17:03:00"},
		{"Thu, 28 Feb 2019 10:03:00 ICT", "2019-02-28T10:03:00"},
		{"2019-02-28 10:03:00", "2019-02-28T10:03:00"},
		{"2019-02-28", "2019-02-28"},
		{"2019/2/8", "2019-02-08"},
		{" 2019-02-28 ", "2019-02-28"},
		{"28/02/2019", "2019-02-28"},
		{"28-02-2019 10:03", "2019-02-28T10:03"},
		{"Thu, 28 Feb 2019 10:03:00 +0700", "2019-02-28T10:03:00"},
		{"2019-02-30", ""},
		{"2019-13-01", ""},
		{"31/04/2020", ""},
		{"hôm qua", ""},
		{"", ""},
		{"2019-02-28T25:00", "2019-02-28"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := normalizeDate(tt.in); got != tt.want {
				t.Errorf("normalizeDate(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

// relatedLine matches a link to another article with its date.
var relatedLine = regexp.MustCompile(`\(\d{1,2}/\d{1,2}/\d{4}[^)]*\)$`)

// seedsDir holds the shared seed articles, present in the project's
// workspace but not in every checkout.
const seedsDir = "../../shared"

// TestSeedsHTML extracts the five saved seed pages and checks the text
// against the seed text versions: body sentences and key figures present,
// boilerplate absent.
func TestSeedsHTML(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(seedsDir, "seeds-html", "*.html"))
	if len(pages) == 0 {
		t.Skip("no seed pages in " + seedsDir)
	}
	var all strings.Builder
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			docs, errs := collect(t, Walk([]string{path}, nil))
			require.Empty(t, errs)
			require.Len(t, docs, 1)
			doc := docs[0]
			assert.Equal(t, name, doc.ID)
			assert.True(t, doc.HTML)
			assert.NotEmpty(t, doc.Title)
			assert.True(t, utf8.ValidString(doc.Text) && norm.NFC.IsNormalString(doc.Text), "text is NFC UTF-8")
			all.WriteString(doc.Text)

			// Every long line of the text version is a body sentence and
			// must be in the extraction (white space aside).
			seed, err := os.ReadFile(filepath.Join(seedsDir, "seeds", name+".txt"))
			require.NoError(t, err)
			got := collapse(doc.Text)
			for _, line := range strings.Split(string(seed), "\n") {
				line = collapse(norm.NFC.String(line))
				// Long lines are body sentences, except the related-article
				// links that the text version kept ("Title(14/01/2021 ...)").
				if utf8.RuneCountInString(line) >= 120 && !relatedLine.MatchString(line) && !strings.Contains(got, line) {
					t.Errorf("body line missing from the extraction: %q", line)
				}
			}
			// The title and date line stay at the top.
			assert.True(t, strings.HasPrefix(doc.Text, doc.Title+"\n\n"), "text starts with the title")
			for _, junk := range []string{"Đang truy cập", "Người đang Online", "Tin liên quan", "Đọc nhiều",
				"Hội chợ việc làm lần thứ II", "18.400 lao động", "Trang chủ", "Bình luận", "Đường dây nóng", "Giấy phép"} {
				assert.NotContains(t, doc.Text, junk)
			}
		})
	}
	for _, figure := range []string{"36.000", "120.938,5", "trên 24.000", "18.923", "58.230"} {
		assert.Contains(t, all.String(), figure)
	}
}
