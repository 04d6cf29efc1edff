package extract

import (
	"reflect"
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestMeetingTopics(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"OK/a subject discussed", "Cuba and the United States discussed cybercrime and online fraud.", []string{"cybercrime", "online fraud"}},
		{"OK/the head before including", "Russia and Syria discussed humanitarian issues including a stop to the bombing.", []string{"humanitarian issues"}},
		{"OK/coordinated modifiers of one head", "Russia and Syria discussed regional and international issues.", []string{"regional and international issues"}},
		{"OK/coordinated nouns are two topics", "Russia and Syria discussed trade and investment.", []string{"trade", "investment"}},
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

func TestAccordTopics(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"OK/the topic after the date", "U.S. and Indian negotiators reached a tentative agreement in December on security precautions.", []string{"security precautions"}},
		{"OK/the topic after a date of several words", "U.S. and Indian negotiators reached a tentative agreement in December 1986 on security precautions.", []string{"security precautions"}},
		{"OK/the topic after last year", "Japan and China reached an agreement last year on fisheries.", []string{"fisheries"}},
		{"OK/a modifier topic", "Japan and China signed a fisheries agreement.", []string{"fisheries"}},
		{"OK/a phrasal verb", "France and Yugoslavia agreed to set up a joint economic commission.", []string{"set up a joint economic commission"}},
		{"OK/no particle before an amount", "Japan and China agreed to buy up to 10 tonnes.", []string{"buy"}},
		{"ErrTopic/a term is no topic", "Japan and China signed a five-year accord.", []string{}},
		{"OK/a term before the topic", "Japan and China signed a long-term fisheries agreement.", []string{"fisheries"}},
		{"ErrTopic/a date of several words before the noun", "Japan broke a July 1986 agreement with the United States.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Text: tt.text, Published: graph.Day(1987, 3, 1)}, Options{})
			if len(r.Events) != 1 || !reflect.DeepEqual(r.Events[0].Topics, tt.want) {
				t.Errorf("got %+v, want one accord on %q", r.Events, tt.want)
			}
		})
	}
}
