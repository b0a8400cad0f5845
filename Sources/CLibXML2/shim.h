#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the ICU that Foundation ships.
// Gazette never uses libxml2's ICU converters, so the headers are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void gazette_xml_free(void *pointer) { xmlFree(pointer); }

