#ifndef VOORDEUR_CNCURSESW_SHIM_H
#define VOORDEUR_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros that Swift cannot import, wrapped as functions. */
static inline attr_t vd_a_bold(void) { return A_BOLD; }
static inline attr_t vd_a_reverse(void) { return A_REVERSE; }
static inline attr_t vd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t vd_a_normal(void) { return A_NORMAL; }
static inline attr_t vd_a_dim(void) { return A_DIM; }
static inline attr_t vd_color_pair(short n) { return COLOR_PAIR(n); }
static inline int vd_key_code_yes(void) { return KEY_CODE_YES; }
int wcwidth(wchar_t c);
#endif
