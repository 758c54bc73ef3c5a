// The Atomics object (25.4). The operations are real atomic instructions (the __atomic builtins, sequentially
// consistent) on the buffer's bytes, which other agents (threads) may share when the buffer is a
// SharedArrayBuffer; on an ArrayBuffer they are the same instructions on memory nobody else sees. The
// waiter lists of wait / waitAsync / notify are in runtime/agent.h.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/agent.h"
#include "runtime/array_buffer.h"
#include "runtime/object.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace yjs {

namespace {

static_assert(std::endian::native == std::endian::little, "element bytes are read as native integers");

// The receiver in V8's messages: "[object Int32Array]" for typed arrays, "#<Object>", "1", ... otherwise.
std::string describe_typed_array_argument(Value value) {
    if (value.is_object() && value.as_object()->is_typed_array())
        return std::string("[object ") + value.as_object()->class_name() + "]";
    return describe_value(value);
}

bool is_unclamped_integer_element_type(ElementType type) {
    switch (type) {
    case ElementType::Int8:
    case ElementType::Uint8:
    case ElementType::Int16:
    case ElementType::Uint16:
    case ElementType::Int32:
    case ElementType::Uint32:
        return true;
    default:
        return false;
    }
}

// ValidateIntegerTypedArray(typedArray, waitable, accessMode): the typed array, in bounds, with its length
// (the TypedArray With Buffer Witness Record).
ThrowCompletionOr<ValidatedTypedArray> ValidateIntegerTypedArray(VM& vm, Value typed_array, bool waitable,
                                                                 const char* method,
                                                                 AccessMode access = AccessMode::Read) {
    // The type is checked first only to give V8's message for non-typed-arrays; the checks are the spec's.
    auto* array = typed_array.is_object() && typed_array.as_object()->is_typed_array()
                      ? static_cast<TypedArrayObject*>(typed_array.as_object())
                      : nullptr;
    if (!array) {
        return vm.throw_type_error(
            describe_typed_array_argument(typed_array) +
            (waitable ? " is not an int32 or BigInt64 typed array." : " is not an integer typed array."));
    }
    // 2. Let taRecord be ? ValidateTypedArray(typedArray, unordered, accessMode).
    ValidatedTypedArray record = TRY(ValidateTypedArray(vm, typed_array, method, access));
    ElementType type = array->type();
    if (waitable) {
        // 3. If waitable is true, the type must be Int32Array or BigInt64Array.
        if (type != ElementType::Int32 && type != ElementType::BigInt64) {
            return vm.throw_type_error(describe_typed_array_argument(typed_array) +
                                       " is not an int32 or BigInt64 typed array.");
        }
    } else if (!is_unclamped_integer_element_type(type) && !is_bigint_element_type(type)) {
        // 4. Else, an unclamped integer or BigInt element type.
        return vm.throw_type_error(describe_typed_array_argument(typed_array) +
                                   " is not an integer typed array.");
    }
    return record;
}

// ValidateAtomicAccess(taRecord, requestIndex): the byte index of the element in the buffer.
ThrowCompletionOr<std::uint64_t> ValidateAtomicAccess(VM& vm, const ValidatedTypedArray& record,
                                                      Value request_index) {
    // 1. Let length be TypedArrayLength(taRecord).
    std::uint64_t length = record.length;
    // 2. Let accessIndex be ? ToIndex(requestIndex).
    double access_index = TRY(ToIntegerOrInfinity(vm, request_index));
    if (access_index < 0 || access_index > 9007199254740991.0)
        return vm.throw_range_error("Invalid atomic access index");
    // 4. If accessIndex ≥ length, throw a RangeError exception.
    if (access_index >= static_cast<double>(length))
        return vm.throw_range_error("Invalid atomic access index");
    // 5-8. Return (accessIndex × elementSize) + offset.
    TypedArrayObject* array = record.array;
    return static_cast<std::uint64_t>(access_index) * array->element_size() + array->byte_offset();
}

// ValidateAtomicAccessOnIntegerTypedArray(typedArray, requestIndex, false, accessMode).
ThrowCompletionOr<std::uint64_t> ValidateAtomicAccessOnIntegerTypedArray(VM& vm, Value typed_array,
                                                                         Value request_index, const char* method,
                                                                         AccessMode access = AccessMode::Read) {
    ValidatedTypedArray record = TRY(ValidateIntegerTypedArray(vm, typed_array, false, method, access));
    return ValidateAtomicAccess(vm, record, request_index);
}

// RevalidateAtomicAccess(typedArray, byteIndexInBuffer): the argument conversions may have detached or
// shrunk the buffer.
ThrowCompletionOr<void> RevalidateAtomicAccess(VM& vm, TypedArrayObject& array, std::uint64_t byte_index,
                                               const char* method) {
    // 2. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (array.is_out_of_bounds()) {
        if (array.buffer()->is_detached())
            return vm.throw_type_error(std::string("Cannot perform ") + method +
                                       " on a detached ArrayBuffer");
        return vm.throw_type_error(std::string("Cannot perform ") + method +
                                   " on an out of bounds TypedArray");
    }
    // 4. If byteIndexInBuffer ≥ taRecord.[[CachedBufferByteLength]], throw a RangeError exception.
    if (byte_index >= array.buffer()->byte_length())
        return vm.throw_range_error("Invalid atomic access index");
    return {};
}

