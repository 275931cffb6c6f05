/* xmllib: libxml2, opened when the first page or feed is read rather than
 * linked. libxml2 brings ICU and the C++ runtime with it, whose loading
 * was a third of the start-up of a reader that opens a text file.
 *
 * A file that calls libxml2 includes this header after libxml2's own: the
 * names it uses then call through the table below, unchanged at the call
 * site. Anything that parses calls xmllib_load first. */
#ifndef CROSSREAD_XMLLIB_H
#define CROSSREAD_XMLLIB_H

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>

/* The functions crossread calls, X(name) each. */
#define XMLLIB_FUNCTIONS(X)                                                                                       \
	X(htmlEntityLookup) X(htmlReadMemory) X(xmlAddDocEntity) X(xmlBufferContent) X(xmlBufferCreate)           \
	X(xmlBufferFree) X(xmlBufferLength) X(xmlBuildURI) X(xmlCharEncCloseFunc) X(xmlCreateIntSubset)           \
	X(xmlCtxtReadMemory) X(xmlDocGetRootElement) X(xmlFindCharEncodingHandler) X(xmlFreeDoc)                 \
	X(xmlFreeParserCtxt) X(xmlGetDocEntity) X(xmlInitParser) X(xmlNewDoc) X(xmlNewParserCtxt) X(xmlNodeDump) \
	X(xmlSAX2GetEntity) X(xmlSetGenericErrorFunc) X(xmlSetStructuredErrorFunc) X(xmlStrEqual)               \
	X(xmlStrcasecmp) X(__xmlGenericError) X(__xmlGenericErrorContext) X(__xmlStructuredError)               \
	X(__xmlStructuredErrorContext)

struct xmllib {
#define XMLLIB_MEMBER(f) __typeof__(f) *f;
	XMLLIB_FUNCTIONS(XMLLIB_MEMBER)
#undef XMLLIB_MEMBER
	xmlFreeFunc *free;	/* the variable xmlFree */
};
extern struct xmllib xmllib;

/* Opens libxml2 once (any thread may call it, any number of times) and
 * initializes its parser. Returns 0, or -1 with *err set to a message to
 * free when the library cannot be opened. */
int xmllib_load(char **err);

#ifndef XMLLIB_NO_REDIRECT
#define htmlEntityLookup (*xmllib.htmlEntityLookup)
#define htmlReadMemory (*xmllib.htmlReadMemory)
#define xmlAddDocEntity (*xmllib.xmlAddDocEntity)
#define xmlBufferContent (*xmllib.xmlBufferContent)
#define xmlBufferCreate (*xmllib.xmlBufferCreate)
#define xmlBufferFree (*xmllib.xmlBufferFree)
#define xmlBufferLength (*xmllib.xmlBufferLength)
#define xmlBuildURI (*xmllib.xmlBuildURI)
#define xmlCharEncCloseFunc (*xmllib.xmlCharEncCloseFunc)
#define xmlCreateIntSubset (*xmllib.xmlCreateIntSubset)
#define xmlCtxtReadMemory (*xmllib.xmlCtxtReadMemory)
#define xmlDocGetRootElement (*xmllib.xmlDocGetRootElement)
#define xmlFindCharEncodingHandler (*xmllib.xmlFindCharEncodingHandler)
#define xmlFreeDoc (*xmllib.xmlFreeDoc)
#define xmlFreeParserCtxt (*xmllib.xmlFreeParserCtxt)
#define xmlGetDocEntity (*xmllib.xmlGetDocEntity)
#define xmlInitParser (*xmllib.xmlInitParser)
#define xmlNewDoc (*xmllib.xmlNewDoc)
#define xmlNewParserCtxt (*xmllib.xmlNewParserCtxt)
#define xmlNodeDump (*xmllib.xmlNodeDump)
#define xmlSAX2GetEntity (*xmllib.xmlSAX2GetEntity)
#define xmlSetGenericErrorFunc (*xmllib.xmlSetGenericErrorFunc)
#define xmlSetStructuredErrorFunc (*xmllib.xmlSetStructuredErrorFunc)
#define xmlStrEqual (*xmllib.xmlStrEqual)
#define xmlStrcasecmp (*xmllib.xmlStrcasecmp)
#define __xmlGenericError (*xmllib.__xmlGenericError)
#define __xmlGenericErrorContext (*xmllib.__xmlGenericErrorContext)
#define __xmlStructuredError (*xmllib.__xmlStructuredError)
#define __xmlStructuredErrorContext (*xmllib.__xmlStructuredErrorContext)
#undef xmlFree
#define xmlFree (*xmllib.free)
#endif

#endif
