/* fetch: getting an article over HTTP or HTTPS with libcurl. It follows
 * redirects, accepts compressed bodies, honours the user's proxy variables
 * (http_proxy, https_proxy, no_proxy...), caps the body's size and turns
 * every failure, HTTP status >= 400 included, into one message naming the
 * URL, so that a caller treats a URL like a file that could not be read. */
#ifndef CROSSREAD_FETCH_H
#define CROSSREAD_FETCH_H

#include <stddef.h>

/* The largest body fetch_url accepts, after decompression. */
#define FETCH_MAX_MB 256

struct fetch_result {
	char *data;		/* the body, NUL-terminated (len bytes) */
	size_t len;
	long status;		/* the final HTTP status */
	char *content_type;	/* the Content-Type's media type, lowercased, no parameters (e.g. "text/html"), or NULL */
	char *charset;		/* its charset parameter, lowercased, unquoted, or NULL */
	char *final_url;	/* the URL after redirects */
};

/* Fetches url (http:// or https://). timeout is the total time allowed in
 * seconds (0 or less: no limit); the connect timeout is min(timeout, 10).
 * Returns 0 with *out filled (free it with fetch_result_free), or -1 with
 * *out empty and *err set to a message naming the URL, which the caller
 * frees: "URL: HTTP 404 Not Found" (the reason phrase when the server gave
 * one, else just the number) for an HTTP status >= 400, "URL: <libcurl's
 * error text>" for a network error (e.g. "Connection refused", "Operation
 * timed out after 1001 milliseconds with 0 bytes received"), or "URL:
 * response larger than 256 MB". Safe to call from several threads at once;
 * libcurl is set up on the first call. */
int fetch_url(const char *url, long timeout, struct fetch_result *out, char **err);

/* Frees what r holds and empties it; r itself is the caller's. */
void fetch_result_free(struct fetch_result *r);

#endif