TypedArrayObject& typed_array_of(Value value) {
    return *static_cast<TypedArrayObject*>(value.as_object());
}

// The value operand of an Atomics method: ? ToBigInt(v) for BigInt arrays, else 𝔽(? ToIntegerOrInfinity(v)).
ThrowCompletionOr<Value> ToAtomicOperand(VM& vm, ElementType type, Value value) {
    if (is_bigint_element_type(type)) return ToBigIntForElement(vm, value);
    return Value(TRY(ToIntegerOrInfinity(vm, value)) + 0.0); // + 0.0: -0 becomes +0
}

// NumericToRawBytes of an operand, as the element's bits in the low bytes of a uint64.
ThrowCompletionOr<std::uint64_t> ToRawBits(VM& vm, ElementType type, Value numeric) {
    if (is_bigint_element_type(type)) return BigIntToElementBits(vm, numeric, type);
    std::uint8_t bytes[8] = {};
    store_number(type, numeric.as_number(), bytes);
    std::uint64_t bits;
    std::memcpy(&bits, bytes, 8);
    return bits;
}

// RawBytesToNumeric of an element's bits.
ThrowCompletionOr<Value> FromRawBits(VM& vm, ElementType type, std::uint64_t bits) {
    if (is_bigint_element_type(type)) return ElementBitsToBigInt(vm, bits, type);
    std::uint8_t bytes[8];
    std::memcpy(bytes, &bits, 8);
    return Value(load_number(type, bytes));
}

enum class Operation { Add, And, Exchange, Or, Sub, Xor };

template <typename T> T apply_atomically(Operation operation, T* address, T operand) {
    switch (operation) {
    case Operation::Add:
        return __atomic_fetch_add(address, operand, __ATOMIC_SEQ_CST);
    case Operation::And:
        return __atomic_fetch_and(address, operand, __ATOMIC_SEQ_CST);
    case Operation::Exchange:
        return __atomic_exchange_n(address, operand, __ATOMIC_SEQ_CST);
    case Operation::Or:
        return __atomic_fetch_or(address, operand, __ATOMIC_SEQ_CST);
    case Operation::Sub:
        return __atomic_fetch_sub(address, operand, __ATOMIC_SEQ_CST);
    case Operation::Xor:
        return __atomic_fetch_xor(address, operand, __ATOMIC_SEQ_CST);
    }
    return 0;
}

// The element's address is aligned: typed arrays require byte offsets that are multiples of the element
// size, and blocks come from calloc.
template <typename T> T* element_pointer(std::uint8_t* data, std::uint64_t byte_index) {
    return reinterpret_cast<T*>(data + byte_index);
}

