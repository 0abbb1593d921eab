// Command logstat reads coffeechat's JSON log (`[log] format = "json"`) of a
// `run --once` over the backlog and prints key=value timings: intake (from
// -start, the process start, to the last "message handled"), drain (first to
// last "mail sent"), counts by outcome, and how many progress lines the
// catch-up printed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"time"
)

func main() {
	start := flag.Float64("start", 0, "process start, unix seconds (date +%s.%N)")
	flag.Parse()
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var firstHandled, lastHandled, firstSent, lastSent time.Time
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e struct {
			Time    time.Time `json:"time"`
			Level   string    `json:"level"`
			Msg     string    `json:"msg"`
			Kind    string    `json:"kind"`
			Outcome string    `json:"outcome"`
		}
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		switch e.Msg {
		case "message handled":
			if firstHandled.IsZero() {
				firstHandled = e.Time
			}
			lastHandled = e.Time
			counts["handled:"+e.Kind+":"+strings.ReplaceAll(e.Outcome, " ", "_")]++
		case "mail sent":
			if firstSent.IsZero() {
				firstSent = e.Time
			}
			lastSent = e.Time
			counts["sent:"+e.Kind]++
		case "catch-up":
			counts["progress_lines"]++
		}
		if e.Level == "WARN" || e.Level == "ERROR" {
			counts["level:"+e.Level]++
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	st := time.Unix(0, int64(*start*1e9))
	fmt.Printf("intake_s=%.3f first_handled_s=%.3f drain_s=%.3f", lastHandled.Sub(st).Seconds(), firstHandled.Sub(st).Seconds(), lastSent.Sub(firstSent).Seconds())
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf(" %s=%d", k, counts[k])
	}
	fmt.Println()
}
