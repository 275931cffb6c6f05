/* xmllib: opening libxml2 at the first page or feed (see xmllib.h). */
#define XMLLIB_NO_REDIRECT
#include "xmllib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include "xmalloc.h"

struct xmllib xmllib;

static pthread_once_t xmllib_once = PTHREAD_ONCE_INIT;
static char xmllib_error[256];	/* why libxml2 could not be opened, or "" */

static void xmllib_open(void)
{
	void *lib = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		lib = dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		const char *e = dlerror();
		snprintf(xmllib_error, sizeof xmllib_error, "cannot load libxml2: %s", e ? e : "not found");
		return;
	}
	const char *missing = NULL;
	/* POSIX lets a function's address travel through dlsym's void *. */
#define XMLLIB_FIND(f)                                  \
	if (!(*(void **)&xmllib.f = dlsym(lib, #f)) && !missing) \
		missing = #f;
	XMLLIB_FUNCTIONS(XMLLIB_FIND)
#undef XMLLIB_FIND
	xmllib.free = dlsym(lib, "xmlFree");
	if (!xmllib.free && !missing)
		missing = "xmlFree";
	if (missing) {
		snprintf(xmllib_error, sizeof xmllib_error, "cannot load libxml2: %s is missing", missing);
		return;
	}
	/* libxml2 asks to be initialized once, before threads parse. */
	xmllib.xmlInitParser();
}

int xmllib_load(char **err)
{
	pthread_once(&xmllib_once, xmllib_open);
	if (xmllib_error[0]) {
		*err = xstrdup(xmllib_error);
		return -1;
	}
	return 0;
}