// GetModifySetValueInBuffer with a sequentially consistent read-modify-write: returns the old bits.
std::uint64_t read_modify_write(Operation operation, std::uint8_t* data, std::uint64_t byte_index,
                                std::uint32_t size, std::uint64_t operand) {
    switch (size) {
    case 1:
        return apply_atomically(operation, element_pointer<std::uint8_t>(data, byte_index),
                                static_cast<std::uint8_t>(operand));
    case 2:
        return apply_atomically(operation, element_pointer<std::uint16_t>(data, byte_index),
                                static_cast<std::uint16_t>(operand));
    case 4:
        return apply_atomically(operation, element_pointer<std::uint32_t>(data, byte_index),
                                static_cast<std::uint32_t>(operand));
    default:
        return apply_atomically(operation, element_pointer<std::uint64_t>(data, byte_index), operand);
    }
}

std::uint64_t atomic_load(const std::uint8_t* data, std::uint64_t byte_index, std::uint32_t size) {
    auto* bytes = const_cast<std::uint8_t*>(data);
    switch (size) {
    case 1:
        return __atomic_load_n(element_pointer<std::uint8_t>(bytes, byte_index), __ATOMIC_SEQ_CST);
    case 2:
        return __atomic_load_n(element_pointer<std::uint16_t>(bytes, byte_index), __ATOMIC_SEQ_CST);
    case 4:
        return __atomic_load_n(element_pointer<std::uint32_t>(bytes, byte_index), __ATOMIC_SEQ_CST);
    default:
        return __atomic_load_n(element_pointer<std::uint64_t>(bytes, byte_index), __ATOMIC_SEQ_CST);
    }
}

void atomic_store(std::uint8_t* data, std::uint64_t byte_index, std::uint32_t size, std::uint64_t bits) {
    switch (size) {
    case 1:
        __atomic_store_n(element_pointer<std::uint8_t>(data, byte_index), static_cast<std::uint8_t>(bits),
                         __ATOMIC_SEQ_CST);
        break;
    case 2:
        __atomic_store_n(element_pointer<std::uint16_t>(data, byte_index), static_cast<std::uint16_t>(bits),
                         __ATOMIC_SEQ_CST);
        break;
    case 4:
        __atomic_store_n(element_pointer<std::uint32_t>(data, byte_index), static_cast<std::uint32_t>(bits),
                         __ATOMIC_SEQ_CST);
        break;
    default:
        __atomic_store_n(element_pointer<std::uint64_t>(data, byte_index), bits, __ATOMIC_SEQ_CST);
        break;
    }
}

template <typename T>
std::uint64_t compare_exchange_as(std::uint8_t* data, std::uint64_t byte_index, std::uint64_t expected,
                                  std::uint64_t replacement) {
    auto read = static_cast<T>(expected);
    __atomic_compare_exchange_n(element_pointer<T>(data, byte_index), &read, static_cast<T>(replacement),
                                false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return read; // the bytes read: the expected ones when the exchange happened
}

std::uint64_t atomic_compare_exchange(std::uint8_t* data, std::uint64_t byte_index, std::uint32_t size,
                                      std::uint64_t expected, std::uint64_t replacement) {
    switch (size) {
    case 1:
        return compare_exchange_as<std::uint8_t>(data, byte_index, expected, replacement);
    case 2:
        return compare_exchange_as<std::uint16_t>(data, byte_index, expected, replacement);
    case 4:
        return compare_exchange_as<std::uint32_t>(data, byte_index, expected, replacement);
    default:
        return compare_exchange_as<std::uint64_t>(data, byte_index, expected, replacement);
    }
}

// AtomicReadModifyWrite(typedArray, index, value, op).
ThrowCompletionOr<Value> AtomicReadModifyWrite(VM& vm, const NativeCallInfo& call, Operation operation,
                                               const char* method) {
    Value typed_array = call.argument(0);
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index, false, write).
    std::uint64_t byte_index = TRY(
        ValidateAtomicAccessOnIntegerTypedArray(vm, typed_array, call.argument(1), method, AccessMode::Write));
    TypedArrayObject& array = typed_array_of(typed_array);
    // 2-3. Convert the value.
    Value value = TRY(ToAtomicOperand(vm, array.type(), call.argument(2)));
    // 4. Perform ? RevalidateAtomicAccess(typedArray, byteIndexInBuffer).
    TRY(RevalidateAtomicAccess(vm, array, byte_index, method));
    // 5-7. Return GetModifySetValueInBuffer(buffer, byteIndexInBuffer, elementType, v, op).
    std::uint64_t operand = TRY(ToRawBits(vm, array.type(), value));
    std::uint64_t old =
        read_modify_write(operation, array.buffer()->data(), byte_index, array.element_size(), operand);
    return FromRawBits(vm, array.type(), old);
}

