package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestSeedContainers packs the seed text articles into JSON lines, a
// .warc.gz, a zip and a tar.gz, and checks that each container gives back
// the same documents as the .txt files: same IDs, and for JSON lines, zip
// and tar.gz the same Text byte for byte. The WARC holds HTML pages built
// from the text (one <p> per line), so its text is compared line by line:
// HTML-to-text may drop the boilerplate lines the seed texts kept (visitor
// counters, related links) but must keep every body line, in order.
func TestSeedContainers(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(seedsDir, "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seed texts in " + seedsDir)
	}
	want := map[string]*Document{}
	var order []string
	var jsonl bytes.Buffer
	var files []corpustest.File
	var records [][]byte
	for _, p := range paths {
		docs, errs := collect(t, Walk([]string{p}, nil))
		require.Empty(t, errs)
		require.Len(t, docs, 1)
		d := docs[0]
		want[d.ID] = d
		order = append(order, d.ID)
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		if norm.NFC.IsNormal(raw) && !bytes.HasPrefix(raw, bomUTF8) {
			require.Equal(t, string(raw), d.Text, "%s: the text reader must keep an NFC file byte for byte", d.ID)
		}

		line, err := json.Marshal(map[string]string{"id": d.ID, "text": string(raw)})
		require.NoError(t, err)
		jsonl.Write(line)
		jsonl.WriteByte('\n')
		files = append(files, corpustest.File{Name: "2024/" + filepath.Base(p), Data: raw})

		var page strings.Builder
		page.WriteString("<html><body><article>")
		for _, l := range strings.Split(d.Text, "\n") {
			fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(l))
		}
		page.WriteString("</article></body></html>")
		records = append(records, warcResponse("http://seed.example/"+d.ID, []byte(page.String())))
	}
	warc, offsets := warcGz(t, records...)

	dir := t.TempDir()
	containers := map[string][]byte{
		"seeds.jsonl":   jsonl.Bytes(),
		"seeds.zip":     corpustest.Zip(t, files...),
		"seeds.tar.gz":  corpustest.Gzip(t, corpustest.Tar(t, files...)),
		"seeds.warc.gz": warc,
	}
	for name, data := range containers {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}

	for name := range containers {
		t.Run(name, func(t *testing.T) {
			docs, errs := collect(t, Walk([]string{filepath.Join(dir, name)}, nil))
			require.Empty(t, errs)
			require.Len(t, docs, len(order))
			for i, d := range docs {
				id := d.ID
				if name == "seeds.warc.gz" {
					id = strings.TrimPrefix(id, "http://seed.example/")
					assert.Equal(t, fmt.Sprintf("%s#%d", filepath.Join(dir, name), offsets[i]), d.Source)
					checkSeedLines(t, id, seedLines(want[id].Text), strings.Split(d.Text, "\n\n"))
					continue
				}
				require.Equal(t, order[i], id)
				assert.Equal(t, want[id].Text, d.Text, "%s: text differs", id)
				switch name {
				case "seeds.jsonl":
					assert.Equal(t, fmt.Sprintf("%s:%d", filepath.Join(dir, name), i+1), d.Source)
				default:
					assert.Equal(t, filepath.Join(dir, name)+"!2024/"+id+".txt", d.Source)
				}
			}
		})
	}
}

// seedLines returns what HTML-to-text makes of a text put one line per
// <p>: each line with its white space collapsed, empty lines dropped.
func seedLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = collapse(strings.ReplaceAll(l, "\u00a0", " ")); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkSeedLines checks that got is want in order with some lines left
// out, and that no long body line is left out.
func checkSeedLines(t *testing.T, id string, want, got []string) {
	t.Helper()
	i := 0
	for _, w := range want {
		if i < len(got) && got[i] == w {
			i++
			continue
		}
		if utf8.RuneCountInString(w) >= 80 && !relatedLine.MatchString(w) {
			t.Errorf("%s: body line missing: %q", id, w)
		}
	}
	if i < len(got) {
		t.Errorf("%s: line %d out of order or not in the seed: %q", id, i, got[i])
	}
}
