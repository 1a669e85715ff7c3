package extract

import (
	"sort"

	"github.com/solieu/solieu/normalize"
)

// Lists under one head cue. A report often names what was done once and
// then lists the groups it was done for: "đã tặng quà cho 420 người có
// công, 380 thanh niên tình nguyện và 150 công nhân có hoàn cảnh khó
// khăn", "tạo việc làm nhiều nhất là Bắc Giang (21.300 người); Thái
// Nguyên (12.400 người)". Each item takes the head cue, as the first item
// does; its own words may still name its indicator ("45 hộ cận nghèo"),
// and the head's words may rule one out.

// itemSeps join the items of a list.
var itemSeps = map[string]bool{",": true, ";": true, "và": true}

// predicateWords after a figure, before the next separator, make it the
// subject of a clause of its own, not an item of the list before it:
// "…; 4.100 người được tuyển dụng", "…; 820 lao động đi làm việc …".
var predicateWords = folded("được", "đã", "đang", "sẽ", "bị", "đi", "tham gia",
	"có việc làm", "tìm được", "hưởng", "nhận", "tốt nghiệp")

// maxItemWords is how many words may describe an item after its figure
// ("1.000 công nhân có hoàn cảnh khó khăn, mất việc; 200 hội viên …"):
// more, and the next figure is a clause of its own.
const maxItemWords = 20

// firstItem returns the position of the first figure of the list of which
// the figure at pos, of unit u, is a later item, with ok false when it is
// none: a list item stands right after a separator (itemSeps), or after a
// province heading its bracket that stands after one ("…; Hà Nội (138
// ngàn người)"), and the item before it is a figure of the same kind
// (counts, sums of money) at most maxItemWords before. Rates are items
// only when a province or a period introduces them (itemLead): "đạt 70%,
// 45% …" is no list.
func (d *document) firstItem(s sentence, pos figurePos, u normalize.Unit) (figurePos, bool) {
	if d.ownClause(s, pos) {
		return pos, false
	}
	cur, ok := pos, false
	for {
		k, led := d.itemLead(s, cur.start)
		if k < s.a || !itemSeps[d.toks[k].Norm] || isRate(u) && !led {
			return cur, ok
		}
		prev, found := d.itemBefore(s, k, u)
		if !found {
			return cur, ok
		}
		cur, ok = prev, true
	}
}

// itemLead returns the token before the list item whose figure starts at
// token ti, skipping what may introduce an item, and whether it did: a
// province that heads its bracket or names it before a colon or "là"
// ("Hà Nội (138 ngàn người)", "Hà Nội: 138 ngàn người", "Hà Nội là 138
// ngàn người"), or a period
// with a few words and no cue of their own ("…; năm 2018, tỷ lệ đạt 62%";
// "…; năm 2019 là 66%").
func (d *document) itemLead(s sentence, ti int) (int, bool) {
	k := ti - 1
	if k > s.a && (d.toks[k].Norm == "(" || d.toks[k].Norm == ":" || d.toks[k].Norm == "là") {
		n := sort.Search(len(d.places), func(n int) bool { return d.places[n].at >= k }) - 1
		if n >= 0 && d.places[n].end == k && (d.places[n].item || d.toks[k].Norm != "(") {
			return d.places[n].at - 1, true
		}
	}
	for _, p := range d.pers {
		if p.tok <= s.a || p.tok >= ti || p.tok < ti-maxLeadWords || p.bracket {
			continue
		}
		m := d.mentionAtTok(p.tok)
		if m == nil {
			continue
		}
		end := d.tokAt(m.End)
		if end <= ti && end >= ti-maxLeadWords && d.plainLead(end, ti) {
			return p.tok - 1, true
		}
	}
	return k, false
}

// maxLeadWords is how many tokens a period and the words after it may
// take before the figure of a list item they introduce.
const maxLeadWords = 10

// plainLead reports whether tokens [a, b) between an item's period and its
// figure hold no number, no separator but a comma right after the period,
// no cue of an indicator and no predicate of a clause of its own: "tỷ lệ
// đạt", "là".
func (d *document) plainLead(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.Number || t.Punct && !(k == a && t.Norm == ",") {
			return false
		}
	}
	if has(d.toks, a, b, predicateWords) {
		return false
	}
	for _, h := range compiled().hits(d, a, b) {
		if h.role == roleCue {
			return false
		}
	}
	return true
}

// itemBefore returns the position of the figure of unit kind u that ends
// last before token k in sentence s, if it ends at most maxItemWords
// before k.
func (d *document) itemBefore(s sentence, k int, u normalize.Unit) (figurePos, bool) {
	ms := d.mentionsIn(d.toks[s.a].Start, d.toks[k].Start)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if !m.Kind.IsNumeric() {
			continue
		}
		end := d.tokAt(m.End)
		if !sameKind(m.Unit, u) || k-end > maxItemWords {
			return figurePos{}, false
		}
		ti := d.tokAt(m.Start)
		return figurePos{start: ti, num: d.tokAfter(ti, m.NumStart), numEnd: d.tokAfter(ti, m.NumEnd), end: end}, true
	}
	return figurePos{}, false
}