ThrowCompletionOr<Value> atomics_add(VM& vm, const NativeCallInfo& call) {
    return AtomicReadModifyWrite(vm, call, Operation::Add, "Atomics.add");
}

ThrowCompletionOr<Value> atomics_and(VM& vm, const NativeCallInfo& call) {
    return AtomicReadModifyWrite(vm, call, Operation::And, "Atomics.and");
}

// Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue )
ThrowCompletionOr<Value> atomics_compare_exchange(VM& vm, const NativeCallInfo& call) {
    const char* method = "Atomics.compareExchange";
    Value typed_array = call.argument(0);
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index, false, write).
    std::uint64_t byte_index = TRY(
        ValidateAtomicAccessOnIntegerTypedArray(vm, typed_array, call.argument(1), method, AccessMode::Write));
    TypedArrayObject& array = typed_array_of(typed_array);
    // 4-5. Convert the expected value, then the replacement.
    Value expected = TRY(ToAtomicOperand(vm, array.type(), call.argument(2)));
    Value replacement = TRY(ToAtomicOperand(vm, array.type(), call.argument(3)));
    // 6. Perform ? RevalidateAtomicAccess(typedArray, byteIndexInBuffer).
    TRY(RevalidateAtomicAccess(vm, array, byte_index, method));
    // 10-13. Compare the raw bytes and exchange when equal; return the bytes read.
    std::uint64_t expected_bits = TRY(ToRawBits(vm, array.type(), expected));
    std::uint64_t replacement_bits = TRY(ToRawBits(vm, array.type(), replacement));
    std::uint64_t read = atomic_compare_exchange(array.buffer()->data(), byte_index, array.element_size(),
                                                 expected_bits, replacement_bits);
    return FromRawBits(vm, array.type(), read);
}

ThrowCompletionOr<Value> atomics_exchange(VM& vm, const NativeCallInfo& call) {
    return AtomicReadModifyWrite(vm, call, Operation::Exchange, "Atomics.exchange");
}

// Atomics.isLockFree ( size ): every size up to 8 bytes is lock-free on the supported targets.
ThrowCompletionOr<Value> atomics_is_lock_free(VM& vm, const NativeCallInfo& call) {
    double n = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (n == 1) return Value::boolean(__atomic_always_lock_free(1, nullptr));
    if (n == 2) return Value::boolean(__atomic_always_lock_free(2, nullptr));
    if (n == 4) return Value::boolean(true);
    if (n == 8) return Value::boolean(__atomic_always_lock_free(8, nullptr));
    return Value::boolean(false);
}

// Atomics.load ( typedArray, index )
ThrowCompletionOr<Value> atomics_load(VM& vm, const NativeCallInfo& call) {
    const char* method = "Atomics.load";
    Value typed_array = call.argument(0);
    std::uint64_t byte_index =
        TRY(ValidateAtomicAccessOnIntegerTypedArray(vm, typed_array, call.argument(1), method));
    TypedArrayObject& array = typed_array_of(typed_array);
    TRY(RevalidateAtomicAccess(vm, array, byte_index, method));
    return FromRawBits(vm, array.type(),
                       atomic_load(array.buffer()->data(), byte_index, array.element_size()));
}

ThrowCompletionOr<Value> atomics_or(VM& vm, const NativeCallInfo& call) {
    return AtomicReadModifyWrite(vm, call, Operation::Or, "Atomics.or");
}

