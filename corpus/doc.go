// Package corpus reads articles from text, HTML, JSON lines, web archives and
// compressed archives and yields them as Documents.
//
// Open reads one named byte stream and Walk reads files, directories and
// standard input; both return an iterator that yields one Item at a time, so
// a corpus of any size is read with the memory of its largest document:
//
//	for it := range corpus.Walk([]string{"articles/", "crawl.warc.gz"}, os.Stdin) {
//		if it.Err != nil {
//			log.Print(it.Err) // "crawl.warc.gz#1234: corpus: truncated input: ..."
//			continue
//		}
//		fmt.Println(it.Doc.ID, len(it.Doc.Text))
//	}
//
// # Formats
//
// The format of a stream is recognized by its content first (the magic
// bytes of gzip, zip, tar and WARC), then by its file name extension, then
// by a look at its first bytes (an HTML tag, a JSON object, text):
//
//   - plain text (.txt): one document, the text as given;
//   - HTML (.html, .htm): one document, the main content turned into text;
//   - JSON lines (.jsonl, .ndjson): one document per line, with the fields
//     id, url, title, text or html, and published;
//   - WARC 1.0 and 1.1 (.warc, .warc.gz): one document per HTML response,
//     and per text conversion record (Common Crawl's WET files);
//   - gzip (.gz), zip (.zip), tar (.tar, .tar.gz, .tgz): every file inside,
//     read recursively up to a fixed nesting depth; a tar hard link is read
//     as the entry it links to, and a symbolic link is reported, not
//     followed. A corrupt gzip member of a .warc.gz is reported and
//     reading goes on with the next member.
//
// Adding a format is one entry in the table in formats.go.
//
// # Text
//
// Document.Text is the text that later stages point into with byte offsets.
// It is always valid UTF-8 in Unicode normalization form NFC. Plain text is
// otherwise kept byte for byte (line endings included, a leading byte order
// mark removed). HTML is reduced to its article: menus, sidebars, footers,
// scripts, forms, visitor counters, related-article lists ("Tin liên quan",
// related news) and comments are dropped, while the title and the date line
// just above the body are kept. Block elements become line breaks, with
// paragraphs separated by a blank line, and whitespace within a line is
// collapsed.
//
// # Structure
//
// For HTML, Document.Blocks keeps the structure that the text alone would
// lose: each heading (h1 to h6, and the page's headline, even when it
// stands outside the article), the date line, the lead (sapo), captions,
// list items, the byline and the other paragraphs, as byte ranges of Text
// in text order. Plain text has no Blocks; later stages read its structure
// from its lines.
//
// # Errors
//
// A file or record that cannot be read becomes an Item whose Err names its
// source ("a.jsonl:17: ...", "b.zip!x/y.html: ...", "c.warc.gz#1234: ...")
// and, when it is known, the ID of the document that failed; reading goes
// on with the next one: every input ends up either as a Document or as an
// Error, and one bad input never stops the batch.
package corpus
