package extract

import (
	"reflect"
	"testing"
)

func TestMeetingTopics(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"OK/a subject discussed", "Cuba and the United States discussed cybercrime and online fraud.", []string{"cybercrime", "online fraud"}},
		{"OK/the head before including", "Russia and Syria discussed humanitarian issues including a stop to the bombing.", []string{"humanitarian issues"}},
		{"ErrTopic/an amount", "The talks focused on 30 percent of the Cuban people.", []string{}},
		{"ErrTopic/a span of time", "Russia and Saudi Arabia will meet again in about six weeks' time.", []string{}},
		{"ErrTopic/a dangling idea", "Kerry and Lavrov briefly discussed the idea of having the CIA included.", []string{}},
		{"ErrTopic/too vague", "Japan and China discussed the issue.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyse(Input{Text: tt.text}, Options{})
			got := []string{}
			for _, s := range a.ss {
				got = append(got, meetingTopics(s, -1)...)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
