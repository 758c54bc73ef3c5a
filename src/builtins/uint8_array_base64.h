#pragma once
// The Uint8Array base64 / hex methods (uint8_array_base64.cpp).
#include "runtime/realm.h"

namespace yjs {

class VM;

// Installs fromBase64 and fromHex on %Uint8Array%, and setFromBase64, setFromHex, toBase64 and toHex on
// %Uint8Array.prototype%; initialize_typed_array_constructors calls it once both exist.
void install_uint8_array_base64_methods(VM&, Realm&);

} // namespace yjs