// Atomics.store ( typedArray, index, value )
ThrowCompletionOr<Value> atomics_store(VM& vm, const NativeCallInfo& call) {
    const char* method = "Atomics.store";
    Value typed_array = call.argument(0);
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index, false, write).
    std::uint64_t byte_index = TRY(
        ValidateAtomicAccessOnIntegerTypedArray(vm, typed_array, call.argument(1), method, AccessMode::Write));
    TypedArrayObject& array = typed_array_of(typed_array);
    Value value = TRY(ToAtomicOperand(vm, array.type(), call.argument(2)));
    TRY(RevalidateAtomicAccess(vm, array, byte_index, method));
    std::uint64_t bits = TRY(ToRawBits(vm, array.type(), value));
    atomic_store(array.buffer()->data(), byte_index, array.element_size(), bits);
    // 8. Return v.
    return value;
}

ThrowCompletionOr<Value> atomics_sub(VM& vm, const NativeCallInfo& call) {
    return AtomicReadModifyWrite(vm, call, Operation::Sub, "Atomics.sub");
}

// DoWait(mode, typedArray, index, value, timeout).
ThrowCompletionOr<Value> DoWait(VM& vm, const NativeCallInfo& call, bool async) {
    const char* method = async ? "Atomics.waitAsync" : "Atomics.wait";
    Value typed_array = call.argument(0);
    // 1. Let taRecord be ? ValidateIntegerTypedArray(typedArray, true).
    ValidatedTypedArray record = TRY(ValidateIntegerTypedArray(vm, typed_array, true, method));
    TypedArrayObject& array = *record.array;
    // 2-3. The buffer must be a SharedArrayBuffer.
    ArrayBufferObject* buffer = array.buffer();
    if (!buffer->is_shared())
        return vm.throw_type_error(describe_typed_array_argument(typed_array) +
                                   " is not a shared typed array.");
    // 4. Let i be ? ValidateAtomicAccess(taRecord, index) (the byte index in the buffer).
    std::uint64_t byte_index = TRY(ValidateAtomicAccess(vm, record, call.argument(1)));
    // 5-6. v: ? ToBigInt64(value) or ? ToInt32(value), as element bits.
    std::uint64_t expected_bits;
    if (array.type() == ElementType::BigInt64) {
        Value bigint = TRY(ToBigIntForElement(vm, call.argument(2)));
        expected_bits = TRY(BigIntToElementBits(vm, bigint, ElementType::BigInt64));
    } else {
        expected_bits = static_cast<std::uint32_t>(TRY(ToInt32(vm, call.argument(2))));
    }
    // 7-8. Let q be ? ToNumber(timeout); t: +∞ for NaN and +∞, 0 for -∞, else max(q, 0).
    double q = TRY(ToNumber(vm, call.argument(3)));
    double t = std::isnan(q) ? std::numeric_limits<double>::infinity() : std::max(q, 0.0);
    AgentRecord& agent = vm.agent();
    // 9. If mode is sync and AgentCanSuspend() is false, throw a TypeError exception.
    if (!async && !agent.can_block)
        return vm.throw_type_error("Atomics.wait cannot be called in this context");
    SharedDataBlock* block = buffer->shared_block();
    const std::uint8_t* data = buffer->data();
    std::uint32_t size = array.element_size();
    auto still_expected = [&] { return atomic_load(data, byte_index, size) == expected_bits; };
    if (!async) {
        // 14-34 for mode sync: EnterCriticalSection, compare, AddWaiter, SuspendThisAgent.
        switch (WaitSync(agent, block, byte_index, still_expected, t)) {
        case WaitResult::Ok:
            return Value(JSString::from_ascii(vm, "ok"));
        case WaitResult::NotEqual:
            return Value(JSString::from_ascii(vm, "not-equal"));
        case WaitResult::TimedOut:
            return Value(JSString::from_ascii(vm, "timed-out"));
        }
    }
    // 16-17. Let promiseCapability be ! NewPromiseCapability(%Promise%); resultObject a new object.
    Realm& realm = vm.current_realm();
    PromiseObject* promise = PromiseObject::create(vm, realm.intrinsic(Intrinsic::PromisePrototype));
    JSObject* result = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    std::uint64_t waiter = agent.add_async_waiter(promise);
    WaitResult outcome = WaitAsync(agent, block, byte_index, still_expected, t, waiter);
    Value value;
    if (outcome == WaitResult::Ok) {
        value = Value(promise);
    } else {
        agent.discard_async_waiter(waiter);
        value = Value(JSString::from_ascii(vm, outcome == WaitResult::NotEqual ? "not-equal" : "timed-out"));
    }
    // The result object: { async, value }.
    TRY(result->create_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "async"),
                                              Value::boolean(outcome == WaitResult::Ok)));
    TRY(result->create_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "value"), value));
    return Value(result);
}

