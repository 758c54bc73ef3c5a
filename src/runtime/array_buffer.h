#pragma once
// ArrayBuffer and SharedArrayBuffer objects (25.1, 25.2), DataView objects (25.3) and the raw buffer layer
// the typed arrays and DataView share: element types, GetValueFromBuffer / SetValueInBuffer,
// RawBytesToNumeric / NumericToRawBytes.
//
// A buffer's bytes are a malloc'd block owned by the buffer object and counted as external memory of the
// heap (so they count toward the collection trigger and the heap limit). Resizable and growable buffers
// reallocate their block when their length changes; views always reach the bytes through the buffer.
#include "runtime/object.h"

#include <cstdint>
#include <optional>

namespace yjs {

// The element types of Table 71 (TypedArray element types), in the order of the constructors.
enum class ElementType : std::uint8_t {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float16,
    Float32,
    Float64,
    BigInt64,
    BigUint64,
};
constexpr std::size_t kElementTypeCount = 12;

// (A namespace-scope table: a table local to the function would be rebuilt on the stack at every call.)
inline constexpr std::uint8_t kElementSizes[kElementTypeCount] = {1, 1, 1, 2, 2, 4, 4, 2, 4, 8, 8, 8};
constexpr std::uint32_t element_size(ElementType type) {
    return kElementSizes[static_cast<std::size_t>(type)];
}
constexpr bool is_bigint_element_type(ElementType type) {
    return type == ElementType::BigInt64 || type == ElementType::BigUint64;
}
// "Int8", "Uint8Clamped", ... (the constructor name without "Array").
const char* element_type_name(ElementType);

// Half-precision conversions: double -> binary16 bits rounding to nearest, ties to even (computed from the
// double directly, never through float), and back (exact).
std::uint16_t double_to_float16_bits(double);
double float16_bits_to_double(std::uint16_t);

class ArrayBufferObject final : public JSObject {
public:
    // The largest buffer the engine allocates (a RangeError beyond, as for a failed allocation).
    static constexpr std::uint64_t kMaxByteLength = std::uint64_t(1) << 32;

    // AllocateArrayBuffer / AllocateSharedArrayBuffer with a prototype already obtained: RangeError
    // "Array buffer allocation failed" when the bytes cannot be had within the heap limit. A
    // `max_byte_length` makes the buffer resizable (growable when shared).
    static ThrowCompletionOr<ArrayBufferObject*> allocate(VM&, JSObject* prototype, std::uint64_t byte_length,
                                                          std::optional<std::uint64_t> max_byte_length,
                                                          bool shared);
    ArrayBufferObject(Shape*, bool shared);
    ~ArrayBufferObject() override;

    const char* class_name() const override { return shared_ ? "SharedArrayBuffer" : "ArrayBuffer"; }

    std::uint8_t* data() const { return data_; }
    std::uint64_t byte_length() const { return byte_length_; } // 0 once detached
    bool is_shared() const { return shared_; }
    bool is_detached() const { return detached_; }
    // IsFixedLengthArrayBuffer: no [[ArrayBufferMaxByteLength]].
    bool is_fixed_length() const { return !max_byte_length_; }
    std::optional<std::uint64_t> max_byte_length() const { return max_byte_length_; }
    Value detach_key() const { return detach_key_; }