// sameKind reports whether units a and b may be items of one list: both
// counts (of people, households or units), both money, or the same.
func sameKind(a, b normalize.Unit) bool {
	return a == b || isCount(a) && isCount(b) || isMoney(a) && isMoney(b)
}

// ownClause reports whether the words after the figure at pos, up to the
// next separator, "và" or number, hold a predicate (predicateWords): the figure is the
// subject of a clause of its own.
func (d *document) ownClause(s sentence, pos figurePos) bool {
	_, b := d.clauseBounds(pos.end, s.a, s.b, ",;()")
	for k := pos.end; k < b; k++ {
		if d.toks[k].Number || d.toks[k].Norm == "và" {
			b = k // the next item, or the next clause of the list
		}
	}
	return has(d.toks, pos.end, b, predicateWords)
}

// bulletHead returns the sentence that opens, with a colon, the list of
// lines ("- …", "+ …", "a) …") of which sentence s is an item, and the
// token of that colon, when the figure at token ti opens the item:
// "…, tỉnh đã tặng quà cho các đối tượng sau:\n- 1.250 người có công;\n-
// 3.400 thanh niên tình nguyện;".
func (d *document) bulletHead(s sentence, ti int) (sentence, int, bool) {
	if s.a >= len(d.toks) || !d.toks[s.a].Newline || !d.isListItem(s.a) {
		return sentence{}, 0, false
	}
	// past the item's mark and its period label ("- Năm 2023: giảm
	// 3,86%"), a change word or "ước" may stand before the figure
	_, body := d.itemBody(s)
	if ti > max(s.a+2, body+2) {
		return sentence{}, 0, false
	}
	for k := d.si - 1; k >= 0 && k >= d.si-maxBulletItems; k-- {
		p := d.sents[k]
		if d.toks[p.a].Newline && d.isListItem(p.a) {
			continue // an item before this one
		}
		colon := p.b - 1
		if colon > p.a && d.toks[colon].Norm == ":" && d.listEnd(k) >= s.b {
			return p, colon, true
		}
		break
	}
	return sentence{}, 0, false
}

// maxBulletItems is how many item sentences a list under a colon may
// hold before its head is not looked for.
const maxBulletItems = 30

// bulletCue weighs, for a figure opening an item of a list of lines, the
// cues of the line that opens the list as if they stood right before it,
// as headCue does for a list within a sentence. head is that line's
// sentence and colon the token of its closing colon.
func (d *document) bulletCue(r *reading, best candidate, head sentence, colon int, sentHits []hit, e *engine) candidate {
	h := *r
	h.s = head
	h.pos = figurePos{start: colon, num: colon, numEnd: colon, end: colon}
	h.win = d.window(head, h.pos)
	// the head's phrases are matched afresh: e.hits keeps one sentence's
	// (this item's, in sentHits)
	hits := e.matches(d.toks, h.win.lo, colon)
	headHits := e.matches(d.toks, head.a, colon)
	others := d.mentionsIn(d.toks[h.win.lo].Start, d.toks[colon].Start)
	// what the head rules out it rules out for its items: "tặng quà cho
	// …:\n- 1.250 người có công" are no allowances
	if best.ind >= 0 && d.ruledOut(best.ind, headHits, h.win.seg) {
		best = noCandidate
	}
	return d.headCandidates(&h, hits, others, headHits, sentHits, r.win.ca, best, e)
}

// headCandidates scores the cues among hits for the item read as h (its
// head's reading) and returns the best of them and best: a cue whose
// indicator an Unless phrase of the item's own clause (sentHits from token
// ca) rules out is passed over.
func (d *document) headCandidates(h *reading, hits []hit, others []normalize.Mention, headHits, sentHits []hit, ca int, best candidate, e *engine) candidate {
	for _, c := range hits {
		if c.role != roleCue {
			continue
		}
		score, ok := d.cueScore(h, c, others, headHits, e)
		if ok && !d.ruledOut(c.ind, sentHits, ca) && (score > best.score || best.ind < 0) {
			best = candidate{ind: c.ind, score: score, cue: c}
		}
	}
	return best
}

// periodListOf returns, for the figure opening an item of a list of
// periods ("Số liệu theo từng quý như sau:\nQuý I: 12.460 người\nQuý II:
// …") whose head names no indicator, the indicator of the last whole
// figure before the list, when the units agree; else -1. The list breaks
// that figure down period by period.
func (d *document) periodListOf(r *reading) int {
	s := r.s
	if s.a >= len(d.toks) || !d.toks[s.a].Newline {
		return -1
	}
	if mark, body := d.itemBody(s); body == mark {
		return -1 // no period label
	}
	if _, _, ok := d.bulletHead(s, r.pos.start); !ok {
		return -1
	}
	last := d.lastWhole
	if last.ind < 0 || last.sent >= d.si || !sameKind(normalize.Unit(last.unit), r.f.unit) {
		return -1
	}
	return last.ind
}

// itemBody returns, for the item line that opens sentence s, the token
// after its mark ("-", "+") and the token after its period label and
// colon ("Năm 2023:"), the mark's when it has none.
func (d *document) itemBody(s sentence) (mark, body int) {
	mark = s.a
	if d.toks[mark].Punct {
		mark++
	}
	if mark >= s.b {
		return mark, mark
	}
	return mark, d.labelEnd(mark)
}
