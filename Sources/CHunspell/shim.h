#ifndef VOORDEUR_CHUNSPELL_SHIM_H
#define VOORDEUR_CHUNSPELL_SHIM_H
/* Hunspell's C API (Debian: libhunspell-dev). The dictionary itself (hunspell-nl) is only needed at run time. */
#include <hunspell/hunspell.h>
#endif
