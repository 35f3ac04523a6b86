#ifndef VOORDEUR_CSODIUM_SHIM_H
#define VOORDEUR_CSODIUM_SHIM_H
/* libsodium (Debian: libsodium-dev to build, libsodium23 at run time): Argon2id and XChaCha20-Poly1305. */
#include <sodium.h>
#endif
