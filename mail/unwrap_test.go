package mail

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestUnwrapText(t *testing.T) {
	type msg struct {
		from, name, date, text string // date "" means zero; text is a substring
	}
	tests := []struct {
		name    string
		in      string
		own     string // exact
		older   []msg
		notText string // no message's Text may contain this
	}{
		{
			name: "gmail forward",
			in: "FYI\n\n---------- Forwarded message ---------\nFrom: John Doe <john.doe@acme.example>\n" +
				"Date: Wed, Oct 27, 2021 at 9:31 AM\nSubject: Integer consequat\nTo: <bessie@acme.example>\n" +
				"Cc: Walter Sheltan <walter@acme.example>, Nicholas <nicholas@globex.example>\n\nAenean quis diam urna.\n",
			own:   "FYI",
			older: []msg{{"john.doe@acme.example", "John Doe", "2021-10-27T09:31:00-04:00", "Aenean quis diam urna."}},
		},
		{
			name: "yahoo header run together on the separator line",
			in: "   ----- Forwarded Message ----- From: John Doe <john.doe@acme.example>To: \"bessie@acme.example\" <bessie@acme.example>" +
				"Cc: Walter <walter@acme.example>; Nicholas <nicholas@globex.example>Sent: Tuesday, November 2, 2021, 09:26:50 AM GMT+1Subject: Integer consequat\n Aenean quis.\n",
			own:   "",
			older: []msg{{"john.doe@acme.example", "John Doe", "2021-11-02T09:26:50+01:00", "Aenean quis."}},
		},
		{
			name: "outlook 2013 mailto",
			in: "See below\n\nFrom: John Doe [mailto:john.doe@acme.example] \nSent: 25 October 2021 11:17\nTo: bessie@acme.example\n" +
				"Subject: Integer consequat\n\n\nAenean quis.",
			own:   "See below",
			older: []msg{{"john.doe@acme.example", "John Doe", "2021-10-25T11:17:00-04:00", "Aenean quis."}},
		},
		{
			name: "new outlook with Date label and no blank line",
			in: "From: John Doe <john.doe@acme.example>\nDate: Thursday, 28 October 2021 at 12:46\nTo: bessie@acme.example <bessie@acme.example>\n" +
				"Subject: Integer consequat\nAenean quis.",
			own:   "",
			older: []msg{{"john.doe@acme.example", "John Doe", "2021-10-28T12:46:00-04:00", "Aenean quis."}},
		},
		{
			name: "apple mail forward quoted as a whole",
			in: "> Begin forwarded message:\n>\n> From: John Doe <john.doe@acme.example>\n> Subject: Integer\n" +
				"> Date: 25 October 2021 at 11:17:21 EEST\n> To: bessie@acme.example\n>\n> Aenean quis.\n>",
			own:   "",
			older: []msg{{"john.doe@acme.example", "John Doe", "2021-10-25T11:17:21+03:00", "Aenean quis."}},
		},
		{
			name: "gmail attribution wrapped inside the address, nested quotes",
			in: "Sounds good.\n\nOn Mon, Nov 16, 2026 at 9:14 AM Dana Whitfield <\ndana@northwind.example> wrote:\n\n" +
				"> Tuesday works.\n>\n> On Fri, Nov 13, 2026 at 4:02 PM Alex Rivera <alex@x.example> wrote:\n>\n>> Coffee?\n",
			own: "Sounds good.",
			older: []msg{
				{"alex@x.example", "Alex Rivera", "2026-11-13T16:02:00-05:00", "Coffee?"},
				{"dana@northwind.example", "Dana Whitfield", "2026-11-16T09:14:00-05:00", "Tuesday works."},
			},
			notText: "wrote:",
		},
		{
			name:  "attribution over two lines without angle brackets",
			in:    "Yes.\n\nOn Mon, Nov 16, 2026 at 9:14 AM, Dana Whitfield\nwrote:\n> Tuesday?\n",
			own:   "Yes.",
			older: []msg{{"", "Dana Whitfield", "2026-11-16T09:14:00-05:00", "Tuesday?"}},
		},
		{
			name:  "bottom posting keeps the author's text after the quote",
			in:    "On Mon, Nov 16, 2026 at 9:14 AM Dana <dana@n.example> wrote:\n> Does Tuesday work?\n\nIt does, see you then.\n",
			own:   "It does, see you then.",
			older: []msg{{"dana@n.example", "Dana", "2026-11-16T09:14:00-05:00", "Does Tuesday work?"}},
		},
		{
			name:  "outlook for mac, quoted by indent",
			in:    "ok\n\nOn 16/11/2026, 14:14, \"Lena Fischer\" <lena@b.example> wrote:\n\n    Monday at 17:00?\n\n    Lena\n",
			own:   "ok",
			older: []msg{{"lena@b.example", "Lena Fischer", "2026-11-16T14:14:00-05:00", "Monday at 17:00?"}},
		},
		{
			name:  "yahoo attribution with zone",
			in:    "Great.\n\n    On Monday, November 16, 2026, 09:14:22 AM EST, Grace Kim <grace@t.example> wrote:  \n \n Friday?\n",
			own:   "Great.",
			older: []msg{{"grace@t.example", "Grace Kim", "2026-11-16T09:14:22-05:00", "Friday?"}},
		},
		{
			name:  "quote without attribution is a message of unknown author",
			in:    "> Can we do 3pm?\nYes, 3pm.\n",
			own:   "Yes, 3pm.",
			older: []msg{{"", "", "", "Can we do 3pm?"}},
		},
		{
			name:  "plain text is left alone",
			in:    "From my side, Tuesday works.\nOn second thought, Wednesday.\n-- \nAlex",
			own:   "From my side, Tuesday works.\nOn second thought, Wednesday.\n-- \nAlex",
			older: nil,
		},
	}
	ny := newYork(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			own, older := unwrapText(tt.in, ny)
			if own != tt.own {
				t.Errorf("own = %q, want %q", own, tt.own)
			}
			if len(older) != len(tt.older) {
				t.Fatalf("got %d messages, want %d:\n%s", len(older), len(tt.older), dumpMessages(older))
			}
			for i, w := range tt.older {
				m := older[i]
				date := ""
				if !m.Date.IsZero() {
					date = m.Date.Format(time.RFC3339)
				}
				if m.From.Email != w.from || m.From.Name != w.name || date != w.date {
					t.Errorf("message %d = %q <%s> %s, want %q <%s> %s", i, m.From.Name, m.From.Email, date, w.name, w.from, w.date)
				}
				if !strings.Contains(m.Text, w.text) {
					t.Errorf("message %d Text = %q, want substring %q", i, m.Text, w.text)
				}
				if tt.notText != "" && strings.Contains(m.Text, tt.notText) {
					t.Errorf("message %d Text = %q, must not contain %q", i, m.Text, tt.notText)
				}
			}
		})
	}
}

