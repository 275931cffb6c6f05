/* fetch: getting an article over HTTP or HTTPS with libcurl, one easy
 * handle per call so that threads never share one. The body is collected
 * in memory up to a cap, the final status line's reason phrase is kept for
 * the error message, and the Content-Type is split into the media type and
 * the charset that the format readers and the decoder need. */
#include "fetch.h"

#include <ctype.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "xmalloc.h"

#define FETCH_MAX_BYTES ((size_t)FETCH_MAX_MB * 1024 * 1024)
#define FETCH_MAX_REDIRS 10L
#define FETCH_CONNECT_TIMEOUT 10L
#define FETCH_USER_AGENT "crossread/0.1 (terminal news reader)"

/* What the callbacks collect during one transfer. */
struct fetch_state {
	char *data;
	size_t len, cap;
	long status;		/* from the last status line seen */
	char reason[128];	/* its reason phrase, or "" */
	int too_big;		/* the body passed FETCH_MAX_BYTES */
};

/* libcurl, opened when a URL is first fetched rather than linked: it and
 * the libraries it brings (TLS, Kerberos, LDAP, SSH...) were most of the
 * program's start-up time, which a reader of a local file waited for. */
static struct {
	CURLcode (*global_init)(long flags);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *h, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *h);
	CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *h);
	const char *(*easy_strerror)(CURLcode code);
} fetch_lib;

static pthread_once_t fetch_once = PTHREAD_ONCE_INIT;
static CURLcode fetch_init_result = CURLE_FAILED_INIT;
static char fetch_load_error[256];	/* why libcurl could not be opened, or "" */

/* Opens libcurl; returns 0, or -1 with fetch_load_error set. */
static int fetch_load(void)
{
	void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		lib = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		const char *e = dlerror();
		snprintf(fetch_load_error, sizeof fetch_load_error, "cannot load libcurl: %s", e ? e : "not found");
		return -1;
	}
	/* POSIX lets a function's address travel through dlsym's void *. */
	*(void **)&fetch_lib.global_init = dlsym(lib, "curl_global_init");
	*(void **)&fetch_lib.easy_init = dlsym(lib, "curl_easy_init");
	*(void **)&fetch_lib.easy_setopt = dlsym(lib, "curl_easy_setopt");
	*(void **)&fetch_lib.easy_perform = dlsym(lib, "curl_easy_perform");
	*(void **)&fetch_lib.easy_getinfo = dlsym(lib, "curl_easy_getinfo");
	*(void **)&fetch_lib.easy_cleanup = dlsym(lib, "curl_easy_cleanup");
	*(void **)&fetch_lib.easy_strerror = dlsym(lib, "curl_easy_strerror");
	if (!fetch_lib.global_init || !fetch_lib.easy_init || !fetch_lib.easy_setopt || !fetch_lib.easy_perform ||
	    !fetch_lib.easy_getinfo || !fetch_lib.easy_cleanup || !fetch_lib.easy_strerror) {
		snprintf(fetch_load_error, sizeof fetch_load_error, "cannot load libcurl: a function is missing");
		return -1;
	}
	return 0;
}

/* curl_global_init is not thread-safe in every libcurl build, so it is run
 * exactly once, by whichever thread fetches first. */
static void fetch_global_init(void)
{
	if (fetch_load() == 0)
		fetch_init_result = fetch_lib.global_init(CURL_GLOBAL_DEFAULT);
}

static size_t fetch_write(char *ptr, size_t size, size_t nmemb, void *userdata)
{
	struct fetch_state *st = userdata;
	size_t n = size * nmemb;
	/* An error page is not an article: stop reading it at once. */
	if (st->status >= 400)
		return 0;
	/* The cap is checked on the decoded bytes, so a small compressed body
	 * that inflates enormously is stopped too. */
	if (n > FETCH_MAX_BYTES - st->len) {
		st->too_big = 1;
		return 0;
	}
	if (st->len + n + 1 > st->cap) {
		size_t cap = st->cap ? st->cap : 16384;
		while (cap < st->len + n + 1)
			cap *= 2;
		st->data = xrealloc(st->data, cap);
		st->cap = cap;
	}
	memcpy(st->data + st->len, ptr, n);
	st->len += n;
	st->data[st->len] = '\0';
	return n;
}

