package mailtls

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsLoopback(t *testing.T) {
	for host, want := range map[string]bool{"localhost": true, "LOCALHOST": true, "127.0.0.1": true, "127.9.9.9": true,
		"::1": true, "10.0.0.1": false, "imap.example.com": false, "": false} {
		if got := IsLoopback(host); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestConfig(t *testing.T) {
	if _, err := Config("imap.example.com", "", true); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("insecure for a remote host: %v", err)
	}
	c, err := Config("127.0.0.1", "", true)
	if err != nil || !c.InsecureSkipVerify {
		t.Errorf("insecure for loopback: %+v, %v", c, err)
	}
	c, err = Config("imap.example.com", "", false)
	if err != nil || c.InsecureSkipVerify || c.RootCAs == nil || c.ServerName != "imap.example.com" {
		t.Errorf("default: %+v, %v", c, err)
	}
	bad := filepath.Join(t.TempDir(), "bad.pem")
	os.WriteFile(bad, []byte("not a certificate"), 0o644)
	if _, err := Config("x", bad, false); err == nil || !strings.Contains(err.Error(), "no PEM certificates") {
		t.Errorf("bad CA file: %v", err)
	}
	if _, err := Config("x", filepath.Join(t.TempDir(), "missing.pem"), false); err == nil {
		t.Errorf("missing CA file accepted")
	}
}