// TestUnwrapText_deepQuotesAreBounded checks that a quote bomb neither
// recurses without bound nor loses the text.
func TestUnwrapText_deepQuotesAreBounded(t *testing.T) {
	in := strings.Repeat(">", 5000) + " deep\n"
	own, older := unwrapText(in, nil)
	found := strings.Contains(own, "deep")
	for _, m := range older {
		found = found || strings.Contains(m.Text, "deep")
	}
	if !found {
		t.Errorf("the innermost text was lost: own=%q, %d messages", own, len(older))
	}
}

func FuzzUnwrap(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.eml")
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		// The body alone, as the splitter sees it after MIME decoding.
		if i := strings.Index(string(raw), "\n\n"); i >= 0 {
			f.Add(string(raw[i+2:]))
		}
	}
	f.Add("On Mon, Nov 16, 2026 at 9:14 AM Dana <\nd@x> wrote:\n> a\n>> b\n")
	f.Add("----- Forwarded Message ----- From:To:Sent:Subject:")
	f.Add("________________________________\nFrom: \nSent: \n")
	f.Fuzz(func(t *testing.T, s string) {
		own, older := unwrapText(s, time.UTC)
		if utf8.ValidString(s) && !utf8.ValidString(own) {
			t.Errorf("own text is not valid UTF-8: %q", own)
		}
		if len(older) > len(s)+1 {
			t.Errorf("%d messages from %d bytes", len(older), len(s))
		}
	})
}

func TestUnwrapText_translatedOutlookHeader(t *testing.T) {
	in := "Bitte einplanen.\n\nVon: Lena Fischer <lena@brightline.example>\nGesendet: Montag, 16. November 2026 09:14\n" +
		"An: Alex Rivera <alex@x.example>\nBetreff: AW: Kaffee?\n\nGerne, Montag um 17 Uhr.\n"
	own, older := unwrapText(in, newYork(t))
	if own != "Bitte einplanen." {
		t.Errorf("own = %q", own)
	}
	if len(older) != 1 || older[0].From.Email != "lena@brightline.example" || older[0].Subject != "AW: Kaffee?" ||
		older[0].Date.Format(time.RFC3339) != "2026-11-16T09:14:00-05:00" || older[0].Text != "Gerne, Montag um 17 Uhr." {
		t.Errorf("older = %+v", older)
	}
}
