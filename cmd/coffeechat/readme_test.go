package main

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// configKeys returns every "[section] key" of Config, from its toml tags,
// with the field's value in defaultConfig().
func configKeys() map[string]reflect.Value {
	keys := map[string]reflect.Value{}
	def := reflect.ValueOf(defaultConfig())
	for i := 0; i < def.NumField(); i++ {
		section := def.Type().Field(i).Tag.Get("toml")
		if section == "" || def.Field(i).Kind() != reflect.Struct {
			continue
		}
		sv := def.Field(i)
		for j := 0; j < sv.NumField(); j++ {
			if key := sv.Type().Field(j).Tag.Get("toml"); key != "" {
				keys["["+section+"] "+key] = sv.Field(j)
			}
		}
	}
	return keys
}

var backticked = regexp.MustCompile("`([^`]*)`")

// TestREADME_configurationReferenceHasEveryKey checks the README's
// configuration reference against the Config struct: every key is there,
// no key that does not exist is, and where a row gives one default per
// key, it is defaultConfig()'s ("(required)" ones have none).
func TestREADME_configurationReferenceHasEveryKey(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, ref, ok := strings.Cut(string(b), "### Configuration reference\n")
	if !ok {
		t.Fatal("README has no \"### Configuration reference\" section")
	}
	ref, _, _ = strings.Cut(ref, "\n## ")
	keys := configKeys()
	documented := map[string]bool{}
	for _, line := range strings.Split(ref, "\n") {
		cols := strings.Split(line, " | ")
		if !strings.HasPrefix(line, "| `[") || len(cols) < 3 {
			continue
		}
		// "| `[imap] address`, `tls` | (required), `"tls"` | ...": groups of
		// keys split by ", ", keys sharing a default joined by " / ".
		var section string
		var groups [][]string
		for _, g := range strings.Split(strings.TrimPrefix(cols[0], "| "), ", ") {
			var group []string
			for _, k := range strings.Split(g, " / ") {
				k = strings.Trim(k, "`")
				if strings.HasPrefix(k, "[") {
					section, k, _ = strings.Cut(k, "] ")
					section += "]"
				}
				name := section + " " + k
				if _, ok := keys[name]; !ok {
					t.Errorf("README documents %q, which Config does not have", name)
				}
				documented[name] = true
				group = append(group, name)
			}
			groups = append(groups, group)
		}
		defaults := strings.Split(cols[1], ", ")
		if len(defaults) != len(groups) {
			continue
		}
		for i, d := range defaults {
			for _, name := range groups[i] {
				field, ok := keys[name]
				if !ok {
					continue
				}
				if strings.HasPrefix(d, "(required") {
					if !field.IsZero() {
						t.Errorf("README says %s is required, but it defaults to %v", name, field)
					}
					continue
				}
				m := backticked.FindStringSubmatch(d)
				if m == nil || !strings.HasPrefix(d, "`") || field.Kind() == reflect.Pointer {
					continue // prose ("on when ... is set"), or a pointer whose nil means a default
				}
				var doc map[string]any
				if _, err := toml.Decode("v = "+m[1], &doc); err != nil {
					t.Errorf("README default of %s, %s, is not a TOML value: %v", name, m[1], err)
					continue
				}
				if !sameDefault(doc["v"], field) {
					t.Errorf("README says %s defaults to %s; defaultConfig has %#v", name, m[1], field.Interface())
				}
			}
		}
	}
	var missing []string
	for name := range keys {
		if !documented[name] {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("the README's configuration reference lacks %s", strings.Join(missing, ", "))
	}
}

// sameDefault compares a value decoded from the README with a field.
func sameDefault(doc any, field reflect.Value) bool {
	switch field.Kind() {
	case reflect.String:
		return doc == field.String()
	case reflect.Bool:
		return doc == field.Bool()
	case reflect.Int, reflect.Int64:
		n, ok := doc.(int64)
		return ok && n == field.Int()
	case reflect.Slice:
		list, ok := doc.([]any)
		return ok && len(list) == 0 && field.Len() == 0
	}
	return false
}

// contrib/config.example.toml, which the README points to, loads, and
// shows every key in its section (set, or commented out).
func TestConfigExample_loadsAndShowsEveryKey(t *testing.T) {
	const path = "../../contrib/config.example.toml"
	if _, err := loadConfig(path); err != nil {
		t.Fatalf("loadConfig(%s): %v", path, err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	shown := map[string]bool{}
	var section string
	keyLine := regexp.MustCompile(`^#?\s*([a-z_]+)\s*=`)
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			section = line
			continue
		}
		if m := keyLine.FindStringSubmatch(line); m != nil {
			shown[section+" "+m[1]] = true
		}
	}
	var missing []string
	for name := range configKeys() {
		if !shown[name] {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("%s does not show %s", path, strings.Join(missing, ", "))
	}
}
