// The BigInt element hooks of array_buffer.h: the one place where BigInt64Array, BigUint64Array and the
// DataView BigInt accessors convert between BigInt values and element bits. BigInt values are not
// supported by the engine yet, so each conversion throws the engine's BigInt TypeError.
#include "runtime/array_buffer.h"
#include "runtime/vm.h"

namespace yjs {

namespace {
ThrowCompletion throw_bigint_unsupported(VM& vm) {
    return vm.throw_type_error("BigInt is not supported yet");
}
} // namespace

ThrowCompletionOr<Value> ToBigIntForElement(VM& vm, Value) {
    return throw_bigint_unsupported(vm);
}

ThrowCompletionOr<std::uint64_t> BigIntToElementBits(VM& vm, Value, ElementType) {
    return throw_bigint_unsupported(vm);
}

ThrowCompletionOr<Value> ElementBitsToBigInt(VM& vm, std::uint64_t, ElementType) {
    return throw_bigint_unsupported(vm);
}

} // namespace yjs
