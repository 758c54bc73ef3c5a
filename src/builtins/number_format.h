#pragma once
// The ICU formatter behind Number.prototype.toLocaleString and BigInt.prototype.toLocaleString.
#include <unicode/unum.h>

namespace yjs {

// An en-US decimal formatter with at most 3 fraction digits (Node's default toLocaleString), one per thread
// (agents run on threads of their own); null if ICU cannot make one.
UNumberFormat* en_us_number_format();

} // namespace yjs
