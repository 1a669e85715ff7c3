package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// blk is a block as the tests write it: kind, level and text.
type blk struct {
	kind  BlockKind
	level int
	text  string
}

func (b blk) String() string { return fmt.Sprintf("%s %d %q", b.kind, b.level, b.text) }

// blocksOf returns the blocks of a page as kind, level and text.
func blocksOf(text string, blocks []Block) []blk {
	var out []blk
	for _, b := range blocks {
		out = append(out, blk{b.Kind, b.Level, text[b.Start:b.End]})
	}
	return out
}

// checkBlocks checks the invariants of Document.Blocks: offsets within
// text and on rune boundaries, in order, not overlapping, trimmed, not
// empty, and every character of text that is not white space in a block.
func checkBlocks(t testing.TB, text string, blocks []Block) {
	t.Helper()
	prev := 0
	for i, b := range blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(text) {
			t.Fatalf("block %d [%d,%d) out of order or out of the text (%d bytes, previous end %d): %q", i, b.Start, b.End, len(text), prev, text)
		}
		if !utf8.RuneStart(text[b.Start]) || b.End < len(text) && !utf8.RuneStart(text[b.End]) {
			t.Fatalf("block %d [%d,%d) splits a character: %q", i, b.Start, b.End, text)
		}
		s := text[b.Start:b.End]
		if strings.TrimSpace(s) != s {
			t.Fatalf("block %d has surrounding space: %q", i, s)
		}
		if (b.Kind == Heading) != (b.Level >= 1 && b.Level <= 6) || b.Kind > Byline {
			t.Fatalf("block %d: kind %v with level %d", i, b.Kind, b.Level)
		}
		if gap := text[prev:b.Start]; strings.TrimSpace(gap) != "" {
			t.Fatalf("text outside blocks before block %d: %q", i, gap)
		}
		prev = b.End
	}
	if gap := text[prev:]; strings.TrimSpace(gap) != "" {
		t.Fatalf("text outside blocks at the end: %q", gap)
	}
}

// bodyPara is a paragraph long enough to be scored as body text.
const bodyPara = "Năm 2024, toàn huyện đã giải quyết việc làm cho 3.120 lao động, đạt 104% kế hoạch, trong đó 410 người đi làm việc ở nước ngoài."

