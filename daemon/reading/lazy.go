package reading

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. The reader's
// expressions took ~18 ms and ~3.8 MB to compile at package init, a cost
// every coffeechat command paid (`status`, `meetings`...) though only
// reading a thread needs them. lazyRegexps is every one of them, so a test
// can check that all compile.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

var lazyRegexps []*lazyRegexp

func lazyRE(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRegexp) FindString(s string) string           { return l.get().FindString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int       { return l.get().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) MatchString(s string) bool           { return l.get().MatchString(s) }
func (l *lazyRegexp) ReplaceAllString(s, r string) string { return l.get().ReplaceAllString(s, r) }
func (l *lazyRegexp) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, f)
}
func (l *lazyRegexp) String() string { return l.src }
