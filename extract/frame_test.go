package extract

import (
	"strings"
	"testing"
)

// TestFrameRules runs every frame rule's examples and counters.
func TestFrameRules(t *testing.T) {
	for _, r := range FrameRules {
		if len(r.Examples) == 0 || len(r.Counter) == 0 {
			t.Errorf("%s: a frame rule needs examples and counters", r.Name)
		}
		for _, res := range FrameSelfTest(r) {
			if res.Failure != "" {
				t.Errorf("%s: %q\n%s", res.Name, res.Text, res.Failure)
			}
		}
	}
}

// TestFrameRulesLint: each rule is named once, documented, placed and
// reaching somewhere, with phrases that fold to words.
func TestFrameRulesLint(t *testing.T) {
	if estimateRule < 0 || FrameRules[estimateRule].At != AtSegment {
		t.Errorf("kindFor reads the AtSegment rule named \"estimate\": missing or placed elsewhere")
	}
	seen := map[string]bool{}
	for _, r := range FrameRules {
		if r.Name == "" || seen[r.Name] || strings.ContainsAny(r.Name, " \t") {
			t.Errorf("frame rule name %q: empty, repeated or with spaces", r.Name)
		}
		seen[r.Name] = true
		if r.Doc == "" || r.At == 0 || r.Reach == 0 || r.Kind == "" || len(r.Phrases) == 0 {
			t.Errorf("%s: Doc, At, Reach, Kind and Phrases are required", r.Name)
		}
		if (r.At == AtSegment) != (r.Reach == ToSegmentEnd || r.Reach == ToClauseEnd) {
			t.Errorf("%s: a segment rule, and only one, reaches to the end of its segment or clause", r.Name)
		}
		if r.Term && r.Kind != Target {
			t.Errorf("%s: only a rule of targets dates its figures by their term", r.Name)
		}
		for _, p := range append(append([]string{}, r.Phrases...), r.Unless...) {
			if strings.TrimSpace(p) != p || p == "" {
				t.Errorf("%s: phrase %q", r.Name, p)
			}
		}
	}
}

// TestContextRules: each context rule is named once, sets a field, says
// what it read, and its examples pass (ContextSelfTest).
func TestContextRules(t *testing.T) {
	seen := map[string]bool{}
	for k := 1; k < len(ContextRules); k++ {
		r := ContextRules[k]
		if r.Name == "" || seen[r.Name] || strings.ContainsAny(r.Name, " \t()") {
			t.Errorf("context rule %d: name %q empty, repeated or with spaces", k, r.Name)
		}
		seen[r.Name] = true
		if r.Says == "" || (r.Sets != "period" && r.Sets != "kind" && r.Sets != "region") {
			t.Errorf("%s: Says and Sets (period, kind or region) are required", r.Name)
		}
		if len(r.Examples) == 0 {
			t.Errorf("%s: no example", r.Name)
		}
		for _, res := range ContextSelfTest(r) {
			if res.Failure != "" {
				t.Errorf("%s: %q\n%s", res.Name, res.Text, res.Failure)
			}
		}
	}
}
