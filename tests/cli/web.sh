#!/bin/sh
# Web pages and feeds from the command line: the records --articles prints
# for a page and a feed's items, FILE#N in --entities and --xref, a
# directory of pages and feeds, and bad markup. Usage: web.sh BINARY [LABEL]
bin=$1
label=${2:-cli}
tmp=${TMPDIR:-/tmp}/crossread-web.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok $label/$1"; }
fail() { echo "FAIL $label/$1: $2"; }

cat >"$tmp/page.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port strike spreads to the south | The Daily Ledger</title>
<link rel="canonical" href="https://ledger.example.org/port-strike">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port strike spreads to the south","datePublished":"2024-03-05T09:05:00Z","author":{"@type":"Person","name":"Lena Markovic"},"publisher":{"@type":"Organization","name":"The Daily Ledger"}}</script>
<meta property="og:title" content="A worse title from Open Graph">
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie-notice">We use cookies. Accept all cookies</div>
<article><h1>Port strike spreads to the south</h1>
<p>Dock workers in three southern ports walked out on Tuesday, union leader Amina Okafor said, widening a strike that has already halted shipping in the north.</p>
<figure><img src="q.jpg" alt="The quay"><figcaption>Workers on the quay. Photo: Jan Berg</figcaption></figure>
<p>Okafor told reporters the union would not return to talks until the port authority withdrew its <a href="/offer">offer</a>, which she called &ldquo;an insult&rdquo;.</p>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Celebrity wedding photos</a></li></ul></aside>
<footer>&copy; 2024 The Daily Ledger</footer>
</body></html>
HTML
cat >"$tmp/feed.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Wire</title><link>https://wire.example.org/</link><language>en</language>
<item><title>Union leader rejects port offer</title><link>/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Sam Idowu</dc:creator>
<description>&lt;p&gt;Amina Okafor rejected the offer on Tuesday.&lt;/p&gt;</description></item>
<item><title>Shipping delays grow</title><link>https://wire.example.org/2</link>
<pubDate>Wed, 06 Mar 2024 08:30:00 +0100</pubDate>
<description>Delays grew to four days.</description></item>
<item><link>https://wire.example.org/3</link><pubDate>Thu, 07 Mar 2024 12:00:00 GMT</pubDate>
<description><![CDATA[<p>The union and the port will meet on Friday.</p>]]></description></item>
</channel></rss>
XML
cat >"$tmp/atom.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Notes</title>
<entry><title>Atom entry</title><link rel="alternate" href="https://notes.example.org/e1"/>
<published>2024-03-08T07:00:00+02:00</published><author><name>Ines Duarte</name></author>
<content type="html">&lt;p&gt;A note on the strike.&lt;/p&gt;</content></entry>
</feed>
XML

out=$("$bin" --articles "$tmp/page.html" "$tmp/feed.xml" "$tmp/atom.xml" | tail -n +2 | sed "s|$tmp/||")
want="page.html	0	Port strike spreads to the south	2024-03-05T09:05:00Z	Lena Markovic	The Daily Ledger	https://ledger.example.org/port-strike	en
feed.xml	1	Union leader rejects port offer	2024-03-05T10:00:00Z	Sam Idowu	Harbour Wire	https://wire.example.org/1	en
feed.xml	2	Shipping delays grow	2024-03-06T08:30:00+01:00		Harbour Wire	https://wire.example.org/2	en
feed.xml	3	The union and the port will meet on Friday.	2024-03-07T12:00:00Z		Harbour Wire	https://wire.example.org/3	en
atom.xml	1	Atom entry	2024-03-08T07:00:00+02:00	Ines Duarte	Quay Notes	https://notes.example.org/e1	"
if [ "$out" = "$want" ]; then ok web-articles; else fail web-articles "got:"; printf '%s\n' "$out" | sed 's/^/#   /'; fi
n=$("$bin" --articles --format json "$tmp/page.html" "$tmp/feed.xml" | grep -c '^{"file":.*,"text":"[A-Z][a-z]*: ')
[ "$n" -eq 4 ] && ok web-articles-json || fail web-articles-json "$n JSON records with text, want 4"

text=$("$bin" --text "$tmp/page.html")
if echo "$text" | grep -q 'Dock workers in three southern ports' && ! echo "$text" | grep -q '<\|&ldquo;\|cookies\|Most read\|Celebrity\|Home'; then
	ok web-page-text
else
	fail web-page-text "markup or furniture in the text"
	echo "$text" | sed 's/^/#   /' | head -12
fi
echo "$text" | grep -q '“an insult”' && ok web-page-entities-decoded || fail web-page-entities-decoded "&ldquo; not decoded"
"$bin" --text "$tmp/feed.xml" | grep -q 'Amina Okafor rejected the offer on Tuesday.' && ! "$bin" --text "$tmp/feed.xml" | grep -q '&lt;\|<p>' &&
	ok web-feed-body || fail web-feed-body "escaped markup left in a feed item"

