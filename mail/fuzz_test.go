package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzRead(f *testing.F) {
	files, err := filepath.Glob("testdata/*.eml")
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\n\n--x--"))
	f.Add([]byte("Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<blockquote><a href=3D"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		th, err := Read(bytes.NewReader(raw), Options{Location: time.UTC, MaxParts: 50, MaxDepth: 6})
		if err != nil {
			if th != nil {
				t.Errorf("Read returned a thread and an error %v", err)
			}
			return
		}
		if len(th.Messages) == 0 || !th.Messages[len(th.Messages)-1].TopLevel {
			t.Fatalf("the top-level message must be the last one: %+v", th.Messages)
		}
		for i, m := range th.Messages[:len(th.Messages)-1] {
			if m.TopLevel {
				t.Errorf("message %d is marked top-level", i)
			}
		}
		for _, s := range []string{th.Text, th.FullText, th.Subject} {
			if !utf8.ValidString(s) && utf8.Valid(raw) {
				t.Errorf("invalid UTF-8 out of valid UTF-8 in: %q", s)
			}
		}
	})
}

// BenchmarkRead reads every fixture in turn; b.N counts messages.
func BenchmarkRead(b *testing.B) {
	files, err := filepath.Glob("testdata/*.eml")
	if err != nil || len(files) == 0 {
		b.Fatalf("no fixtures: %v", err)
	}
	var msgs [][]byte
	total := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
		total += len(raw)
	}
	loc := time.UTC
	b.SetBytes(int64(total / len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(msgs[i%len(msgs)]), Options{Location: loc}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead_5KB reads a Gmail forward of about 5 KB: HTML and plain
// alternatives, a forward header, a signature and a quoted reply.
func BenchmarkRead_5KB(b *testing.B) {
	raw, err := os.ReadFile("testdata/gmail_forward.eml")
	if err != nil {
		b.Fatal(err)
	}
	para := "I'm a product analyst exploring a move into health tech, and your talk at\n> HLTH stuck with me. Would you have 15-20 minutes in the next couple of\n"
	pad := bytes.Repeat([]byte("> "+para), (5000-len(raw))/(len(para)+2)+1)
	msg := bytes.Replace(raw, []byte("> Thanks so much,"), append(pad, []byte("> Thanks so much,")...), 1)
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(msg), Options{Location: time.UTC}); err != nil {
			b.Fatal(err)
		}
	}
}