    // DetachArrayBuffer(buffer, key) after its checks: frees the bytes.
    void detach();
    // Changes the byte length to `new_length` (<= max byte length), zeroing new bytes; RangeError when the
    // memory cannot be had.
    ThrowCompletionOr<void> resize(VM&, std::uint64_t new_length);
    // Gives up the bytes to a new buffer: this buffer becomes detached (ArrayBufferCopyAndDetach when the
    // length is unchanged).
    void move_data_to(ArrayBufferObject& target);

private:
    std::uint8_t* data_ = nullptr;
    std::uint64_t byte_length_ = 0;
    std::optional<std::uint64_t> max_byte_length_;
    Value detach_key_;
    bool shared_;
    bool detached_ = false;
};

// ToIndex(value) for a buffer length, with the RangeError `message` V8 gives in its place.
ThrowCompletionOr<std::uint64_t> ToBufferLength(VM&, Value, const char* message);
// GetArrayBufferMaxByteLengthOption(options): nullopt for "no maxByteLength" (a fixed-length buffer).
ThrowCompletionOr<std::optional<std::uint64_t>> GetArrayBufferMaxByteLengthOption(VM&, Value options);

// AllocateArrayBuffer(constructor, byteLength [, maxByteLength]) and AllocateSharedArrayBuffer.
ThrowCompletionOr<ArrayBufferObject*> AllocateArrayBuffer(VM&, JSObject* constructor,
                                                          std::uint64_t byte_length,
                                                          std::optional<std::uint64_t> max_byte_length = {});
ThrowCompletionOr<ArrayBufferObject*>
AllocateSharedArrayBuffer(VM&, JSObject* constructor, std::uint64_t byte_length,
                          std::optional<std::uint64_t> max_byte_length = {});
// DetachArrayBuffer(arrayBuffer [, key]).
ThrowCompletionOr<void> DetachArrayBuffer(VM&, ArrayBufferObject&, Value key = Value::undefined());
// CloneArrayBuffer(srcBuffer, srcByteOffset, srcLength): a new %ArrayBuffer% with a copy of the bytes.
ThrowCompletionOr<ArrayBufferObject*> CloneArrayBuffer(VM&, ArrayBufferObject& source, std::uint64_t offset,
                                                       std::uint64_t length);
// RangeError "Array buffer allocation failed".
ThrowCompletion throw_buffer_allocation_failed(VM&);

// A Number (for the number types) or a BigInt (for BigInt64/BigUint64), already converted.
// NumericToRawBytes(type, value, isLittleEndian) written to `bytes`.
ThrowCompletionOr<void> NumericToRawBytes(VM&, ElementType, Value numeric, std::uint8_t* bytes,
                                          bool little_endian);
// RawBytesToNumeric(type, rawBytes, isLittleEndian).
ThrowCompletionOr<Value> RawBytesToNumeric(VM&, ElementType, const std::uint8_t* bytes, bool little_endian);
// GetValueFromBuffer / SetValueInBuffer (unordered; the engine runs one agent per buffer at a time).
ThrowCompletionOr<Value> GetValueFromBuffer(VM&, const ArrayBufferObject&, std::uint64_t byte_index,
                                            ElementType, bool little_endian = true);
ThrowCompletionOr<void> SetValueInBuffer(VM&, ArrayBufferObject&, std::uint64_t byte_index, ElementType,
                                         Value numeric, bool little_endian = true);
// The number types' conversions on a Number (ToInt8, ToUint8Clamp, ... and the float roundings), stored
// in native byte order; and the reverse. Never for BigInt types.
void store_number(ElementType, double, std::uint8_t* bytes);
double load_number(ElementType, const std::uint8_t* bytes);

// --- BigInt element hooks ---
// Every conversion between BigInt values and the bytes of BigInt64/BigUint64 elements goes through these
// three functions (bigint_elements.cpp), so BigInt support plugs in at one place.
// ToBigInt(value), for stores into a BigInt element.
ThrowCompletionOr<Value> ToBigIntForElement(VM&, Value);
// ToBigInt64 / ToBigUint64 of a BigInt value, as the element's 64 bits.
ThrowCompletionOr<std::uint64_t> BigIntToElementBits(VM&, Value bigint, ElementType);
// The BigInt value of an element's 64 bits (signed for BigInt64).
ThrowCompletionOr<Value> ElementBitsToBigInt(VM&, std::uint64_t bits, ElementType);

// A DataView object (25.3): a view of a buffer with [[ByteOffset]] and [[ByteLength]] (nullopt: auto,
// tracking a resizable buffer's length).
class DataViewObject final : public JSObject {
public:
    DataViewObject(Shape*, ArrayBufferObject* buffer, std::uint64_t byte_offset,
                   std::optional<std::uint64_t> byte_length);
    const char* class_name() const override { return "DataView"; }
    void visit_edges(Visitor&) override;

    ArrayBufferObject* buffer() const { return buffer_; }
    std::uint64_t byte_offset() const { return byte_offset_; }
    std::optional<std::uint64_t> byte_length_slot() const { return byte_length_; }
    // IsViewOutOfBounds and GetViewByteLength (on a view that is in bounds).
    bool is_out_of_bounds() const;
    std::uint64_t view_byte_length() const;

private:
    ArrayBufferObject* buffer_;
    std::uint64_t byte_offset_;
    std::optional<std::uint64_t> byte_length_;
};

} // namespace yjs