# Items are named FILE#N; the person of the page and of an item is one.
"$bin" --entities "$tmp/page.html" "$tmp/feed.xml" >"$tmp/ents"
grep -q "^$tmp/feed.xml#1	[0-9]*	[0-9]*	PERSON	Amina Okafor	Amina Okafor	[0-9]*$" "$tmp/ents" && ok web-entities-item-name || fail web-entities-item-name "no feed.xml#1 row for Amina Okafor"
"$bin" --xref "$tmp/page.html" "$tmp/feed.xml" >"$tmp/xref"
if grep -q "^PERSON	Amina Okafor	[0-9]*	$tmp/page.html	2\$" "$tmp/xref" &&
	grep -q "^PERSON	Amina Okafor	[0-9]*	$tmp/feed.xml#1	1\$" "$tmp/xref" && ! grep -q "Okafor.*feed.xml#2" "$tmp/xref"; then
	ok web-xref-shared
else
	fail web-xref-shared "Okafor's rows:"
	grep Okafor "$tmp/xref" | sed 's/^/#   /'
fi
# Offsets of an item index its --text.
"$bin" --text "$tmp/feed.xml" >/dev/null
line=$(grep 'feed.xml#1.*Amina Okafor' "$tmp/ents" | head -1)
s=$(echo "$line" | cut -f2)
e=$(echo "$line" | cut -f3)
"$bin" --articles --format json "$tmp/feed.xml" | head -1 | sed 's/.*"text":"//; s/"}$//' | sed 's/\\n/\n/g' >"$tmp/item1"
got=$(dd if="$tmp/item1" bs=1 skip="$s" count=$((e - s)) 2>/dev/null)
[ "$got" = "Amina Okafor" ] && ok web-item-offsets || fail web-item-offsets "'$got' at $s-$e"

# A directory of pages and feeds opens as articles.
mkdir -p "$tmp/dir"
cp "$tmp/page.html" "$tmp/feed.xml" "$tmp/atom.xml" "$tmp/dir/"
printf '<?xml version="1.0"?><sitemap><url>x</url></sitemap>\n' >"$tmp/dir/sitemap.xml"
n=$("$bin" --articles "$tmp/dir" 2>"$tmp/err" | tail -n +2 | wc -l)
[ "$n" -eq 5 ] && grep -q 'sitemap.xml' "$tmp/err" && ok web-directory || fail web-directory "$n articles; $(cat "$tmp/err")"

# Bad markup: a page cut short still reads; a broken feed is named, never a crash.
head -c 900 "$tmp/page.html" >"$tmp/cut.html"
"$bin" --dump "$tmp/cut.html" >"$tmp/out" 2>&1
s=$?
[ $s -eq 0 ] && ok web-cut-page || fail web-cut-page "status $s: $(head -3 "$tmp/out")"
printf '<?xml version="1.0"?>\n<rss><channel><title>T</title><item><title>Only' >"$tmp/broken.xml"
"$bin" --dump "$tmp/broken.xml" >"$tmp/out" 2>&1
s=$?
# The item is read as far as it goes, with a warning naming file and line.
[ $s -eq 0 ] && grep -q 'Only' "$tmp/out" && grep -q "warning: $tmp/broken.xml:2: bad XML" "$tmp/out" &&
	ok web-broken-feed || fail web-broken-feed "status $s: $(head -3 "$tmp/out")"
printf '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>\n' >"$tmp/empty.xml"
out=$("$bin" --dump "$tmp/empty.xml" 2>&1)
[ $? -eq 2 ] && echo "$out" | grep -q 'empty.xml: a feed without items' && ok web-empty-feed || fail web-empty-feed "$out"

# Without libxml2 (a preloaded stand-in for dlopen refuses it and libcurl):
# a page or feed named on the command line is an error naming it, one found
# in a directory is skipped with the reason while the text files open, and
# a text file never needs the library at all.
if ! cc -shared -fPIC -o "$tmp/nodlopen.so" tests/tools/nodlopen.c -ldl 2>/dev/null; then
	echo "skip $label/web-without-libxml2: no C compiler to build the stand-in for dlopen"
else
	out=$(LD_PRELOAD="$tmp/nodlopen.so" "$bin" --dump "$tmp/page.html" 2>&1)
	s=$?
	if echo "$out" | grep -q 'runtime does not come first'; then
		echo "skip $label/web-without-libxml2: a sanitized binary cannot take a preloaded library"
	else
		[ $s -eq 2 ] && echo "$out" | grep -q "page.html: cannot read a web page: cannot load libxml2" &&
			ok web-without-libxml2-page || fail web-without-libxml2-page "status $s: $out"
		out=$(LD_PRELOAD="$tmp/nodlopen.so" "$bin" --dump "$tmp/feed.xml" 2>&1)
		s=$?
		[ $s -eq 2 ] && echo "$out" | grep -q "feed.xml: cannot read a feed: cannot load libxml2" &&
			ok web-without-libxml2-feed || fail web-without-libxml2-feed "status $s: $out"
		mkdir -p "$tmp/mixed"
		cp "$tmp/page.html" "$tmp/mixed/"
		printf 'Title: Plain\n\nDock workers met Amina Okafor in Lagos.\n' >"$tmp/mixed/plain.txt"
		out=$(LD_PRELOAD="$tmp/nodlopen.so" "$bin" --entities "$tmp/mixed" 2>"$tmp/err")
		s=$?
		[ $s -eq 0 ] && echo "$out" | grep -q 'plain.txt.*Amina Okafor' &&
			grep -q 'warning: .*page.html: cannot read a web page: cannot load libxml2.*skipped' "$tmp/err" &&
			ok web-without-libxml2-directory || fail web-without-libxml2-directory "status $s: $out $(cat "$tmp/err")"
	fi
fi