// TestHTMLBlocks checks the kind, level and text of the blocks the HTML
// reader finds on small pages.
func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, page string
		want       []blk
	}{{
		name: "headings, paragraphs and list items",
		page: `<article><h1>Tiêu đề bài</h1><p>` + bodyPara + `</p><h2>1. Về lao động</h2><p>Đoạn có 12 người.</p>` +
			`<h3>Chi tiết</h3><ul><li>Mục một: 5 hộ</li><li>Mục <b>hai</b>: 7 hộ</li></ul></article>`,
		want: []blk{
			{Heading, 1, "Tiêu đề bài"}, {Paragraph, 0, bodyPara}, {Heading, 2, "1. Về lao động"},
			{Paragraph, 0, "Đoạn có 12 người."}, {Heading, 3, "Chi tiết"},
			{ListItem, 0, "Mục một: 5 hộ"}, {ListItem, 0, "Mục hai: 7 hộ"},
		},
	}, {
		name: "a title outside the article, a date line and a sapo",
		page: `<html><head><title>Huyện tạo việc làm - Báo Tỉnh</title></head><body>` +
			`<div class="detail-title">Huyện tạo việc làm</div><div class="post-date">Thứ hai, 12/02/2024 08:30</div>` +
			`<div class="content-detail"><h2 class="sapo">(Tỉnh) - Huyện vừa tổng kết năm 2024 với nhiều kết quả.</h2>` +
			`<p>` + bodyPara + `</p><p>` + bodyPara + `</p><p class="author">Trần Văn Bình</p></div></body></html>`,
		want: []blk{
			{Heading, 1, "Huyện tạo việc làm"}, {DateLine, 0, "Thứ hai, 12/02/2024 08:30"},
			{Lead, 0, "(Tỉnh) - Huyện vừa tổng kết năm 2024 với nhiều kết quả."},
			{Paragraph, 0, bodyPara}, {Paragraph, 0, bodyPara}, {Byline, 0, "Trần Văn Bình"},
		},
	}, {
		name: "time element, figure caption and bold lead",
		page: `<article><h1 class="article-title">Giảm nghèo bền vững</h1><p><time datetime="2024-03-05">05/03/2024</time></p>` +
			`<p><strong>Năm 2024, xã giảm 52 hộ nghèo, tỷ lệ hộ nghèo còn 1,8%, vượt chỉ tiêu đề ra.</strong></p>` +
			`<figure><img src="a.jpg"><figcaption>Ảnh: Cán bộ xã thăm hộ nghèo</figcaption></figure>` +
			`<p>` + bodyPara + `</p><p><strong>Một đoạn đậm khác, dài hơn sáu mươi byte, không còn là sapo nữa.</strong></p></article>`,
		want: []blk{
			{Heading, 1, "Giảm nghèo bền vững"}, {DateLine, 0, "05/03/2024"},
			{Lead, 0, "Năm 2024, xã giảm 52 hộ nghèo, tỷ lệ hộ nghèo còn 1,8%, vượt chỉ tiêu đề ra."},
			{Caption, 0, "Ảnh: Cán bộ xã thăm hộ nghèo"}, {Paragraph, 0, bodyPara},
			{Paragraph, 0, "Một đoạn đậm khác, dài hơn sáu mươi byte, không còn là sapo nữa."},
		},
	}, {
		name: "caption tables, image classes and bylines by itemprop",
		page: `<div class="noidung"><p class="lead">Sáng 3/4, tỉnh tổ chức hội nghị việc làm.</p>` +
			`<table class="tbl-image"><tr><td><img src="b.jpg"></td></tr><tr><td>Quang cảnh hội nghị</td></tr></table>` +
			`<p>` + bodyPara + `</p><div class="hinh-anh"><img src="c.jpg"><p>Người lao động nhận việc</p></div>` +
			`<p>` + bodyPara + `</p><p><span itemprop="author">Lê Thu</span></p></div>`,
		want: []blk{
			{Lead, 0, "Sáng 3/4, tỉnh tổ chức hội nghị việc làm."}, {Caption, 0, "Quang cảnh hội nghị"},
			{Paragraph, 0, bodyPara}, {Caption, 0, "Người lao động nhận việc"}, {Paragraph, 0, bodyPara},
			{Byline, 0, "Lê Thu"},
		},
	}, {
		name: "br splits paragraphs, one br does not",
		page: `<div>Dòng một<br>dòng hai<br><br>Đoạn sau</div><pre>a  b
c

d</pre>`,
		want: []blk{{Paragraph, 0, "Dòng một\ndòng hai"}, {Paragraph, 0, "Đoạn sau"}, {Paragraph, 0, "a b\nc"}, {Paragraph, 0, "d"}},
	}, {
		name: "a date inside a long paragraph does not make it a date line",
		page: `<p>Ngày <span class="date">12/3</span>, ` + bodyPara + `</p><p><span class="time">09:15</span> 12/3/2024</p>`,
		want: []blk{{Paragraph, 0, "Ngày 12/3, " + bodyPara}, {DateLine, 0, "09:15 12/3/2024"}},
	}, {
		name: "a container named like a caption but holding the article is not a caption",
		page: `<div class="image-box"><p>` + strings.Repeat(bodyPara+" ", 8) + `</p></div>`,
		want: []blk{{Paragraph, 0, strings.TrimSpace(strings.Repeat(bodyPara+" ", 8))}},
	}, {
		name: "cells and nested lists",
		page: `<table><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr></table><ul><li>Một<ul><li>Một a</li></ul></li><li>Hai</li></ul>`,
		want: []blk{
			{Paragraph, 0, "Chỉ tiêu"}, {Paragraph, 0, "Kết quả"},
			{ListItem, 0, "Một"}, {ListItem, 0, "Một a"}, {ListItem, 0, "Hai"},
		},
	}, {
		name: "text nodes that NFC joins keep their block offsets",
		page: "<p>Hoa<!---->\u0300 nở 12 bông</p><p>Đoạn hai có 5 người.</p>",
		want: []blk{{Paragraph, 0, "Hoà nở 12 bông"}, {Paragraph, 0, "Đoạn hai có 5 người."}},
	}, {
		name: "pages too deep for the parser get blocks from the tokenizer",
		page: "<html><body>" + strings.Repeat("<div>", 600) + "<h2>Mục sâu</h2><p>Đoạn sâu có 3 người.</p><ul><li>Mục</li></ul>",
		want: []blk{{Heading, 2, "Mục sâu"}, {Paragraph, 0, "Đoạn sâu có 3 người."}, {ListItem, 0, "Mục"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlText([]byte(tt.page), "")
			require.NoError(t, err)
			checkBlocks(t, p.text, p.blocks)
			assert.Equal(t, tt.want, blocksOf(p.text, p.blocks), "text:\n%s", p.text)
		})
	}
}

