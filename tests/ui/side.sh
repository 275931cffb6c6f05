#!/bin/sh
# UI tests of the side pane: the real program in tmux, driven by send-keys
# and checked on capture-pane (as tests/ui/run.sh does). The pane follows
# the reader to a new place (x, a jump, another story); snippets are cut
# between words and a headline shows as its title; the pane's width grows
# with the terminal and - + _ change it for the session; related stories
# show the share they are ranked by. Usage: side.sh BINARY [PREFIX]
. "$(dirname "$0")/lib.sh"
ui_init side "$@"
fail_rows=24
mkdir -p "$tmp/volcker" "$tmp/cocoa"
# side: the side pane's column of the screen (after the second separator).
side() { awk -F'│' 'NF == 3 { print $3 }' "$screen"; }
side_has() { side | grep -q -- "$1"; }
check_side() { if side_has "$2"; then ok "$1"; else fail "$1" "no \"$2\" in the side pane"; fi; }
check_side_not() { if side_has "$2"; then fail "$1" "\"$2\" still in the side pane"; else ok "$1"; fi; }
# seps: the columns of the two pane separators on the heading row
# (build/columns counts columns, not bytes: a heading may hold "…").
columns=$(pwd)/build/columns
seps() { sed -n 1p "$screen" | "$columns"; }
check_seps() { s=$(seps); if [ "$s" = "$2" ]; then ok "$1"; else fail "$1" "separators at '$s', want '$2'"; fi; }
start() { # start COLS ROWS ARGS...: the reader, with fresh state of its own
	cols=$1 rows=$2
	shift 2
	$T kill-server 2>/dev/null
	n=$((n + 1))
	T="tmux -L crossread-ui-side-$$-$n -f /dev/null"
	d=$tmp/run$n
	mkdir -p "$d/data" "$d/state"
	$T new-session -d -s t -x "$cols" -y "$rows" "env -i PATH=$PATH HOME=$tmp TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$d/data XDG_STATE_HOME=$d/state sh"
	$T set-option -t t -g status off >/dev/null
	$T resize-window -t t -x "$cols" -y "$rows" 2>/dev/null
	$T send-keys -t t "cd '$PWD' && $bin --no-mouse $*" Enter
}

# 1. The side pane follows the reader. With NATO selected in the body and
# Putin's mentions listed in the pane, x goes to NATO in the next story:
# the pane lists NATO's mentions there, not Putin's of the story left.
start 140 45 seeds
if wait_for 'Cross-references'; then
	settle
	keys e e
	check follow-select-nato ' 1/2  NATO (ORG) mention 1 of 5'
	keys Tab
	keys j
	keys Enter
	check_side follow-putin-listed 'Vladimir Putin (PERSON)'
	keys Tab Tab
	keys x
	check follow-x-status ' 2/2  NATO (ORG) mention 1 of 13'
	check_side follow-x-nato 'NATO (ORG)'
	check_side follow-x-this-story 'This story (13)'
	check_side_not follow-x-not-putin 'Vladimir Putin (PERSON)'
	# Back where x started: NATO's mentions as that story has them.
	keys C-o
	check follow-back-status ' 1/2  NATO (ORG) mention 1 of 5'
	check_side follow-back-this-story 'This story (5)'
	# Another story, nothing selected there: its cross-references.
	keys J
	check follow-J-status ' 2/2 '
	check_side follow-J-xref 'Shared with other stories'
	check_side_not follow-J-no-mentions 'NATO (ORG)'
	# e there selects an entity: the pane lists it, as the body shows it.
	keys Tab
	keys j
	keys Enter
	keys Tab Tab
	keys e
	ent=$(sed -n "$(($(wc -l <"$screen") - 1))p" "$screen" | sed -n 's/^ 2\/2  \(.*\) ([A-Z]*) mention .*/\1/p')
	if [ -n "$ent" ] && side | sed -n 2p | grep -qF "$ent ("; then ok follow-e; else
		fail follow-e "the pane does not list the mentions of '$ent'"; fi