ThrowCompletionOr<Value> atomics_wait(VM& vm, const NativeCallInfo& call) {
    return DoWait(vm, call, false);
}

ThrowCompletionOr<Value> atomics_wait_async(VM& vm, const NativeCallInfo& call) {
    return DoWait(vm, call, true);
}

// Atomics.notify ( typedArray, index, count )
ThrowCompletionOr<Value> atomics_notify(VM& vm, const NativeCallInfo& call) {
    Value typed_array = call.argument(0);
    // 1. Let taRecord be ? ValidateIntegerTypedArray(typedArray, true).
    ValidatedTypedArray record = TRY(ValidateIntegerTypedArray(vm, typed_array, true, "Atomics.notify"));
    // 2. Let byteIndexInBuffer be ? ValidateAtomicAccess(taRecord, index).
    std::uint64_t byte_index = TRY(ValidateAtomicAccess(vm, record, call.argument(1)));
    // 3-4. c: +∞ when count is undefined, else max(? ToIntegerOrInfinity(count), 0).
    double count = std::numeric_limits<double>::infinity();
    if (!call.argument(2).is_undefined())
        count = std::max(TRY(ToIntegerOrInfinity(vm, call.argument(2))), 0.0);
    // 7. If IsSharedArrayBuffer(buffer) is false, return +0𝔽.
    ArrayBufferObject* buffer = record.array->buffer();
    if (!buffer->is_shared()) return Value(0.0);
    // 8-13. RemoveWaiters(WL, c) and NotifyWaiter for each, in the critical section.
    return Value(static_cast<double>(NotifyWaiters(vm.agent(), buffer->shared_block(), byte_index, count)));
}

// Atomics.pause ( [ N ] ): a spin-wait hint.
ThrowCompletionOr<Value> atomics_pause(VM& vm, const NativeCallInfo& call) {
    Value n = call.argument(0);
    // 1. If N is neither undefined nor an integral Number, throw a TypeError exception.
    if (!n.is_undefined() &&
        (!n.is_number() || !std::isfinite(n.as_number()) || std::trunc(n.as_number()) != n.as_number()))
        return vm.throw_type_error("Atomics.pause requires an integral Number or undefined");
        // 2. The implementation-defined pause.
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
    return Value::undefined();
}

ThrowCompletionOr<Value> atomics_xor(VM& vm, const NativeCallInfo& call) {
    return AtomicReadModifyWrite(vm, call, Operation::Xor, "Atomics.xor");
}

} // namespace

void initialize_atomics_object(VM& vm, Realm& realm) {
    JSObject* atomics = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    struct Method {
        const char* name;
        NativeFunctionPointer function;
        std::uint32_t length;
    };
    // Node's order of the properties.
    static constexpr Method kMethods[] = {
        {"load", atomics_load, 2},
        {"store", atomics_store, 3},
        {"add", atomics_add, 3},
        {"sub", atomics_sub, 3},
        {"and", atomics_and, 3},
        {"or", atomics_or, 3},
        {"xor", atomics_xor, 3},
        {"exchange", atomics_exchange, 3},
        {"compareExchange", atomics_compare_exchange, 4},
        {"isLockFree", atomics_is_lock_free, 1},
        {"wait", atomics_wait, 4},
        {"waitAsync", atomics_wait_async, 4},
        {"notify", atomics_notify, 3},
        {"pause", atomics_pause, 0},
    };
    for (const Method& method : kMethods)
        atomics->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name), method.function,
                                        method.length);
    define_to_string_tag(vm, atomics, "Atomics");
    define_global_property(vm, realm, "Atomics", atomics);
}

} // namespace yjs