// TestBlockKindString checks the kinds' names.
func TestBlockKindString(t *testing.T) {
	var names []string
	for k := Paragraph; k <= Byline+1; k++ {
		names = append(names, k.String())
	}
	assert.Equal(t, []string{"paragraph", "heading", "dateline", "lead", "caption", "listitem", "byline", "BlockKind(7)"}, names)
}

// TestBlocksProperty checks the invariants of Blocks on the test pages,
// the seed pages and random pages built from fragments of markup.
func TestBlocksProperty(t *testing.T) {
	var pages [][]byte
	for _, pattern := range []string{"testdata/*.html", "testdata/broken/*.html", filepath.Join(seedsDir, "seeds-html", "*.html")} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			pages = append(pages, b)
		}
	}
	frags := []string{
		"<p>", "</p>", "<div class=sapo>", "<div class='post-date'>", "</div>", "<h2>", "</h2>", "<h1 class=title>",
		"<ul><li>", "</li>", "<li>", "</ul>", "<br>", "<br><br>", "<b>", "</b>", "<strong>", "</strong>", "<time>", "</time>",
		"<figure><figcaption>", "</figcaption></figure>", "<pre>", "</pre>", "<table><tr><td>", "</td><td>", "</table>",
		"<span class=author>", "</span>", "<!---->", " ", "\n", "&nbsp;", "\u0300", "\u00ad", "o", "Năm 2024", "12/3", "có 1.200 người,",
		bodyPara, "<script>x</script>", "<nav>menu</nav>", "<article>", "</article>",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		pages = append(pages, []byte(b.String()))
	}
	for i, page := range pages {
		p, err := htmlText(page, "")
		require.NoError(t, err)
		if p.text == "" {
			assert.Empty(t, p.blocks, "page %d", i)
			continue
		}
		checkBlocks(t, p.text, p.blocks)
	}
}

// TestReaderBlocks checks which readers fill Blocks: HTML files, JSON
// lines with an html field and WARC responses do; plain text, JSON lines
// with a text field and WARC text conversions do not.
func TestReaderBlocks(t *testing.T) {
	page := `<article><h1>Tin việc làm</h1><p>` + bodyPara + `</p></article>`
	want := []blk{{Heading, 1, "Tin việc làm"}, {Paragraph, 0, bodyPara}}
	jsonl := `{"id":"a","html":"` + strings.ReplaceAll(page, `"`, `\"`) + `"}` + "\n" + `{"id":"b","text":"Tin\n\nĐoạn có 3 người."}` + "\n"
	warc, _ := warcGz(t, warcResponse("http://x.vn/a", []byte(page)))
	tests := []struct {
		name string
		data []byte
		want [][]blk // per document
	}{
		{"a.html", []byte(page), [][]blk{want}},
		{"a.txt", []byte("Tin việc làm\n\n" + bodyPara), [][]blk{nil}},
		{"a.jsonl", []byte(jsonl), [][]blk{want, nil}},
		{"a.warc.gz", warc, [][]blk{want}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, Open(tt.name, strings.NewReader(string(tt.data))))
			require.Empty(t, errs)
			require.Len(t, docs, len(tt.want))
			for i, d := range docs {
				if tt.want[i] == nil {
					assert.Nil(t, d.Blocks, d.Source)
					continue
				}
				checkBlocks(t, d.Text, d.Blocks)
				assert.Equal(t, tt.want[i], blocksOf(d.Text, d.Blocks), d.Source)
			}
		})
	}
}
