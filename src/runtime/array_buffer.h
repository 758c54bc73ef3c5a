#pragma once
// ArrayBuffer and SharedArrayBuffer objects (25.1, 25.2), DataView objects (25.3) and the raw buffer layer
// the typed arrays and DataView share: element types, GetValueFromBuffer / SetValueInBuffer,
// RawBytesToNumeric / NumericToRawBytes.
//
// An ArrayBuffer's bytes are a malloc'd block owned by the buffer object and counted as external memory of
// the heap (so they count toward the collection trigger and the heap limit). Resizable buffers reallocate
// their block when their length changes; views always reach the bytes through the buffer.
//
// A SharedArrayBuffer's bytes are a SharedDataBlock: reference-counted, shared by the buffer objects of
// every agent (VM, thread) that received the buffer, and never moved, so a growable one reserves its
// maximum length up front. Each buffer object counts the bytes as external memory of its own heap.
#include "runtime/object.h"

#include <atomic>
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

// A Shared Data Block: the bytes of a SharedArrayBuffer with its current length
// ([[ArrayBufferByteLengthData]] of a growable one). Thread-safe; freed when the last reference goes.
class SharedDataBlock {
public:
    // A zeroed block of `byte_length` bytes with room to grow to `capacity`; null when the memory cannot be
    // had. The caller holds the one reference.
    static SharedDataBlock* create(std::uint64_t byte_length, std::uint64_t capacity);
    SharedDataBlock(const SharedDataBlock&) = delete;
    SharedDataBlock& operator=(const SharedDataBlock&) = delete;

    void retain() { references_.fetch_add(1, std::memory_order_relaxed); }
    void release();

    std::uint8_t* data() const { return data_; }
    // ArrayBufferByteLength(buffer, seq-cst).
    std::uint64_t byte_length() const { return byte_length_.load(std::memory_order_seq_cst); }
    std::uint64_t capacity() const { return capacity_; }
    // The compare-and-exchange of SharedArrayBuffer.prototype.grow: sets the length to `new_length` if it
    // is still `expected`; otherwise false with `expected` updated to the current length.
    bool compare_exchange_length(std::uint64_t& expected, std::uint64_t new_length) {
        return byte_length_.compare_exchange_strong(expected, new_length, std::memory_order_seq_cst);
    }

private:
    SharedDataBlock(std::uint8_t* data, std::uint64_t byte_length, std::uint64_t capacity)
        : data_(data), byte_length_(byte_length), capacity_(capacity) {}
    ~SharedDataBlock();

    std::uint8_t* data_;
    std::atomic<std::uint64_t> byte_length_;
    std::uint64_t capacity_;
    std::atomic<std::uint32_t> references_{1};
};

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
    // A SharedArrayBuffer object of this agent for a block another agent shared (which it retains).
    static ArrayBufferObject* create_for_shared_block(VM&, JSObject* prototype, SharedDataBlock*,
                                                      std::optional<std::uint64_t> max_byte_length);
    ArrayBufferObject(Shape*, bool shared);
    ~ArrayBufferObject() override;

    const char* class_name() const override { return shared_ ? "SharedArrayBuffer" : "ArrayBuffer"; }

    std::uint8_t* data() const { return data_; }
    // 0 once detached; a growable SharedArrayBuffer's current length, which any agent may grow.
    std::uint64_t byte_length() const { return block_ ? block_->byte_length() : byte_length_; }
    bool is_shared() const { return shared_; }
    // The Shared Data Block of a SharedArrayBuffer.
    SharedDataBlock* shared_block() const { return block_; }
    bool is_detached() const { return detached_; }
    // IsImmutableBuffer: an [[ArrayBufferIsImmutable]] buffer (immutable ArrayBuffers proposal). Its bytes
    // never change after AllocateImmutableArrayBuffer; it cannot be detached, resized or transferred.
    bool is_immutable() const { return immutable_; }
    // IsFixedLengthArrayBuffer: no [[ArrayBufferMaxByteLength]].
    bool is_fixed_length() const { return !max_byte_length_; }
    std::optional<std::uint64_t> max_byte_length() const { return max_byte_length_; }
    Value detach_key() const { return detach_key_; }

    // DetachArrayBuffer(buffer, key) after its checks: frees the bytes.
    void detach();
    // Changes an ArrayBuffer's byte length to `new_length` (<= max byte length), zeroing new bytes;
    // RangeError when the memory cannot be had.
    ThrowCompletionOr<void> resize(VM&, std::uint64_t new_length);
    // SharedArrayBuffer.prototype.grow's steps on the block: RangeError when `new_length` is below the
    // current length (as another agent may have grown it) or above the maximum.
    ThrowCompletionOr<void> grow_shared(VM&, std::uint64_t new_length, const char* message);
    // Gives up the bytes to a new buffer: this buffer becomes detached (ArrayBufferCopyAndDetach when the
    // length is unchanged).
    void move_data_to(ArrayBufferObject& target);
    // Gives the buffer the [[ArrayBufferIsImmutable]] slot; only while it is being created
    // (AllocateImmutableArrayBuffer).
    void make_immutable() { immutable_ = true; }

private:
    std::uint8_t* data_ = nullptr;
    // The byte length; for a SharedArrayBuffer, the bytes this object counts as external memory.
    std::uint64_t byte_length_ = 0;
    SharedDataBlock* block_ = nullptr;
    std::optional<std::uint64_t> max_byte_length_;
    Value detach_key_;
    bool shared_;
    bool detached_ = false;
    bool immutable_ = false;
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
// AllocateImmutableArrayBuffer(%ArrayBuffer%, byteLength, fromBlock, fromIndex, count): a new immutable
// %ArrayBuffer% of `byte_length` bytes starting with `count` bytes copied from `from` (the rest zero).
ThrowCompletionOr<ArrayBufferObject*>
AllocateImmutableArrayBuffer(VM&, std::uint64_t byte_length, const std::uint8_t* from, std::uint64_t count);
// DetachArrayBuffer(arrayBuffer [, key]): TypeError for an immutable buffer or a wrong key.
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
// GetValueFromBuffer / SetValueInBuffer (unordered: plain loads and stores; Atomics has the seq-cst ones).
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
