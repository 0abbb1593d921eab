package mail

import "testing"

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs and br",
			"<p>Hi Dana,</p><p>Tuesday works.<br>Thanks!</p>",
			"Hi Dana,\n\nTuesday works.\nThanks!"},
		{"gmail divs with empty line",
			`<div dir="ltr">Hi Alex,<div><br></div><div>Sure.</div><div>Dana</div></div>`,
			"Hi Alex,\n\nSure.\nDana"},
		{"head, style, script and title dropped",
			"<html><head><title>T</title><style>p{color:red}</style></head><body><script>x()</script>Body</body></html>",
			"Body"},
		{"entities decoded, nbsp is a space",
			"Caf&eacute; &amp; tea&nbsp;&nbsp;at&#160;2 &lt;ok&gt; &#x2014; &#39;fine&#39;",
			"Café & tea at 2 <ok> — 'fine'"},
		{"link text differs from url",
			`See <a href="https://zoom.example/j/1">my Zoom</a>.`,
			"See my Zoom (https://zoom.example/j/1)."},
		{"link text is the url",
			`Join <a href="https://zoom.example/j/1">https://zoom.example/j/1</a>`,
			"Join https://zoom.example/j/1"},
		{"mailto link shows the address once",
			`Dana &lt;<a href="mailto:dana@northwind.example">dana@northwind.example</a>&gt;`,
			"Dana <dana@northwind.example>"},
		{"mailto with a name",
			`write to <a href="mailto:sam@x.example">Sam</a>`,
			"write to Sam (sam@x.example)"},
		{"lists",
			"<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>",
			"- one\n- two\n\n1. first\n2. second"},
		{"nested blockquote",
			"reply<blockquote>older<br>still older<blockquote>oldest</blockquote></blockquote>after",
			"reply\n\n> older\n> still older\n>\n> > oldest\n>\nafter"},
		{"hr is an Outlook separator line",
			"note<hr>From: x",
			"note\n\n________________________________\n\nFrom: x"},
		{"pre keeps its lines",
			"<pre>a  b\n  c</pre>",
			"a  b\n  c"},
		{"table cells",
			"<table><tr><td>Mon</td><td>10am</td></tr><tr><td>Tue</td><td>2pm</td></tr></table>",
			"Mon 10am\nTue 2pm"},
		{"word paragraphs", `<p class=MsoNormal>Best,</p><p class=MsoNormal>Dana</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Northwind</p>`,
			"Best,\nDana\n\nNorthwind"},
		{"broken markup", "<div><b>unclosed <i>tags <p>and <a href=x>link", "unclosed tags\n\nand link (x)"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlToText(tt.in); got != tt.want {
				t.Errorf("htmlToText(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}