/* Every response's header lines pass here, those of redirects and of a
 * proxy's CONNECT included; each status line starts a new response, so the
 * last one seen is the final one. */
static size_t fetch_header(char *ptr, size_t size, size_t nmemb, void *userdata)
{
	struct fetch_state *st = userdata;
	size_t n = size * nmemb;
	if (n < 5 || memcmp(ptr, "HTTP/", 5) != 0)
		return n;
	size_t i = 5;
	while (i < n && ptr[i] != ' ')
		i++;
	while (i < n && ptr[i] == ' ')
		i++;
	long status = 0;
	while (i < n && isdigit((unsigned char)ptr[i]))
		status = status * 10 + (ptr[i++] - '0');
	while (i < n && ptr[i] == ' ')
		i++;
	size_t end = n;
	while (end > i && (ptr[end - 1] == '\r' || ptr[end - 1] == '\n' || ptr[end - 1] == ' '))
		end--;
	size_t len = end - i;
	if (len >= sizeof st->reason)
		len = sizeof st->reason - 1;
	/* The phrase goes into a message: keep only printable ASCII. */
	for (size_t k = 0; k < len; k++) {
		unsigned char c = (unsigned char)ptr[i + k];
		st->reason[k] = c >= 0x20 && c < 0x7f ? (char)c : '?';
	}
	st->reason[len] = '\0';
	st->status = status;
	return n;
}

