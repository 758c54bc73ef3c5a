// The BigInt element conversions of array_buffer.h: the one place where BigInt64Array, BigUint64Array and
// the DataView BigInt accessors convert between BigInt values and element bits.
#include "runtime/array_buffer.h"
#include "runtime/bigint.h"
#include "runtime/vm.h"

namespace yjs {

ThrowCompletionOr<Value> ToBigIntForElement(VM& vm, Value value) {
    return Value(TRY(ToBigInt(vm, value)));
}

ThrowCompletionOr<std::uint64_t> BigIntToElementBits(VM& vm, Value bigint, ElementType type) {
    // The value is already a BigInt, so these conversions run no user code.
    if (type == ElementType::BigInt64) return static_cast<std::uint64_t>(TRY(ToBigInt64(vm, bigint)));
    return ToBigUint64(vm, bigint);
}

ThrowCompletionOr<Value> ElementBitsToBigInt(VM& vm, std::uint64_t bits, ElementType type) {
    if (type == ElementType::BigInt64)
        return Value(BigInt::create_from_int64(vm, static_cast<std::int64_t>(bits)));
    return Value(BigInt::create_from_uint64(vm, bits));
}

} // namespace yjs