else
	fail follow-start "the reader did not start"
fi
keys q

# The issue's own steps: Putin's mentions listed, then NATO selected with
# e (the pane follows at once), then x.
start 140 45 seeds
if wait_for 'Cross-references'; then
	settle
	keys Tab
	keys j
	keys Enter
	check_side steps-putin 'Vladimir Putin (PERSON)'
	keys Tab Tab
	keys e e
	check_side steps-e-nato 'NATO (ORG)'
	keys x
	check steps-x-status ' 2/2  NATO (ORG) mention 1 of 13'
	check_side steps-x-nato 'This story (13)'
	check_side_not steps-x-not-putin 'Vladimir Putin (PERSON)'
else
	fail steps-start "the reader did not start"
fi
keys q

# 2. Snippets are cut between words, never inside one: each context shown
# is found in the story with a word's edge at every cut ("…" at a cut end,
# the paragraph's end where there is none). At the default width, then
# narrower.
# snippets_ok NAME MIN: checks every snippet row of the pane (at least MIN)
# against the seeds.
snippets_ok() {
	side | awk '/^  [^ ]/ && !/^  Esc:/' >"$tmp/snippets"
	cat seeds/*.txt >"$tmp/seeds"
	rows=$(wc -l <"$tmp/snippets")
	bad=$(LC_ALL=C awk -v ell='…' '
		FNR == NR { gsub(/[ \t]+/, " "); sub(/ $/, ""); text[++nt] = $0; next }
		{
			s = $0; sub(/^ +/, "", s); sub(/ +$/, "", s)
			lcut = substr(s, 1, 3) == ell; if (lcut) { s = substr(s, 4); sub(/^ /, "", s) }
			rcut = substr(s, length(s) - 2) == ell; if (rcut) s = substr(s, 1, length(s) - 3)
			found = 0
			for (i = 1; i <= nt && !found; i++) {
				t = text[i]; off = 0
				while ((p = index(substr(t, off + 1), s)) > 0) {
					p += off; off = p
					before = p > 1 ? substr(t, p - 1, 1) : " "
					after = substr(t, p + length(s), 1)
					last = substr(s, length(s), 1)
					lok = !lcut || before ~ /[ \/-]/ || before == "\224" || before == "\223"
					rok = rcut ? (after == " " || last ~ /[-\/]/ || last == "\224" || last == "\223") : after == ""
					if (lok && rok) { found = 1; break }
				}
			}
			if (!found) print $0
		}' "$tmp/seeds" "$tmp/snippets")
	if [ "$rows" -ge "$2" ] && [ -z "$bad" ]; then ok "$1"; else
		fail "$1" "$rows snippets; cut inside a word or not in the story: $bad"; sed "s/^/#   snippet: /" "$tmp/snippets"; fi
}
start 120 40 seeds
if wait_for 'Cross-references'; then
	settle
	keys Tab
	keys j
	keys Enter
	check_side snippets-putin 'Vladimir Putin (PERSON)'
	snippets_ok snippets-whole-words 4
	keys - - -
	check snippets-narrower 'Side pane: 24 columns'
	snippets_ok snippets-whole-words-narrow 4
	keys Escape
	keys G
	keys Enter
	snippets_ok snippets-whole-words-last-entity 1
else
	fail snippets-start "the reader did not start"
fi
keys q

# 3. A mention in a headline shows the title's text, not the header line
# it came from ("Title: VOLCKER SAYS FED…").
cat >"$tmp/volcker/a.txt" <<'EOF'
Title: VOLCKER SAYS FED REMAINS CONCERNED ABOUT INFLATION
Date: 3-MAR-1987

    WASHINGTON, March 3 - Federal Reserve Board Chairman Paul Volcker said
the Fed remains concerned about the possibility of renewed inflation.
    Volcker told the Senate Banking Committee that the dollar had fallen
far enough.
 Reuter
EOF
cat >"$tmp/volcker/b.txt" <<'EOF'
Title: VOLCKER SEES TRADE DEFICIT NARROWING
Date: 4-MAR-1987

    NEW YORK, March 4 - Paul Volcker said the trade deficit would narrow
this year as exports rose.
 Reuter
EOF
start 120 40 "$tmp/volcker"
if wait_for 'Cross-references'; then
	settle
	keys Tab
	keys Enter
	check_side headline-mentions 'Paul Volcker (PERSON)'
	check_side headline-title 'VOLCKER SAYS FED'
	check_side headline-other-title 'VOLCKER SEES TRADE'
	check_side_not headline-no-key 'Title:'
else
	fail headline-start "the reader did not start"
fi
keys q

# 4. The side pane's width: 30% of the terminal (the body keeps 50
# columns while the pane can give them up), - and + change it by four
# columns, kept as a part of the terminal across resizes; = gives the
# default again; the limits are said.
start 100 30 seeds
if wait_for 'Cross-references'; then
	settle
	check_seps width-100 '25 75'
else
	fail width-start "the reader did not start"
fi
keys q
start 160 40 seeds
if wait_for 'Cross-references'; then
	settle
	check_seps width-160 '32 111'
	keys -
	check width-narrower 'Side pane: 44 columns'
	check_seps width-narrower-seps '32 115'
	keys + + +
	check width-wider 'Side pane: 56 columns'
	check_seps width-wider-seps '32 103'
	$T resize-window -t t -x 200 -y 40
	settle
	check_seps width-kept-wider-terminal '32 129'
	$T resize-window -t t -x 120 -y 40
	settle
	check_seps width-kept-narrower-terminal '30 77'
	keys _
	check width-default 'Side pane: 36 columns, the default'
	check_seps width-default-seps '30 83'
	keys - - - - - -
	check width-least 'as narrow as it goes (16 columns)'
	keys + + + + + + + + + + + +
	check width-most 'as wide as it goes (58 columns)'
	check_seps width-most-seps '30 61'
	keys -
	check width-most-then-narrower 'Side pane: 54 columns'
	keys h
	check width-help-narrower 'Make the side pane narrower'
	check width-help-keys 'Give the side pane its default width again'
	keys q
else
	fail width-start-160 "the reader did not start"
fi
keys q

# 5. Related stories: the share each is ranked by, highest first; the
# story of the same trader comes before those that share three countries.
cat >"$tmp/cocoa/1.txt" <<'EOF'
Title: Cocoa review

Cocoa trader Kwame Mensah said buyers in the United States, Britain and Brazil bought less this week.
EOF
cat >"$tmp/cocoa/2.txt" <<'EOF'
Title: Dollar opens lower

The dollar opened lower as the United States, Britain and Brazil reported wider trade gaps.
EOF
cat >"$tmp/cocoa/3.txt" <<'EOF'
Title: Cocoa pact

Kwame Mensah said the producers would meet next month.
EOF
cat >"$tmp/cocoa/4.txt" <<'EOF'
Title: Gold opens firmer

Gold opened firmer as dealers in the United States, Britain and Brazil bought bullion.
EOF
start 120 40 "$tmp/cocoa"
if wait_for 'Related stories'; then
	settle
	check_side related-legend '% of this story'
	side | sed -n '/Related stories/,/^ *$/p' | grep '[0-9]%' >"$tmp/related"
	first=$(sed -n 1p "$tmp/related")
	case "$first" in
	*"Cocoa pact"*) ok related-same-trader-first ;;
	*) fail related-same-trader-first "first is '$first'" ;;
	esac
	pcts=$(sed 's/.* \([0-9]*\)%.*/\1/' "$tmp/related" | tr '\n' ' ')
	if [ "$(wc -l <"$tmp/related")" -eq 3 ] &&
		echo "$pcts" | awk '{ for (i = 2; i <= NF; i++) if ($i > $(i - 1)) exit 1 }'; then
		ok related-shares-ranked
	else
		fail related-shares-ranked "shares in the order shown: $pcts"
	fi
else
	fail related-start "the reader did not start"
fi
keys q
