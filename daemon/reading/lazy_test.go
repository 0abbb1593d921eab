package reading

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile: an expression compiled on first use would only
// fail when a thread first needs it; compile every one here.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) < 50 {
		t.Fatalf("only %d lazy expressions registered: lazyRE is not what the reader uses", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%.60q: %v", l.src, err)
		}
	}
}

// TestPatSetsBuild: the same for the word patterns (pats), which panic on
// a malformed pattern when built.
func TestPatSetsBuild(t *testing.T) {
	if len(patSets) < 20 {
		t.Fatalf("only %d pattern sets registered", len(patSets))
	}
	for _, ps := range patSets {
		ps.build()
		if len(ps.byFirst) == 0 && len(ps.classed) == 0 {
			t.Errorf("pattern set %q built empty", ps.srcs)
		}
	}
}