static char *fetch_lower(const char *s, size_t n)
{
	char *d = xstrndup(s, n);
	for (char *p = d; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return d;
}

static int fetch_is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Splits a Content-Type such as `Text/HTML; Charset="UTF-8"` into
 * "text/html" and "utf-8"; either is NULL when absent or empty. */
static void fetch_content_type(const char *ct, char **type, char **charset)
{
	*type = *charset = NULL;
	if (!ct)
		return;
	const char *p = ct;
	while (fetch_is_space(*p))
		p++;
	const char *e = p;
	while (*e && *e != ';')
		e++;
	const char *t = e;
	while (t > p && fetch_is_space(t[-1]))
		t--;
	if (t > p)
		*type = fetch_lower(p, (size_t)(t - p));
	while (*e == ';') {
		p = e + 1;
		while (fetch_is_space(*p))
			p++;
		const char *name = p;
		while (*p && *p != '=' && *p != ';')
			p++;
		const char *name_end = p;
		while (name_end > name && fetch_is_space(name_end[-1]))
			name_end--;
		const char *v = NULL, *v_end = NULL;
		if (*p == '=') {
			p++;
			while (fetch_is_space(*p))
				p++;
			if (*p == '"') {
				v = ++p;
				while (*p && *p != '"')
					p++;
				v_end = p;
				if (*p == '"')
					p++;
			} else {
				v = p;
				while (*p && *p != ';')
					p++;
				v_end = p;
				while (v_end > v && fetch_is_space(v_end[-1]))
					v_end--;
			}
		}
		while (*p && *p != ';')
			p++;
		e = p;
		if (v && v_end > v && !*charset && name_end - name == 7 &&
		    strncasecmp(name, "charset", 7) == 0)
			*charset = fetch_lower(v, (size_t)(v_end - v));
	}
}

void fetch_result_free(struct fetch_result *r)
{
	free(r->data);
	free(r->content_type);
	free(r->charset);
	free(r->final_url);
	memset(r, 0, sizeof *r);
}

int fetch_url(const char *url, long timeout, struct fetch_result *out, char **err)
{
	memset(out, 0, sizeof *out);
	pthread_once(&fetch_once, fetch_global_init);
	if (fetch_load_error[0]) {
		*err = xasprintf("%s: %s", url, fetch_load_error);
		return -1;
	}
	if (fetch_init_result != CURLE_OK) {
		*err = xasprintf("%s: cannot set up libcurl: %s", url, fetch_lib.easy_strerror(fetch_init_result));
		return -1;
	}
	CURL *h = fetch_lib.easy_init();
	if (!h) {
		*err = xasprintf("%s: cannot set up libcurl", url);
		return -1;
	}
	struct fetch_state st = { 0 };
	char errbuf[CURL_ERROR_SIZE];
	errbuf[0] = '\0';

	fetch_lib.easy_setopt(h, CURLOPT_URL, url);
	fetch_lib.easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
	fetch_lib.easy_setopt(h, CURLOPT_WRITEFUNCTION, fetch_write);
	fetch_lib.easy_setopt(h, CURLOPT_WRITEDATA, &st);
	fetch_lib.easy_setopt(h, CURLOPT_HEADERFUNCTION, fetch_header);
	fetch_lib.easy_setopt(h, CURLOPT_HEADERDATA, &st);
	/* Only the web: a redirect to file:// or another scheme must not read
	 * local files or reach other services on the reader's behalf. */
#if LIBCURL_VERSION_NUM >= 0x075500
	fetch_lib.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	fetch_lib.easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	fetch_lib.easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	fetch_lib.easy_setopt(h, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	fetch_lib.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
	fetch_lib.easy_setopt(h, CURLOPT_MAXREDIRS, FETCH_MAX_REDIRS);
	/* "" offers every encoding this libcurl can decode. */
	fetch_lib.easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	fetch_lib.easy_setopt(h, CURLOPT_USERAGENT, FETCH_USER_AGENT);
	/* A declared length over the cap fails before any byte is read. */
	fetch_lib.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)FETCH_MAX_BYTES);
	/* Fetches may run in threads, where libcurl's signals are unsafe; the
	 * program should ignore SIGPIPE itself. */
	fetch_lib.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	if (timeout > 0) {
		fetch_lib.easy_setopt(h, CURLOPT_TIMEOUT, timeout);
		fetch_lib.easy_setopt(h, CURLOPT_CONNECTTIMEOUT,
				 timeout < FETCH_CONNECT_TIMEOUT ? timeout : FETCH_CONNECT_TIMEOUT);
	} else {
		fetch_lib.easy_setopt(h, CURLOPT_CONNECTTIMEOUT, FETCH_CONNECT_TIMEOUT);
	}

	CURLcode res = fetch_lib.easy_perform(h);
	long status = 0;
	/* 0 when no response came, or when only a proxy answered (its refusal
	 * is then in libcurl's error text). */
	fetch_lib.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);

	int rc = -1;
	if (status >= 400) {
		/* Whatever went wrong after the status line, it is the status
		 * that tells the reader why there is no article. */
		if (st.reason[0] && st.status == status)
			*err = xasprintf("%s: HTTP %ld %s", url, status, st.reason);
		else
			*err = xasprintf("%s: HTTP %ld", url, status);
	} else if (st.too_big || res == CURLE_FILESIZE_EXCEEDED) {
		*err = xasprintf("%s: response larger than %d MB", url, FETCH_MAX_MB);
	} else if (res != CURLE_OK) {
		size_t n = strlen(errbuf);
		while (n > 0 && (errbuf[n - 1] == '\n' || errbuf[n - 1] == '\r'))
			errbuf[--n] = '\0';
		const char *msg = n ? errbuf : fetch_lib.easy_strerror(res);
		/* Newer libcurls say "Couldn't connect to server" where the
		 * system's reason ("Connection refused") tells the reader more. */
		long os_errno = 0;
		fetch_lib.easy_getinfo(h, CURLINFO_OS_ERRNO, &os_errno);
		const char *why = os_errno ? strerror((int)os_errno) : NULL;
		if (why && !strstr(msg, why))
			*err = xasprintf("%s: %s (%s)", url, msg, why);
		else
			*err = xasprintf("%s: %s", url, msg);
	} else {
		char *ct = NULL, *eff = NULL;
		fetch_lib.easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
		fetch_lib.easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
		out->data = st.data ? st.data : xstrdup("");
		st.data = NULL;
		out->len = st.len;
		out->status = status;
		fetch_content_type(ct, &out->content_type, &out->charset);
		out->final_url = xstrdup(eff ? eff : url);
		rc = 0;
	}
	free(st.data);
	fetch_lib.easy_cleanup(h);
	return rc;
}
